// Readable error paths: push after EOF, bad chunk types, missing _read,
// _read throwing, destroy(err), destroy() in flowing mode, autoDestroy off.
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
function onErr(tag, r) {
  r.on('error', function (e) { log(tag, 'error', e.name, e.code, e.message, '| destroyed', r.destroyed); });
  r.on('close', function () { log(tag, 'close'); });
}

step(function (next) {
  var r = new Readable({ read: function () {} });
  onErr('eof', r);
  r.push(null);
  log('push after eof returns', r.push('x'));
  next();
});

step(function (next) {
  var r = new Readable({ read: function () {} });
  onErr('type', r);
  log('bad push returns', r.push(42));
  log('errored', r.errored && r.errored.code);
  next();
});

step(function (next) {
  var r = new Readable();
  onErr('noimpl', r);
  r.read();
  next();
});

step(function (next) {
  var r = new Readable({ read: function () { throw new Error('thrown in _read'); } });
  onErr('throw', r);
  r.resume();
  next();
});

step(function (next) {
  var r = new Readable({
    read: function () {},
    destroy: function (err, cb) { log('_destroy called with', err && err.message); cb(err); },
  });
  onErr('destroy', r);
  r.on('end', function () { log('destroy end (unexpected)'); });
  r.push('a');
  r.destroy(new Error('bye'));
  log('destroyed now', r.destroyed, 'push returns', r.push('b'));
  r.destroy(new Error('second'));
  next();
});

step(function (next) {
  var r = new Readable({ read: function () {} });
  r.on('data', function (d) { log('flow data', d.toString()); r.destroy(); });
  r.on('end', function () { log('flow end (unexpected)'); });
  r.on('close', function () { log('flow close', r.readableAborted); });
  r.push('1');
  r.push('2');
  next();
});

step(function (next) {
  var r = new Readable({ autoDestroy: false, read: function () {} });
  r.on('error', function (e) { log('noauto error', e.message, 'destroyed', r.destroyed); });
  r.on('close', function () { log('noauto close (unexpected)'); });
  r.on('end', function () { log('noauto end, destroyed', r.destroyed); });
  r.destroy(null, function (err) { log('noauto never-called?'); });
  next();
});

step(function (next) {
  var r = new Readable({ autoDestroy: false, emitClose: false, read: function () {} });
  r.on('end', function () { log('noclose end'); setTimeout(function () { log('noclose destroyed', r.destroyed); next(); }, 1); });
  r.on('close', function () { log('noclose close (unexpected)'); });
  r.push(null);
  r.resume();
});

step(function (next) {
  var r = new Readable({ read: function () {} });
  r.destroy(null, function (err) { log('destroy cb', err); });
  r.on('close', function () { log('destroy(cb) close'); });
  next();
});

step(function (next) {
  try { new Readable({ highWaterMark: -1 }); } catch (e) { log(e.name, e.code, e.message); }
  try { new Readable({ highWaterMark: 'x' }); } catch (e) { log(e.name, e.code, e.message); }
  var d = new stream.Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 });
  log('duplex hwm', d.readableHighWaterMark, d.writableHighWaterMark);
  next();
});
next();
