// Writable: write/callbacks/return values, 'drain', end, 'finish', 'close',
// decodeStrings, defaultEncoding, objectMode, writableLength etc.
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
  var pending = [];
  var w = new Writable({
    highWaterMark: 5,
    write: function (chunk, enc, cb) {
      log('1 _write', JSON.stringify(chunk.toString()), enc, Buffer.isBuffer(chunk));
      pending.push(cb);
    },
  });
  w.on('drain', function () { log('1 drain', w.writableLength, w.writableNeedDrain); });
  w.on('finish', function () { log('1 finish', w.writableFinished); });
  w.on('close', function () { log('1 close', w.destroyed); next(); });
  w.on('prefinish', function () { log('1 prefinish'); });
  log('1 hwm', w.writableHighWaterMark, 'writable', w.writable);
  log('1 write abc', w.write('abc', function (e) { log('1 cb abc', e); }));
  log('1 length', w.writableLength);
  log('1 write de', w.write('de', 'utf8', function (e) { log('1 cb de', e); }));
  log('1 needDrain', w.writableNeedDrain, 'length', w.writableLength);
  log('1 write f', w.write(Buffer.from('f'), function () { log('1 cb f'); }));
  log('1 buffered', w.writableBuffer.length);
  function step() {
    var cb = pending.shift();
    if (cb) { cb(); setTimeout(step, 1); }
    else {
      w.end('end', function () { log('1 end cb'); });
      log('1 writableEnded', w.writableEnded, 'finished', w.writableFinished, 'writable', w.writable);
      setTimeout(step2, 1);
    }
  }
  function step2() {
    var cb = pending.shift();
    if (cb) { cb(); setTimeout(step2, 1); }
  }
  setTimeout(step, 1);
});

step(function (next) {
  var w = new Writable({
    decodeStrings: false,
    write: function (chunk, enc, cb) { log('2 got', typeof chunk, enc, chunk); cb(); },
  });
  w.write('plain');
  w.write('68656c6c6f', 'hex');
  w.setDefaultEncoding('base64');
  w.write('aGk=');
  w.write(Buffer.from('buf'));
  w.end();
  var w2 = new Writable({
    write: function (chunk, enc, cb) { log('2 decoded', chunk.toString(), enc); cb(); },
  });
  w2.write('68656c6c6f', 'hex');
  w2.setDefaultEncoding('HEX');
  w2.write('6869');
  w2.write(new Uint8Array([65, 66]));
  w2.end();
  try { w2.setDefaultEncoding('nope'); } catch (e) { log('2', e.name, e.code, e.message); }
  next();
});

step(function (next) {
  var w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (chunk, enc, cb) { log('3 obj', JSON.stringify(chunk), enc); setTimeout(cb, 1); },
  });
  log('3', w.write({ a: 1 }), w.write(0), w.write('s'), w.writableLength, w.writableObjectMode);
  w.on('drain', function () { log('3 drain'); });
  w.end(function () { log('3 end cb'); });
  w.on('finish', function () { log('3 finish'); next(); });
});

step(function (next) {
  // sync callbacks: the write callbacks are still called on next tick
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.write('a', function () { log('4 cb a'); });
  w.write('b', function () { log('4 cb b'); });
  log('4 after writes');
  process.nextTick(function () { log('4 tick'); });
  w.end();
  w.on('finish', function () { log('4 finish'); });
  w.on('close', function () { log('4 close'); });
  next();
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.end(function (e) { log('5 second end cb', e && e.code); });
  w.on('finish', function () {
    log('5 finish');
    w.end(function (e) { log('5 end after finish cb', e && e.code, e && e.message); });
  });
  next();
});
next();
