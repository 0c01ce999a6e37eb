// A throw in a timer goes to 'uncaughtException'; the following timers still run.
process.on('uncaughtException', function (e) { console.log('caught:', e.message); });
setTimeout(function () { throw new Error('first'); }, 1);
setTimeout(function () {
  console.log('second still runs');
  setImmediate(function () { throw new Error('from immediate'); });
}, 2);
process.nextTick(function () { throw new Error('from tick'); });
