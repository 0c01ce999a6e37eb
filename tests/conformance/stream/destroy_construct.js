// destroy/_destroy, 'close' ordering, destroyed/closed/errored getters,
// _construct, constructor options read/write/destroy/final/construct.
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
  var d = new stream.Duplex({
    read: function () {},
    write: function (c, e, cb) { cb(); },
    destroy: function (err, cb) {
      log('1 _destroy', err && err.message);
      setTimeout(function () { cb(err); }, 2);
    },
  });
  d.on('error', function (e) { log('1 error', e.message, 'closed', d.closed); });
  d.on('close', function () { log('1 close', d.destroyed, d.closed); next(); });
  d.destroy(new Error('d1'));
  log('1 destroyed', d.destroyed, 'closed', d.closed, 'errored', d.errored && d.errored.message);
});

step(function (next) {
  var r = new stream.Readable({
    read: function () {},
    destroy: function (err, cb) { cb(new Error('from _destroy')); },
  });
  r.on('error', function (e) { log('2 error', e.message); });
  r.on('close', function () { log('2 close'); });
  r.destroy();
  next();
});

step(function (next) {
  var order = [];
  var w = new stream.Writable({
    construct: function (cb) { order.push('construct'); setTimeout(function () { order.push('constructed'); cb(); }, 2); },
    write: function (c, e, cb) { order.push('write ' + c); cb(); },
    final: function (cb) { order.push('final'); cb(); },
  });
  w.write('a');
  order.push('after write');
  w.end('b');
  w.on('finish', function () { order.push('finish'); });
  w.on('close', function () { log('3', order.join(', ')); next(); });
});

step(function (next) {
  var order = [];
  var r = new stream.Readable({
    construct: function (cb) { order.push('construct'); cb(); },
    read: function () { order.push('read'); this.push(null); },
  });
  r.on('end', function () { order.push('end'); log('4', order.join(', ')); });
  r.resume();
  order.push('sync');
  next();
});

step(function (next) {
  var r = new stream.Readable({
    construct: function (cb) { cb(new Error('construct failed')); },
    read: function () {},
  });
  r.on('error', function (e) { log('5 error', e.message); });
  r.on('close', function () { log('5 close'); });
  next();
});

step(function (next) {
  var r = new stream.Readable({ read: function () {} });
  r.on('close', function () { log('6 close'); });
  r.on('end', function () { log('6 end'); });
  r.push(null);
  r.resume();
  log('6 ended?', r.readableEnded);
  setTimeout(function () { log('6 ended', r.readableEnded, 'destroyed', r.destroyed); next(); }, 5);
});

step(function (next) {
  log('7 isDestroyed', stream.isDestroyed ? 'fn' : 'none');
  var r = new stream.Readable({ read: function () {} });
  r.destroyed = true;
  log('7 set destroyed', r.destroyed);
  var p = new stream.PassThrough();
  stream.destroy(p, new Error('via stream.destroy'));
  p.on('error', function (e) { log('7 error', e.message); });
  next();
});
next();
