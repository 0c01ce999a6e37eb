// Duplex (allowHalfOpen, readable/writable object modes, instanceof),
// Transform (_transform, _flush, push inside, callback(err, data)),
// PassThrough, constructor options.
var stream = require('stream');
var util = require('util');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

step(function (next) {
  var d = new stream.Duplex({
    read: function () {},
    write: function (c, e, cb) { log('1 write', c.toString()); this.push(c.toString().toUpperCase()); cb(); },
  });
  log('1 instanceof', d instanceof stream.Duplex, d instanceof stream.Readable, d instanceof stream.Writable,
    d instanceof stream.Transform, d instanceof stream.Stream);
  log('1 allowHalfOpen', d.allowHalfOpen, d.readable, d.writable);
  d.on('data', function (c) { log('1 data', c.toString()); });
  d.on('finish', function () { log('1 finish'); });
  d.on('end', function () { log('1 end'); });
  d.on('close', function () { log('1 close'); });
  d.write('abc');
  d.end();
  setTimeout(function () { log('1 after finish, readable', d.readable); d.push(null); next(); }, 5);
});

step(function (next) {
  var d = new stream.Duplex({
    allowHalfOpen: false,
    read: function () {},
    write: function (c, e, cb) { cb(); },
  });
  d.on('finish', function () { log('2 finish'); });
  d.on('end', function () { log('2 end'); });
  d.on('close', function () { log('2 close'); });
  d.resume();
  d.push(null);
  next();
});

step(function (next) {
  var d = new stream.Duplex({
    readableObjectMode: true,
    read: function () {},
    write: function (c, e, cb) { this.push({ len: c.length }); cb(); },
  });
  log('3 modes', d.readableObjectMode, d.writableObjectMode);
  d.on('data', function (o) { log('3 data', JSON.stringify(o)); });
  d.write('hello');
  var d2 = new stream.Duplex({ writableObjectMode: true, read: function () {}, write: function (c, e, cb) { log('3 obj write', JSON.stringify(c)); cb(); } });
  log('3 modes2', d2.readableObjectMode, d2.writableObjectMode);
  d2.write({ x: 1 });
  next();
});

step(function (next) {
  util.inherits(Upper, stream.Transform);
  function Upper(opts) {
    if (!(this instanceof Upper)) return new Upper(opts);
    stream.Transform.call(this, opts);
    this.count = 0;
  }
  Upper.prototype._transform = function (chunk, enc, done) {
    this.count++;
    this.push(chunk.toString().toUpperCase());
    done();
  };
  Upper.prototype._flush = function (done) {
    this.push('[' + this.count + ' chunks]');
    done();
  };
  var t = Upper();
  var out = [];
  t.on('data', function (c) { out.push(c.toString()); });
  // v0.10 differs: 'finish' comes before 'end' (the flush ran on 'finish');
  // v20 emits 'end' first here.
  t.on('finish', function () { log('4 finish'); });
  t.on('end', function () { log('4 end', out.join('|')); });
  t.on('close', function () { log('4 close'); });
  t.write('ab');
  t.write('cd');
  t.end('ef');
  next();
});

step(function (next) {
  var t = new stream.Transform({
    objectMode: true,
    transform: function (obj, enc, cb) {
      if (obj.skip) return cb();
      if (obj.bad) return cb(new Error('bad object'));
      cb(null, obj.v * 2);
    },
    flush: function (cb) { cb(null, 'flushed'); },
  });
  t.on('data', function (v) { log('5 data', v); });
  t.on('end', function () { log('5 end'); });
  t.on('error', function (e) { log('5 error', e.message); });
  t.write({ v: 1 });
  t.write({ skip: true });
  t.write({ v: 21 });
  t.end();
  next();
});

step(function (next) {
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('tx fail')); } });
  t.on('error', function (e) { log('6 error', e.message, t.destroyed); });
  t.on('close', function () { log('6 close'); });
  t.write('x', function (e) { log('6 write cb', e && e.message); });
  next();
});

step(function (next) {
  var t = new stream.Transform();
  t.on('error', function (e) { log('7 error event (unexpected)', e.code); });
  try { t.write('x'); } catch (e) { log('7 throws', e.code, e.message); }
  next();
});

step(function (next) {
  var p = new stream.PassThrough();
  log('8 passthrough', p instanceof stream.Transform);
  var got = [];
  p.on('data', function (c) { got.push(c.toString()); });
  p.on('end', function () { log('8 end', got.join(',')); });
  p.write('one');
  p.write(Buffer.from('two'));
  p.end('three');
  var p2 = stream.PassThrough({ objectMode: true });
  p2.end({ k: 'v' });
  p2.on('data', function (o) { log('8 obj', JSON.stringify(o)); });
  next();
});

step(function (next) {
  // Transform with no reader: backpressure holds the write callback
  // v0.10 differs: the first chunk is transformed at once (the readable
  // buffer is below its highWaterMark), so its callback runs (v20: cbs 0,
  // writable length 15).
  var t = new stream.Transform({ highWaterMark: 2, transform: function (c, e, cb) { cb(null, c); } });
  var cbs = 0;
  for (var i = 0; i < 5; i++) t.write('abc', function () { cbs++; });
  setTimeout(function () {
    log('9 cbs', cbs, 'readable length', t.readableLength, 'writable length', t.writableLength);
    t.resume();
    setTimeout(function () { log('9 cbs after resume', cbs); next(); }, 5);
  }, 5);
});

step(function (next) {
  // flush error
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(null, c); }, flush: function (cb) { cb(new Error('flush failed')); } });
  t.on('error', function (e) { log('10 error', e.message); });
  t.on('finish', function () { log('10 finish (unexpected)'); });
  t.resume();
  t.end('x');
  next();
});

step(function (next) {
  var d = new stream.Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
  log('11 readable false', d.readable, d.writable, d.readableEnded);
  d.on('finish', function () { log('11 finish'); });
  d.on('close', function () { log('11 close'); });
  d.end('x');
  next();
});
next();
