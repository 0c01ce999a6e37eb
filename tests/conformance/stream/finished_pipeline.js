// stream.finished and stream.pipeline (callback and promise forms).
var stream = require('stream');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  stream.finished(r, function (err) { log('1 finished', err, this === r); });
  r.on('end', function () { log('1 end'); });
  r.on('close', function () { log('1 close'); });
  r.push('x');
  r.push(null);
  r.resume();
  next();
});

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  stream.finished(r, function (err) { log('2 finished', err && err.code, err && err.message); });
  r.destroy();
  next();
});

step(function (next) {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  var cleanup = stream.finished(w, function (err) { log('3 finished', err); });
  log('3 cleanup is fn', typeof cleanup);
  w.on('finish', function () { log('3 finish'); });
  w.end('x');
  next();
});

step(function (next) {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('w failed')); } });
  w.on('error', function () {});
  stream.finished(w, function (err) { log('4 finished', err.message); });
  w.write('x');
  next();
});

step(function (next) {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.on('close', function () {
    stream.finished(w, function (err) { log('5 finished on closed stream', err); });
  });
  next();
});

step(function (next) {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  var cleanup = stream.finished(w, function () { log('6 should not be called'); });
  cleanup();
  w.end();
  try { stream.finished(w); } catch (e) { log('6', e.code); }
  next();
});

step(function (next) {
  var src = new stream.Readable({ read: function () {} });
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  var out = [];
  var w = new stream.Writable({ write: function (c, e, cb) { out.push(c.toString()); cb(); } });
  var ret = stream.pipeline(src, t, w, function (err) { log('7 pipeline done', err, out.join('')); });
  log('7 returns last', ret === w);
  src.push('abc');
  src.push('def');
  src.push(null);
  next();
});

step(function (next) {
  var src = new stream.Readable({ read: function () {} });
  var t = new stream.PassThrough();
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.pipeline([src, t, w], function (err) {
    log('8 pipeline err', err && err.message, src.destroyed, t.destroyed, w.destroyed);
    next();
  });
  src.push('a');
  setTimeout(function () { src.destroy(new Error('src broke')); }, 2);
});

step(function (next) {
  var src = new stream.Readable({ read: function () {} });
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.pipeline(src, w, function (err) { log('9 premature', err && err.code, err && err.message); next(); });
  setTimeout(function () { w.destroy(); }, 2);
});

step(function (next) {
  try { stream.pipeline(new stream.PassThrough(), new stream.PassThrough()); } catch (e) { log('10', e.code, e.message); }
  try { stream.pipeline(function () {}); } catch (e) { log('10', e.code, e.message); }
  var out = [];
  stream.pipeline(['x', 'y', 'z'], new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } }),
    function (err) { log('10 iterable source', err, out.join('')); });
  next();
});

step(function (next) {
  var out = [];
  var p = stream.promises.pipeline(stream.Readable.from(['p', 'q']),
    new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } }));
  p.then(function (v) { log('11 promise resolved', v, out.join('')); });
  var r = new stream.Readable({ read: function () {} });
  stream.promises.finished(r).then(null, function (e) { log('11 finished rejected', e.code); });
  r.destroy();
  var p2 = stream.promises.pipeline(new stream.Readable({ read: function () { this.destroy(new Error('nope')); } }), new stream.PassThrough());
  p2.then(null, function (e) { log('11 pipeline rejected', e.message); });
  log('11 stream/promises', require('stream/promises').pipeline === stream.promises.pipeline);
  next();
});
next();
