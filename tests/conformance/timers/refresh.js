// refresh() restarts a timer from now with its original delay.
var start = Date.now();
var fired = 0;
var t = setTimeout(function () {
  fired++;
  var waited = Date.now() - start;
  console.log('fired once:', fired === 1, 'after the refresh delay:', waited >= 350);
}, 300);
setTimeout(function () { t.refresh(); }, 100);
