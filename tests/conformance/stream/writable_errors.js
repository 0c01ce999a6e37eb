// Writable error paths: write after end, null, bad types, unknown encoding,
// missing _write, callback errors, multiple callbacks, destroy with pending
// writes, write after destroy.
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
function track(tag, w) {
  w.on('error', function (e) { log(tag, 'error', e.name, e.code, e.message); });
  w.on('close', function () { log(tag, 'close'); });
  w.on('finish', function () { log(tag, 'finish'); });
}

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  track('wae', w);
  w.end('x');
  log('wae write returns', w.write('y', function (e) { log('wae cb', e.code, e.message); }));
  next();
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  track('types', w);
  try { w.write(null); } catch (e) { log('null:', e.name, e.code, e.message); }
  try { w.write(1); } catch (e) { log('number:', e.name, e.code, e.message); }
  try { w.write({}); } catch (e) { log('object:', e.name, e.code, e.message); }
  try { w.write('x', 'bogus'); } catch (e) { log('encoding:', e.name, e.code, e.message); }
  try { new Writable({ objectMode: true }).write(null); } catch (e) { log('obj null:', e.code); }
  log('still writable', w.writable);
  next();
});

step(function (next) {
  var w = new Writable();
  track('noimpl', w);
  try { w.write('x'); } catch (e) { log('noimpl throws', e.code, e.message); }
  next();
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
  track('cberr', w);
  log('cberr returns', w.write('x', function (e) { log('cberr cb', e.message, w.destroyed); }));
  w.write('y', function (e) { log('cberr cb2', e && e.message); });
  next();
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { setTimeout(function () { cb(new Error('async fail')); }, 1); } });
  track('asyncerr', w);
  w.write('x', function (e) { log('asyncerr cb', e.message); });
  w.on('close', next);
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); cb(); } });
  track('multi', w);
  w.write('x');
  next();
});

step(function (next) {
  var w = new Writable({ highWaterMark: 1, write: function (c, e, cb) { setTimeout(cb, 5); } });
  track('destroy', w);
  w.write('a', function (e) { log('destroy cb a', e && e.code); setTimeout(next, 10); });
  w.write('b', function (e) { log('destroy cb b', e && e.code); });
  w.end(function (e) { log('destroy end cb', e && e.code); });
  w.destroy();
  log('destroyed', w.destroyed, 'writable', w.writable);
  w.write('c', function (e) { log('destroy cb c', e && e.code, e && e.message); });
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  track('destroyerr', w);
  w.destroy(new Error('kaboom'));
  w.destroy(new Error('ignored'));
  log('errored', w.errored.message, 'destroyed', w.destroyed);
  next();
});

step(function (next) {
  var w = new Writable({ autoDestroy: false, write: function (c, e, cb) { cb(); } });
  track('noauto', w);
  w.end('x');
  w.write('y', function (e) { log('noauto cb', e.code); });
  setTimeout(function () { log('noauto destroyed', w.destroyed); next(); }, 5);
});

step(function (next) {
  var w = new Writable({
    write: function (c, e, cb) { cb(); },
    final: function (cb) { log('final called'); cb(new Error('final failed')); },
  });
  track('finalerr', w);
  w.end(function (e) { log('finalerr end cb', e && e.message); });
  next();
});

step(function (next) {
  var w = new Writable({ write: function (c, e, cb) { cb(); }, final: function (cb) { cb(); cb(); } });
  track('finalmulti', w);
  w.end();
  next();
});
next();
