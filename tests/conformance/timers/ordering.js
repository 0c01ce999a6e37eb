// Node's ordering of nextTick, promise jobs, timers and immediates.
var log = [];
function note(s) { log.push(s); }
setTimeout(function () {
  note('timeout 1');
  setImmediate(function () { note('immediate from timer'); });
  setTimeout(function () { note('timeout from timer'); }, 0);
  process.nextTick(function () { note('tick from timer'); });
  Promise.resolve().then(function () { note('promise from timer'); });
}, 1);
setTimeout(function () { note('timeout 2 (same delay, later)'); }, 1);
setTimeout(function () { note('timeout 200'); }, 200);
process.nextTick(function () {
  note('tick 1');
  process.nextTick(function () { note('tick nested'); });
  Promise.resolve().then(function () { note('promise from tick'); });
});
Promise.resolve().then(function () {
  note('promise 1');
  process.nextTick(function () { note('tick from promise'); });
});
queueMicrotask(function () { note('microtask'); });
note('main');
setTimeout(function () { console.log(log.join('\n')); }, 300);
