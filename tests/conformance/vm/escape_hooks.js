// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var vm = require('vm');
function attempt(name, code, sandbox) {
  try {
    var r = vm.runInNewContext(code, sandbox || {});
    var escaped = r === process || (r && typeof r === 'object' && typeof r.pid === 'number' && typeof r.exit === 'function');
    console.log(name + ': ' + (escaped ? 'ESCAPED' : 'no escape (' + typeof r + ')'));
  } catch (e) { console.log(name + ': no escape (' + e.name + ': ' + e.message + ')'); }
}
attempt('toString hook', 'var got; f({ toString: function () { got = arguments.callee.caller; return "s" } }); got && got.constructor("return process")()', { f: function (x) { return String(x); } });
attempt('toJSON hook', 'var got; f({ toJSON: function () { got = this.constructor.constructor("return process")(); return 1 } }); got', { f: function (x) { return JSON.stringify(x); } });
attempt('valueOf hook', 'var got; f({ valueOf: function () { got = this; return 1 } }); got.constructor.constructor("return process")()', { f: function (x) { return +x; } });
attempt('proxy', 'var leak; var p = new Proxy({}, { get: function (t, k, r) { leak = r; return 1 } }); f(p); leak && leak.constructor.constructor("return process")()', { f: function (x) { return x.anything; } });
