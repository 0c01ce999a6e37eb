// Readable: push/read, 'readable', 'data', 'end', 'close', read(n), read(0),
// highWaterMark, push return values, ordering against nextTick.
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

// 1. paused mode with 'readable' and read()
step(function (next) {
  var r = new Readable({ highWaterMark: 4 });
  var i = 0;
  r._read = function (n) {
    log('1 _read', n);
    i++;
    if (i > 3) this.push(null);
    else log('1 push ->', this.push(Buffer.from('ab' + i)));
  };
  r.on('readable', function () {
    var c;
    log('1 readable, length', r.readableLength);
    while ((c = r.read()) !== null) log('1 read', c.toString());
  });
  r.on('end', function () { log('1 end', r.readableEnded, r.destroyed); });
  r.on('close', function () { log('1 close', r.destroyed, r.closed); });
  log('1 flowing', r.readableFlowing, 'hwm', r.readableHighWaterMark);
  process.nextTick(function () { log('1 tick'); });
  next();
});

// 2. read(n) with sizes, partial reads, read(0)
step(function (next) {
  var r = new Readable({ read: function () {} });
  r.push('hello ');
  r.push('world');
  log('2 length', r.readableLength);
  log('2 read(3)', r.read(3));
  log('2 read(4)', String(r.read(4)));
  log('2 read(100)', r.read(100));
  log('2 read(0)', r.read(0));
  r.push(null);
  log('2 read(100) after eof', String(r.read(100)));
  log('2 read() after', r.read());
  r.on('end', function () { log('2 end'); });
  next();
});

// 3. push return value vs highWaterMark
step(function (next) {
  var r = new Readable({ highWaterMark: 5, read: function () {} });
  log('3 push', r.push('ab'), r.push('cd'), r.push('e'), r.push('f'));
  log('3 length', r.readableLength);
  var o = new Readable({ objectMode: true, highWaterMark: 2, read: function () {} });
  log('3 obj push', o.push({ a: 1 }), o.push(0), o.push('x'));
  log('3 obj read', JSON.stringify(o.read(5)), o.read(), o.read(), o.read());
  log('3 obj hwm default', new Readable({ objectMode: true }).readableHighWaterMark, new Readable().readableHighWaterMark);
  next();
});

// 4. 'data' flowing and pause/resume events
step(function (next) {
  var r = new Readable({ read: function () {} });
  r.on('pause', function () { log('4 pause event'); });
  r.on('resume', function () { log('4 resume event'); });
  r.on('data', function (d) {
    log('4 data', d.toString(), r.readableFlowing);
    if (d.toString() === 'b') {
      r.pause();
      log('4 isPaused', r.isPaused());
      setTimeout(function () { r.resume(); }, 5);
    }
  });
  r.on('end', function () { log('4 end'); });
  r.on('close', function () { log('4 close'); next(); });
  r.push('a');
  r.push('b');
  r.push('c');
  r.push(null);
  log('4 sync done', r.readableFlowing);
});

// 5. resume() without listeners drains to 'end'
step(function (next) {
  var r = new Readable({ read: function () { this.push('x'); this.push(null); } });
  r.on('end', function () { log('5 end'); });
  r.resume();
  log('5 flowing', r.readableFlowing);
  next();
});

// 6. 'end' not emitted until consumed
step(function (next) {
  var r = new Readable({ read: function () {} });
  r.push('data');
  r.push(null);
  r.on('end', function () { log('6 end'); next(); });
  setTimeout(function () { log('6 nothing yet, reading'); r.read(); }, 5);
});

// 7. setEncoding with split multibyte chars
step(function (next) {
  var r = new Readable({ read: function () {} });
  var euro = Buffer.from('\u20ac');
  r.push(euro.slice(0, 1));
  r.setEncoding('utf8');
  log('7 encoding', r.readableEncoding);
  r.push(euro.slice(1));
  r.push(Buffer.from('ok'));
  r.push(null);
  r.on('data', function (d) { log('7 data', typeof d, JSON.stringify(d)); });
  r.on('end', function () { log('7 end'); });
  var h = new Readable({ encoding: 'hex', read: function () {} });
  h.push(Buffer.from([1, 255]));
  h.push(null);
  h.on('data', function (d) { log('7 hex', d); });
  next();
});
next();
