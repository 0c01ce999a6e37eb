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
attempt('object', 'o.constructor.constructor("return process")()', { o: {} });
attempt('array', 'a.constructor.constructor("return process")()', { a: [1] });
attempt('nested', 'o.x.y.constructor.constructor("return process")()', { o: { x: { y: {} } } });
