// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('toString hook', 'var got; f({ toString: function () { got = arguments.callee.caller; return "s" } }); got && got.constructor("return process")()', { f: function (x) { return String(x); } });
attempt('toJSON hook', 'var got; f({ toJSON: function () { got = this.constructor.constructor("return process")(); return 1 } }); got', { f: function (x) { return JSON.stringify(x); } });
attempt('valueOf hook', 'var got; f({ valueOf: function () { got = this; return 1 } }); got.constructor.constructor("return process")()', { f: function (x) { return +x; } });
attempt('proxy', 'var leak; var p = new Proxy({}, { get: function (t, k, r) { leak = r; return 1 } }); f(p); leak && leak.constructor.constructor("return process")()', { f: function (x) { return x.anything; } });
