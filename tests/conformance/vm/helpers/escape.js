// attempt(name, code, sandbox) runs code in a new context and says whether
// it got hold of the host's process, for the escape_*.js fixtures.
var vm = require('vm');
exports.attempt = function attempt(name, code, sandbox) {
  try {
    var r = vm.runInNewContext(code, sandbox || {});
    var escaped = r === process || (r && typeof r === 'object' && typeof r.pid === 'number' && typeof r.exit === 'function');
    console.log(name + ': ' + (escaped ? 'ESCAPED' : 'no escape (' + typeof r + ')'));
  } catch (e) { console.log(name + ': no escape (' + e.name + ': ' + e.message + ')'); }
};
