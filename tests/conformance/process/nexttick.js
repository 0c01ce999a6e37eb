// nextTick: FIFO order, extra arguments, runs before timers and promises.
var order = [];
setTimeout(function () { order.push('timeout'); console.log(order.join(' ')); }, 0);
Promise.resolve().then(function () { order.push('promise'); });
process.nextTick(function (a, b) { order.push('tick1:' + a + b); }, 'x', 'y');
process.nextTick(function () {
  order.push('tick2');
  process.nextTick(function () { order.push('tick3(nested)'); });
});
try { process.nextTick(); } catch (e) { console.log(e.name, e.code); }
try { process.nextTick('nope'); } catch (e) { console.log(e.name, e.code); }
