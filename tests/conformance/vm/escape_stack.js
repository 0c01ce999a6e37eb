// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
function find(sites) {
  // looks at every frame's this and function for a way out
  return 'var out; for (var i = 0; i < ' + sites + '.length; i++) {' +
    ' var s = ' + sites + '[i], t = s.getThis && s.getThis(), fn = s.getFunction && s.getFunction();' +
    ' [t, fn].forEach(function (x) { try { var p = x && x.constructor && x.constructor.constructor("return process")(); if (p && p.pid) out = p; } catch (e) {} });' +
    ' try { var p2 = t && t.process; if (p2 && p2.pid) out = p2; } catch (e) {}' +
    '} out';
}
attempt('prepareStackTrace on a host error',
  'var sites = []; Error.prepareStackTrace = function (e, s) { sites = s; return "x" };' +
  'try { f() } catch (e) { e.stack }' + find('sites'),
  { f: function () { throw new Error('host'); } });
attempt('prepareStackTrace through a host callback',
  'var sites = []; Error.prepareStackTrace = function (e, s) { sites = s; return "x" };' +
  'call(function () { new Error("in callback").stack });' + find('sites'),
  { call: function (cb) { return [1].map(cb); } });
attempt('captureStackTrace through a host callback',
  'var sites = []; Error.prepareStackTrace = function (e, s) { return s };' +
  'call(function cb() { var o = {}; Error.captureStackTrace(o); sites = o.stack });' + find('sites'),
  { call: function (cb) { cb(); } });
attempt('host prepareStackTrace is not the guest one',
  'Error.prepareStackTrace = function (e, s) { return s.map(function (c) { return c.getThis() }) };' +
  'var r; try { f() } catch (e) { r = e.stack } r && r.constructor.constructor("return process")()',
  { f: function () { null.x; } });
attempt('stack of a host TypeError',
  'var e; try { f() } catch (err) { e = err } [typeof e.stack, e instanceof TypeError, e.constructor.constructor("return typeof process")()]',
  { f: function () { null.x; } });
