// setMaxListeners / getMaxListeners / defaultMaxListeners and the leak
// warning.
// v0.10 differs: v0.10 prints "(node) warning: possible EventEmitter memory
// leak detected. 11 listeners added. Use emitter.setMaxListeners() to
// increase limit." and a console.trace() on stderr, synchronously; v20 emits
// a MaxListenersExceededWarning process warning. v0.10 wins (see .stderr).
// v0.10 differs: v0.10 had no defaultMaxListeners/getMaxListeners and threw
// "TypeError: n must be a positive number"; the errors below are v20's.
var EventEmitter = require('events');
console.log(EventEmitter.defaultMaxListeners);
var e = new EventEmitter();
console.log(e.getMaxListeners(), e._maxListeners);
function noop() {}
for (var i = 0; i < 10; i++) e.on('x', noop);
console.log('10 added, warned:', e._events.x.warned === true);
e.on('x', noop);
console.log('11 added, warned:', e._events.x.warned === true);
e.on('x', noop);   // warned once per event name
console.log(e.listenerCount('x'));

console.log(e.setMaxListeners(2) === e, e.getMaxListeners(), e._maxListeners);
e.setMaxListeners(0);   // unlimited
var f = new EventEmitter();
f.setMaxListeners(0);
for (i = 0; i < 20; i++) f.on('y', noop);
console.log('unlimited warned:', f._events.y.warned === true);
f.setMaxListeners(Infinity);
console.log(f.getMaxListeners());

// The default applies to emitters without their own limit, read at add time.
EventEmitter.defaultMaxListeners = 1;
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
var g = new EventEmitter();
g.setMaxListeners(5);
g.on('z', noop); g.on('z', noop);
console.log('own limit wins:', g._events.z.warned === true);
EventEmitter.defaultMaxListeners = 10;

// Errors.
[-1, NaN, 'a', null].forEach(function (bad) {
  try { e.setMaxListeners(bad); } catch (er) { console.log(er.name, er.code, er.message); }
});
[-1, 'a'].forEach(function (bad) {
  try { EventEmitter.defaultMaxListeners = bad; } catch (er) { console.log(er.name, er.code, er.message); }
});
console.log(EventEmitter.defaultMaxListeners);
