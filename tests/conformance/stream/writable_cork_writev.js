// cork/uncork, _writev, end() uncorks, _final ordering, 'prefinish'.
var stream = require('stream');
var Writable = stream.Writable;
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

step(function (next) {
  var w = new Writable({
    write: function (c, e, cb) { log('1 _write', c.toString()); cb(); },
    writev: function (chunks, cb) {
      log('1 _writev', chunks.length, chunks.map(function (x) { return x.chunk.toString() + '/' + x.encoding; }).join(' '),
        'allBuffers', chunks.allBuffers);
      cb();
    },
  });
  w.cork();
  log('1 corked', w.writableCorked);
  w.write('a', function () { log('1 cb a'); });
  w.write('b', function () { log('1 cb b'); });
  w.write(Buffer.from('c'));
  log('1 length while corked', w.writableLength);
  process.nextTick(function () {
    w.uncork();
    log('1 after uncork', w.writableCorked);
    w.write('d');
    w.write('e');
    w.write('f');
    w.end();
  });
  w.on('finish', function () { log('1 finish'); });
  next();
});

step(function (next) {
  var w = new Writable({
    decodeStrings: false,
    writev: function (chunks, cb) {
      log('2 _writev only', chunks.length, chunks.map(function (x) { return x.chunk + '/' + x.encoding; }).join(' '), chunks.allBuffers);
      cb();
    },
  });
  w.write('single');
  w.cork();
  w.cork();
  w.write('x');
  w.write('y', 'latin1');
  w.uncork();
  log('2 still corked', w.writableCorked);
  w.end('z');
  w.on('finish', function () { log('2 finish'); });
  next();
});

step(function (next) {
  var order = [];
  var w = new Writable({
    write: function (c, e, cb) { order.push('write'); cb(); },
    final: function (cb) {
      order.push('final');
      setTimeout(function () { order.push('final done'); cb(); }, 2);
    },
  });
  w.on('prefinish', function () { order.push('prefinish'); });
  w.on('finish', function () { order.push('finish'); });
  w.on('close', function () { order.push('close'); log('3', order.join(', ')); next(); });
  w.end('x', function () { order.push('end cb'); });
  order.push('after end');
});

step(function (next) {
  var order = [];
  var w = new Writable({
    write: function (c, e, cb) { cb(); },
    final: function (cb) { order.push('final'); cb(); },
  });
  w.on('prefinish', function () { order.push('prefinish'); });
  w.on('finish', function () { order.push('finish'); });
  w.on('close', function () { order.push('close'); log('4', order.join(', ')); });
  w.end();
  order.push('after end');
  process.nextTick(function () { order.push('tick'); });
  next();
});
next();
