// A timer set after a long stretch of synchronous code counts its delay from
// when it was set, not from the start of the loop iteration.
var t0 = Date.now();
while (Date.now() - t0 < 150) {}
var set = Date.now();
setTimeout(function () {
  var waited = Date.now() - set;
  console.log('waited at least the delay:', waited >= 99);
}, 100);
