// Readable.prototype.pipe / unpipe: 'pipe'/'unpipe' events, {end:false},
// multiple destinations, backpressure pause/resume, error on dest unpipes.
var stream = require('stream');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

function sink(tag, opts) {
  var w = new stream.Writable(Object.assign({
    write: function (c, e, cb) { log(tag, 'write', c.toString()); cb(); },
  }, opts));
  w.on('pipe', function (src) { log(tag, 'pipe event', src instanceof stream.Readable); });
  w.on('unpipe', function (src) { log(tag, 'unpipe event'); });
  w.on('finish', function () { log(tag, 'finish'); });
  return w;
}

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  var w = sink('1');
  log('1 pipe returns dest', r.pipe(w) === w, r.readableFlowing);
  r.push('a');
  r.push('b');
  r.push(null);
  r.on('end', function () { log('1 end'); });
  next();
});

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  var w = sink('2');
  r.pipe(w, { end: false });
  r.on('end', function () {
    log('2 end; dest still writable', w.writable);
    w.end('goodbye');
  });
  r.push('x');
  r.push(null);
  next();
});

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  var a = sink('3a');
  var b = sink('3b');
  r.pipe(a);
  r.pipe(b);
  r.push('both');
  setTimeout(function () {
    r.unpipe(a);
    log('3 flowing after unpipe a', r.readableFlowing);
    r.push('only b');
    setTimeout(function () {
      r.unpipe();
      log('3 flowing after unpipe all', r.readableFlowing);
      r.unpipe(b);
      r.push('none');
      log('3 buffered', r.readableLength);
      next();
    }, 5);
  }, 5);
});

step(function (next) {
  // backpressure: slow writer, the source pauses on false and resumes on drain
  var produced = 0;
  var r = new stream.Readable({
    highWaterMark: 4,
    read: function () {
      produced++;
      if (produced > 6) return this.push(null);
      this.push('chunk' + produced);
    },
  });
  var w = new stream.Writable({
    highWaterMark: 8,
    write: function (c, e, cb) { log('4 write', c.toString(), 'len', w.writableLength); setTimeout(cb, 1); },
  });
  r.on('pause', function () { log('4 pause'); });
  r.on('resume', function () { log('4 resume'); });
  w.on('drain', function () { log('4 drain'); });
  w.on('finish', function () { log('4 finish, produced', produced); next(); });
  r.pipe(w);
});

step(function (next) {
  // an error on the destination unpipes it; with no other listener it is re-emitted
  var r = new stream.Readable({ read: function () {} });
  var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('dest broke')); } });
  w.on('unpipe', function () { log('5 unpipe'); });
  w.on('error', function (e) { log('5 dest error', e.message, 'pipes', r._readableState.pipes.length); });
  r.pipe(w);
  r.push('x');
  next();
});

step(function (next) {
  // piping an ended stream ends the destination
  var r = new stream.Readable({ read: function () {} });
  r.push(null);
  r.resume();
  r.on('end', function () {
    var w = sink('6');
    r.pipe(w);
  });
  next();
});

step(function (next) {
  // Writable.prototype.pipe is an error
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w.on('error', function (e) { log('7', e.code, e.message); });
  w.pipe(new stream.PassThrough());
  next();
});
next();
