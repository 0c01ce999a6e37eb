// isonode differs: per-context limits (isonode's createContext options) and
// size caps on what a context may allocate; Node has only the timeout.
var vm = require('vm');
function show(f) {
  try { console.log('returned', f()); } catch (e) { console.log(e.name + ': ' + e.message.split(':')[0]); }
}
var ctx = vm.createContext({}, { maxCallDepth: 200, maxBufferSize: 1024, maxStringLength: 1000, maxCopyDepth: 10 });
show(function () { return vm.runInContext('function f(n) { return n ? f(n - 1) : "deep" } f(100)', ctx); });
show(function () { return vm.runInContext('f(1000)', ctx); });
show(function () { return vm.runInContext('new ArrayBuffer(2048)', ctx); });
show(function () { return vm.runInContext('new Uint8Array(512).length', ctx); });
show(function () { return vm.runInContext('"ab".repeat(600)', ctx); });
show(function () { return vm.runInContext('(function () { var o = {}; for (var i = 0; i < 20; i++) o = {o: o}; return o })()', ctx); });
show(function () { return vm.runInContext('"still fine"', ctx); });
// a backtracking regexp is bounded by the process-wide match timeout
show(function () { return vm.runInNewContext("/^(a+)+(?=b)/.test('a'.repeat(40))"); });
