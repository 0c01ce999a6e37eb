// isonode differs: globals changed by a run that timed out are not copied out
// (ctx.n stays 0).
// options.timeout ends a runaway script with ERR_SCRIPT_EXECUTION_TIMEOUT.
var vm = require('vm');
function show(f) {
  try { console.log('returned', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
show(function () { return vm.runInNewContext('while (true) {}', {}, { timeout: 100 }); });
show(function () { return vm.runInThisContext('while (true) {}', { timeout: 100 }); });
var ctx = vm.createContext({ n: 0 });
show(function () { return vm.runInContext('for (;;) n++', ctx, { timeout: 50 }); });
console.log(ctx.n > 0);
show(function () { return vm.runInContext('n = 1; "still usable"', ctx, { timeout: 50 }); });
show(function () { return new vm.Script('while (true) {}').runInNewContext({}, { timeout: 20 }); });
// a fast script is unaffected
show(function () { return vm.runInNewContext('1 + 1', {}, { timeout: 1000 }); });
