// removeListener / off / removeAllListeners and the 'removeListener' event;
// adding and removing listeners while an emit is running.
var EventEmitter = require('events');
function a() { console.log('a'); }
function b() { console.log('b'); }
function c() { console.log('c'); }

var e = new EventEmitter();
e.on('removeListener', function (type, l) {
  console.log('removeListener', String(type), l === a ? 'a' : l === b ? 'b' : l === c ? 'c' : typeof l.listener === 'function' ? 'wrapper' : '?');
});
e.on('x', a); e.on('x', b); e.on('x', a);
console.log(e.removeListener('x', a) === e);   // removes the last a
console.log(JSON.stringify(e.listeners('x').map(function (f) { return f.name; })));
e.off('x', c);                                 // not there: no event
e.removeListener('nope', a);
e.off('x', a);
console.log(typeof e._events.x, e.listeners('x').length);
e.off('x', b);
console.log('x' in e._events, e.listenerCount('x'));

// once listeners: fired wrapper vs removal by original.
e.once('o', a);
e.emit('o');
e.once('o', a); e.on('o', b);
e.emit('o');
e.off('o', b);
e.once('p', a); e.once('p', b);
e.off('p', b);
e.off('p', a);

// removeAllListeners(type): last added first.
e.on('r', a); e.on('r', b); e.on('r', c);
console.log(e.removeAllListeners('r') === e, e.listenerCount('r'));
e.removeAllListeners('none');
// removeAllListeners(): every type in insertion order, 'removeListener' last.
e.on('s', a); e.on('t', b); e.on('t', c);
e.removeAllListeners();
console.log(e.eventNames().length, e._eventsCount, e.listenerCount('removeListener'));
e.on('u', a);
e.removeAllListeners();
console.log(e.eventNames().length);

// Removing during emit does not affect the running emit.
var d = new EventEmitter();
function r1() { console.log('r1'); d.removeListener('e', r2); }
function r2() { console.log('r2'); }
d.on('e', r1); d.on('e', r2);
d.emit('e');
d.emit('e');
// Adding during emit does not affect the running emit either.
var added = 0;
d.on('f', function () { console.log('f1'); d.on('f', function () { added++; }); });
d.emit('f');
console.log('added ran', added);
d.emit('f');
console.log('added ran', added);
// ...also for longer lists.
var g = new EventEmitter();
for (var i = 0; i < 5; i++) {
  (function (i) {
    g.on('g', function () { console.log('g', i); if (i === 1) g.removeAllListeners('g'); if (i === 2) g.on('g', function () { console.log('late'); }); });
  })(i);
}
g.emit('g');
console.log(g.listenerCount('g'));
g.emit('g');

// removeListener with a listener that is only on another event.
var h = new EventEmitter();
h.on('one', a);
h.removeListener('two', a);
console.log(h.listenerCount('one'));

// removeListener listeners see the removal already done.
var k = new EventEmitter();
k.on('removeListener', function (type) { console.log('after removal', type, k.listenerCount(type)); });
k.on('z', a); k.on('z', b);
k.removeListener('z', a);
k.removeListener('z', b);
