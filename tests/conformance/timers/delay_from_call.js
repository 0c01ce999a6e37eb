// A timer's delay counts from the setTimeout/setInterval call, not from the
// start of the current loop turn: synchronous work done before arming a
// timer must not make it fire early (lru-cache's maxAge tests rely on this).
function busy(ms) {
  var s = Date.now();
  while (Date.now() - s < ms) {}
}

busy(40);
var t0 = Date.now();
setTimeout(function () {
  var d = Date.now() - t0;
  console.log('timeout after busy start: >= 29ms', d >= 29);
  busy(30);
  var t1 = Date.now();
  setTimeout(function () {
    console.log('timeout armed in callback after busy: >= 29ms', Date.now() - t1 >= 29);
  }, 30);
}, 30);

var t2 = Date.now();
var r = setTimeout(function () {
  console.log('refreshed timer: >= 29ms after refresh', Date.now() - t2 >= 29);
}, 30);
busy(20);
t2 = Date.now();
r.refresh();
