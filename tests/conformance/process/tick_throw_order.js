// After a nextTick callback throws and 'uncaughtException' handles it, the
// ticks still queued run at the next chance (before the immediates of this
// turn), and a handler that keeps queuing throwing ticks does not starve
// timers: each throw lets the loop turn.
var n = 0;
process.on('uncaughtException', function (e) {
  console.log('caught', e);
  if (e === 'again' && ++n < 3) process.nextTick(function () { throw 'again'; });
});
setImmediate(function () {
  console.log('immediate');
  process.nextTick(function () { throw 'again'; });
  process.nextTick(function () { console.log('after again'); });
  setTimeout(function () { console.log('timer'); }, 20);
});
process.nextTick(function () { throw 'first'; });
process.nextTick(function () { console.log('second tick'); });
