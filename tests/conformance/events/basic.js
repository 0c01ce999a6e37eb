// EventEmitter basics: on/addListener/emit with 0..5 arguments, `this`,
// return values, chaining, inheritance styles.
var EventEmitter = require('events');
var events = require('events');
console.log(typeof EventEmitter, EventEmitter === events.EventEmitter, EventEmitter.EventEmitter === EventEmitter);
console.log(EventEmitter.usingDomains);

var e = new EventEmitter();
console.log(e instanceof EventEmitter);
console.log(e.emit('nothing'), e.emit('nothing', 1, 2, 3, 4, 5));
console.log(e.addListener === e.on, e.off === e.removeListener);

function show(name) {
  return function () {
    console.log(name, this === e, arguments.length, JSON.stringify(Array.prototype.slice.call(arguments)));
  };
}
console.log(e.on('a', show('one')) === e);
console.log(e.emit('a'));
e.emit('a', 1);
e.emit('a', 1, 'two');
e.emit('a', 1, 'two', [3]);
e.emit('a', 1, 'two', [3], { four: 4 });
e.emit('a', 1, 2, 3, 4, 5);
console.log(e.addListener('a', show('two')) === e);
e.emit('a');
e.emit('a', 1);
e.emit('a', 1, 2);
e.emit('a', 1, 2, 3);
e.emit('a', 1, 2, 3, 4);
e.on('a', show('three'));
e.emit('a', 'x');
e.on('a', show('four'));
e.emit('a', 'x', 'y');
e.emit('a', 'x', 'y', 'z', 'w', 'v');

// Listener return values are ignored; emit returns true.
e.on('ret', function () { return false; });
console.log(e.emit('ret'));

// Listeners may be any function, including the same one twice.
var count = 0;
function inc() { count++; }
e.on('dup', inc);
e.on('dup', inc);
e.emit('dup');
console.log('count', count, e.listeners('dup').length);

// Event names: strings, numbers (stringified as keys) and symbols.
var sym = Symbol('s');
e.on(sym, function (v) { console.log('symbol event', v); });
e.emit(sym, 42);
e.on(1, function () { console.log('numeric event'); });
e.emit('1');
e.emit(1);
// Names that collide with Object.prototype members are ordinary.
e.on('toString', function () { console.log('toString event'); });
e.on('__proto__', function () { console.log('__proto__ event'); });
e.emit('toString');
e.emit('__proto__');
console.log(e.emit('hasOwnProperty'), e.emit('constructor'));

// Old-style inheritance, with and without calling the constructor.
function Old() { EventEmitter.call(this); }
Old.prototype = Object.create(EventEmitter.prototype);
var o = new Old();
o.on('x', function (v) { console.log('Old got', v); });
o.emit('x', 1);
function Lazy() {}
Lazy.prototype = Object.create(EventEmitter.prototype);
var l1 = new Lazy(), l2 = new Lazy();
console.log(l1.emit('x'), l1.listeners('x').length, l1.listenerCount('x'));
l1.on('x', function () { console.log('Lazy l1'); });
l1.emit('x');
console.log(l2.emit('x'), l2.listeners('x').length);
l1.removeListener('y', function () {});
l2.removeAllListeners();

// ES class.
class Modern extends EventEmitter {
  constructor() { super(); this.n = 0; }
}
var m = new Modern();
m.on('inc', function () { this.n++; });
m.emit('inc'); m.emit('inc');
console.log('Modern', m.n, m instanceof EventEmitter);

// Emitter methods called on a plain object.
var plain = {};
EventEmitter.prototype.on.call(plain, 'p', function (v) { console.log('plain', v); });
EventEmitter.prototype.emit.call(plain, 'p', 'ok');
EventEmitter.call(plain);
console.log(typeof plain._events, plain._eventsCount);

// A listener that throws stops the emit; later listeners do not run.
var t = new EventEmitter();
t.on('boom', function () { throw new Error('listener threw'); });
t.on('boom', function () { console.log('never'); });
try { t.emit('boom'); } catch (er) { console.log('caught', er.message); }
