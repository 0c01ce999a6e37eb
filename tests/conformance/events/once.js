// once, prependListener, prependOnceListener, listeners vs rawListeners,
// 'newListener' (before adding, with the original listener).
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('newListener', function (type, listener) {
  console.log('newListener', String(type), listener.name, 'count before add:', this.listenerCount(type));
});
function a(x) { console.log('a', x, this === e); return 'ret'; }
function b(x) { console.log('b', x); }
function c(x) { console.log('c', x); }
console.log(e.once('x', a) === e);
console.log(e.emit('x', 1), e.emit('x', 2));
console.log(e.listenerCount('x'));

e.on('y', b);
e.prependListener('y', c);
e.prependOnceListener('y', a);
console.log(JSON.stringify(e.listeners('y').map(function (f) { return f.name; })));
var raw = e.rawListeners('y');
console.log(raw.length, raw[0] === a, raw[0].listener === a, raw[1] === c, raw[2] === b);
// Calling the raw once-wrapper runs the listener and removes it.
console.log(raw[0]('direct'));
console.log(e.listenerCount('y'), raw[0]('again'));
e.emit('y', 3);

// A once listener can be removed by the original function.
e.once('z', a);
e.removeListener('z', a);
console.log(e.emit('z', 4), e.listenerCount('z'));

// once + emit from inside the listener: fires once only.
var n = 0;
e.once('re', function () { n++; e.emit('re'); });
e.emit('re');
console.log('re-entrant once ran', n);

// The same function added with on and once.
e.on('m', b);
e.once('m', b);
e.emit('m', 'first');
e.emit('m', 'second');
console.log(e.listenerCount('m'));

// Listener arguments are passed through once wrappers (0..4 arguments).
var w = new EventEmitter();
w.once('n', function () { console.log('once args', JSON.stringify(Array.prototype.slice.call(arguments))); });
w.emit('n', 1, 2, 3, 4);
w.once('n', function () { console.log('once args', arguments.length); });
w.emit('n');

// Invalid listeners.
['str', 1, null, undefined, {}].forEach(function (bad) {
  try { w.on('q', bad); } catch (er) { console.log(er.name, er.code, er.message); }
});
try { w.once('q', 'x'); } catch (er) { console.log(er.name, er.code, er.message); }
try { w.prependListener('q', 5); } catch (er) { console.log(er.name, er.code, er.message); }
try { w.prependOnceListener('q', true); } catch (er) { console.log(er.name, er.code, er.message); }
try { w.removeListener('q', 'x'); } catch (er) { console.log(er.name, er.code, er.message); }
console.log(w.listenerCount('q'));
