// The storage npm code relies on: _events (null prototype, a function or an
// array per name), _eventsCount, _maxListeners; eventNames; listenerCount.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(JSON.stringify(Object.keys(e)), Object.getPrototypeOf(e._events) === null);
console.log(e._eventsCount, e._maxListeners, Object.keys(e._events).length);
console.log(EventEmitter.prototype._events, EventEmitter.prototype._eventsCount, EventEmitter.prototype._maxListeners);
function a() {} function b() {} function c() {}
e.on('x', a);
console.log(e._events.x === a, e._eventsCount);
e.on('x', b);
console.log(Array.isArray(e._events.x), e._events.x.length, e._events.x[0] === a, e._events.x[1] === b);
e.on('x', c);
console.log(e._events.x.length);
e.removeListener('x', b);
e.removeListener('x', c);
console.log(e._events.x === a, e._eventsCount);
e.on('y', a);
console.log(e._eventsCount, JSON.stringify(Object.keys(e._events)));

// Code that manipulates _events directly (old readable-stream's
// prependListener fallback) keeps working.
if (Array.isArray(e._events.x)) e._events.x.unshift(b); else e._events.x = [b, e._events.x];
console.log(JSON.stringify(e.listeners('x').map(function (f) { return f.name; })));
console.log(e.listenerCount('x'), EventEmitter.listenerCount(e, 'x'));

// eventNames in insertion order, with symbols.
var s1 = Symbol('s1');
e.on(s1, a);
var names = e.eventNames();
console.log(names.length, names[0], names[1], names[2] === s1);
e.removeAllListeners('y');
console.log(e.eventNames().length, e._eventsCount);
e.removeAllListeners();
console.log(e.eventNames().length, e._eventsCount, Object.getPrototypeOf(e._events) === null);

// listenerCount(type, listener) counts one listener (wrapped ones too).
var f = new EventEmitter();
f.on('z', a); f.on('z', a); f.once('z', a); f.on('z', b);
console.log(f.listenerCount('z'), f.listenerCount('z', a), f.listenerCount('z', b), f.listenerCount('z', c));
console.log(f.listenerCount('nope'), f.listenerCount('nope', a));
f.once('w', a);
console.log(f.listenerCount('w', a), f.listenerCount('w', b));

// The static listenerCount defers to the instance method.
var fake = { listenerCount: function (t) { return 'custom ' + t; } };
console.log(EventEmitter.listenerCount(fake, 'q'));
console.log(EventEmitter.listenerCount(new EventEmitter(), 'q'));

// listeners() and rawListeners() return copies.
var l = f.listeners('z');
l.push(c);
console.log(f.listenerCount('z'), f.rawListeners('z') !== f.rawListeners('z'));
console.log(f.listeners('none').length, f.rawListeners('none').length);

// A constructor call on an initialised emitter keeps its listeners.
EventEmitter.call(f);
console.log(f.listenerCount('z'));
// EventEmitter.init is the constructor body.
var g = {};
EventEmitter.init.call(g);
console.log(Object.getPrototypeOf(g._events) === null, g._eventsCount, g._maxListeners);
var h = Object.create(EventEmitter.prototype);
h._maxListeners = 3;
EventEmitter.call(h);
console.log(h.getMaxListeners());

// Many distinct event names added and removed.
var many = new EventEmitter();
for (var i = 0; i < 2000; i++) many.once('ev' + i, a);
for (i = 0; i < 2000; i += 2) many.emit('ev' + i);
console.log(many._eventsCount, many.eventNames().length, many.eventNames()[0]);
for (i = 1; i < 2000; i += 2) many.removeListener('ev' + i, a);
console.log(many._eventsCount, many.eventNames().length);
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
