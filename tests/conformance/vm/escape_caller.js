// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('arguments.callee.caller', 'var c; function g() { c = arguments.callee.caller; } f(g); c && c.constructor("return process")()', { f: function (cb) { cb(); } });
attempt('g.caller', 'var c; function g() { c = g.caller; } f(g); c && c.constructor("return process")()', { f: function (cb) { cb(); } });
attempt('wrapper.caller', 'f.caller', { f: function () {} });
