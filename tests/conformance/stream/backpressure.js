// Backpressure is real: a fast producer piped through a Transform into a slow
// writer never buffers past the high-water marks; a writer honouring
// write()'s return value and 'drain' keeps writableLength bounded.
var stream = require('stream');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

var CHUNK = 1024;
var TOTAL = 200;
var produced = 0;
var maxSrc = 0, maxT = 0, maxTw = 0, maxW = 0;
var src = new stream.Readable({
  highWaterMark: 4 * CHUNK,
  read: function () {
    if (produced === TOTAL) return this.push(null);
    produced++;
    this.push(Buffer.alloc(CHUNK, produced & 255));
    maxSrc = Math.max(maxSrc, this.readableLength);
  },
});
var t = new stream.Transform({
  highWaterMark: 2 * CHUNK,
  transform: function (c, e, cb) { cb(null, c); },
});
var consumed = 0;
var w = new stream.Writable({
  highWaterMark: 3 * CHUNK,
  write: function (c, e, cb) {
    consumed += c.length;
    maxT = Math.max(maxT, t.readableLength);
    maxTw = Math.max(maxTw, t.writableLength);
    maxW = Math.max(maxW, w.writableLength);
    setImmediate(cb);
  },
});
src.pipe(t).pipe(w);
w.on('finish', function () {
  log('consumed', consumed, 'produced', produced);
  log('source buffer <= hwm', maxSrc <= 4 * CHUNK);
  // v0.10 differs: a Transform may hold one transformed chunk past its
  // highWaterMark (v20 stops at the mark).
  log('transform readable <= hwm + chunk', maxT <= 3 * CHUNK);
  log('transform writable <= hwm + chunk', maxTw <= 3 * CHUNK);
  log('writer <= hwm + chunk', maxW <= 4 * CHUNK);
  manual();
});

// A producer that respects write() === false and 'drain'.
function manual() {
  var slow = new stream.Writable({
    highWaterMark: 10,
    write: function (c, e, cb) { setTimeout(cb, 0); },
  });
  var i = 0, falses = 0, drains = 0, max = 0;
  slow.on('drain', function () { drains++; go(); });
  function go() {
    while (i < 50) {
      i++;
      var ok = slow.write('abcd');
      max = Math.max(max, slow.writableLength);
      if (!ok) { falses++; return; }
    }
    slow.end();
  }
  slow.on('finish', function () {
    log('manual writes', i, 'falses', falses, 'drains', drains, 'max buffered', max);
  });
  go();
}
