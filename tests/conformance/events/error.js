// 'error' events: with listeners, without (throws), errorMonitor.
// v0.10 differs: emitting 'error' with no listener and a value that is not
// an Error throws v0.10's `TypeError: Uncaught, unspecified "error" event.`
// (v20: `Error [ERR_UNHANDLED_ERROR]: Unhandled error. (<inspect(value)>)`);
// v0.10 wins, and the value is kept in err.context as later versions do.
var EventEmitter = require('events');
var e = new EventEmitter();
var err = new Error('boom');
try { e.emit('error', err); } catch (x) { console.log('thrown itself:', x === err); }
var te = new TypeError('typed');
try { e.emit('error', te, 'extra'); } catch (x) { console.log('thrown itself:', x === te); }
[undefined, 'str', 42, { a: 1 }, null].forEach(function (v) {
  try { e.emit('error', v); } catch (x) {
    console.log(x instanceof Error, x.name, x.message, x.context === v);
  }
});
try { e.emit('error'); } catch (x) { console.log(x.message, x.context); }

// An 'error' listener receives it; emit returns true.
e.on('error', function (er, extra) { console.log('handled', er.message, extra); });
console.log(e.emit('error', err, 'more'));
e.removeAllListeners('error');

// Subclass instances behave the same.
class Sub extends EventEmitter {}
try { new Sub().emit('error', new RangeError('sub')); } catch (x) { console.log('sub', x.name, x.message); }

// errorMonitor listeners run before 'error' listeners and do not count as
// handling the error.
console.log(typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor));
var m = new EventEmitter();
m.on(EventEmitter.errorMonitor, function (er) { console.log('monitor', er.message); });
try { m.emit('error', new Error('monitored')); } catch (x) { console.log('still thrown', x.message); }
m.on('error', function (er) { console.log('listener', er.message); });
m.emit('error', new Error('both'));
console.log(m.listenerCount(EventEmitter.errorMonitor), m.eventNames().length);

// A listener throwing inside emit propagates to the emit caller.
var t = new EventEmitter();
t.on('error', function (er) { throw new Error('rethrown ' + er.message); });
try { t.emit('error', new Error('inner')); } catch (x) { console.log(x.message); }
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
