// unshift, wrap(oldStream), push('') and read(0) kicks, objectMode nulls.
var stream = require('stream');
var Readable = stream.Readable;
var EE = require('events');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
// Steps run one after another: each calls next() when its events are over.
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

// unshift puts data back at the front
step(function (next) {
  var r = new Readable({ read: function () {} });
  r.push('header\n\nbody');
  var c = r.read();
  var s = c.toString();
  var idx = s.indexOf('\n\n');
  log('header', JSON.stringify(s.slice(0, idx)));
  r.unshift(Buffer.from(s.slice(idx + 2)));
  log('after unshift length', r.readableLength);
  log('read again', r.read().toString());
  r.unshift('str');
  log('unshift string', r.read().toString());
  next();
});

// unshift after end event is an error
step(function (next) {
  var r = new Readable({ read: function () {} });
  r.on('error', function (e) { log('unshift error', e.code, e.message); });
  r.on('end', function () {
    log('end');
    r.unshift('late');
  });
  r.push(null);
  r.resume();
  next();
});

// wrap an old-style stream
step(function (next) {
  var old = new EE();
  old.readable = true;
  var paused = 0;
  old.pause = function () { paused++; log('old pause'); };
  old.resume = function () { log('old resume'); };
  old.custom = function () { return 'custom'; };
  var r = new Readable({ highWaterMark: 2 }).wrap(old);
  log('proxied method', r.custom());
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from(''));
  old.emit('data', Buffer.from('de'));
  log('buffered', r.readableLength, 'paused', paused);
  r.on('data', function (d) { log('wrapped data', d.toString()); });
  r.on('end', function () { log('wrapped end'); });
  r.on('close', function () { log('wrapped close'); next(); });
  setTimeout(function () { old.emit('end'); }, 5);
});

// wrap error forwarding
step(function (next) {
  var old = new EE();
  var r = new Readable().wrap(old);
  r.on('error', function (e) { log('wrap error', e.message, r.destroyed); });
  old.emit('error', new Error('boom'));
  next();
});

// push('') ends a read without data; read(0) kicks _read
step(function (next) {
  var calls = 0;
  var r = new Readable({
    read: function () {
      calls++;
      log('_read call', calls);
      if (calls === 1) this.push('');
      else if (calls === 2) this.push('x');
      else this.push(null);
    },
  });
  log('read(0) ->', r.read(0));
  setTimeout(function () {
    log('calls', calls, 'length', r.readableLength);
    log('read(0) again ->', r.read(0));
    setTimeout(function () {
      log('calls', calls, 'length', r.readableLength);
      r.on('data', function (d) { log('data', d.toString()); });
      r.on('end', function () { log('end after push("")'); next(); });
    }, 5);
  }, 5);
});

// objectMode: falsy values are fine, null is EOF
step(function (next) {
  var r = new Readable({ objectMode: true, read: function () {} });
  r.push(0);
  r.push(false);
  r.push('');
  r.push(undefined);
  r.push(null);
  var got = [];
  r.on('data', function (d) { got.push(String(d)); });
  r.on('end', function () { log('obj values', got.join(',')); });
  next();
});
next();
