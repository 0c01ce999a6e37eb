// events.once / events.on (promises, async iteration), getEventListeners,
// getMaxListeners, setMaxListeners, captureRejectionSymbol, module shape.
var events = require('events');
var EventEmitter = events.EventEmitter;
console.log(typeof events.once, typeof events.on, typeof events.getEventListeners, typeof events.setMaxListeners);
console.log(String(events.captureRejectionSymbol), events.captureRejectionSymbol === Symbol.for('nodejs.rejection'), events.captureRejections);
['EventEmitter', 'once', 'on', 'listenerCount', 'defaultMaxListeners', 'errorMonitor', 'init', 'usingDomains', 'setMaxListeners', 'getEventListeners'].forEach(function (k) {
  console.log(k, Object.prototype.propertyIsEnumerable.call(events, k));
});
['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
 'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners', 'rawListeners',
 'listenerCount', 'eventNames'].forEach(function (k) {
  console.log('prototype.' + k, typeof EventEmitter.prototype[k]);
});

var e = new EventEmitter();
function a() {}
e.on('x', a);
console.log(events.getEventListeners(e, 'x')[0] === a, events.getEventListeners(e, 'y').length);
console.log(events.getMaxListeners(e));
events.setMaxListeners(3, e);
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
events.setMaxListeners(12);
console.log(EventEmitter.defaultMaxListeners);
events.setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 10;

async function main() {
  var em = new EventEmitter();
  var p = events.once(em, 'ready');
  console.log('listeners while waiting', em.listenerCount('ready'), em.listenerCount('error'));
  em.emit('ready', 1, 'two');
  console.log('once resolved', JSON.stringify(await p));
  console.log('after', em.listenerCount('ready'), em.listenerCount('error'));

  p = events.once(em, 'ready');
  em.emit('error', new Error('failed'));
  try { await p; } catch (er) { console.log('once rejected', er.message, em.listenerCount('ready'), em.listenerCount('error')); }

  p = events.once(em, 'error');
  em.emit('error', new Error('wanted'));
  console.log('error as value', (await p)[0].message);

  p = events.once(em, 'empty');
  em.emit('empty');
  console.log('no args', JSON.stringify(await p));

  try { await events.once({}, 'x'); } catch (er) { console.log(er.name, er.code); }

  // events.on: an async iterator of argument arrays.
  var it = events.on(em, 'data');
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  em.emit('data', 1);
  em.emit('data', 2, 3);
  setTimeout(function () { em.emit('data', 4); }, 1);
  var got = [];
  // (a for-await loop would do the same; goja lacks for-await)
  for (;;) {
    var r = await it.next();
    got.push(r.value);
    if (got.length === 3) { await it.return(); break; }
  }
  console.log('on got', JSON.stringify(got), em.listenerCount('data'), em.listenerCount('error'));

  var it2 = events.on(em, 'data');
  setTimeout(function () { em.emit('error', new Error('iter failed')); }, 1);
  try { await it2.next(); } catch (er) { console.log('on rejected', er.message); }
  console.log(JSON.stringify(await it2.next()), em.listenerCount('data'));

  var it3 = events.on(em, 'data');
  var pending = it3.next();
  console.log(JSON.stringify(await it3.return()), JSON.stringify(await pending), em.listenerCount('data'));
}
main().then(function () { console.log('done'); });
