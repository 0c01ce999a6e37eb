// Readable.from (arrays, generators, strings, buffers, promises, async
// iterables) and readable[Symbol.asyncIterator]() driven by hand.
var stream = require('stream');
var Readable = stream.Readable;
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}
function collect(tag, r, done) {
  var got = [];
  r.on('data', function (d) { got.push(Buffer.isBuffer(d) ? 'buf:' + d.toString() : JSON.stringify(d)); });
  r.on('end', function () { log(tag, got.join(' '), 'objectMode', r.readableObjectMode); if (done) done(); });
  r.on('error', function (e) { log(tag, 'error', e.code || '', e.message); });
}

collect('array', Readable.from([1, 'two', { three: 3 }]));
collect('generator', Readable.from((function* () { yield 'a'; yield 'b'; })()));
collect('string', Readable.from('whole string'));
collect('buffer', Readable.from(Buffer.from('buf')));
collect('promises', Readable.from([Promise.resolve('p1'), 'v', Promise.resolve('p2')]));
collect('nonobject', Readable.from(['x', 'y'], { objectMode: false }));
collect('null value', Readable.from([1, null, 2]));

var asyncIterable = {};
asyncIterable[Symbol.asyncIterator] = function () {
  var i = 0;
  return { next: function () { i++; return Promise.resolve(i > 3 ? { done: true } : { done: false, value: 'async' + i }); } };
};
collect('async iterable', Readable.from(asyncIterable));
try { Readable.from(42); } catch (e) { log('bad from', e.code, e.message); }

step(function (next) {
  var r = new Readable({ read: function () {} });
  var it = r[Symbol.asyncIterator]();
  log('iterator has next', typeof it.next, it[Symbol.asyncIterator]() === it);
  var got = [];
  function pull() {
    it.next().then(function (res) {
      if (res.done) {
        log('iter done', got.join(','), 'destroyed', r.destroyed);
        next();
        return;
      }
      got.push(res.value.toString());
      pull();
    }, function (e) { log('iter error', e.message); });
  }
  pull();
  // v0.10 differs: a push from outside _read emits 'readable' at once, so
  // 'b' and 'c' arrive as two chunks (v20: a,bc).
  r.push('a');
  setTimeout(function () { r.push('b'); r.push('c'); r.push(null); }, 5);
});

step(function (next) {
  var r = new Readable({ read: function () {} });
  var it = r[Symbol.asyncIterator]();
  it.next().then(function () { log('unexpected'); }, function (e) { log('iter rejects', e.message, r.destroyed); });
  r.destroy(new Error('iter boom'));
  next();
});

step(function (next) {
  var r = Readable.from([1, 2, 3]);
  var it = r[Symbol.asyncIterator]();
  it.next().then(function (v) {
    log('first', v.value, v.done);
    return it.return();
  }).then(function (v) {
    log('return', v.done, 'destroyed', r.destroyed);
  });
  next();
});

step(function (next) {
  // Readable.from over another Readable (async iterable)
  var src = new Readable({ objectMode: true, read: function () {} });
  collect('from readable', Readable.from(src));
  src.push('s1');
  src.push('s2');
  src.push(null);
  next();
});
next();
