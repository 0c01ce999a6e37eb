// vm sandboxes: cost of one runInNewContext, of createContext, and memory
// per live context with N contexts alive. Prints "measure value" lines
// (times in ms, memory in KB) for run.sh.
//   node bench.js [contexts]     (default 10000)
var vm = require('vm');
var N = +process.argv[2] || 10000;

function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function gc() { if (typeof global.gc === 'function') { global.gc(); global.gc(); } }

function time(n, fn) {
  for (var i = 0; i < Math.min(50, n); i++) fn(); // warm up
  var t0 = now();
  for (var j = 0; j < n; j++) fn();
  return (now() - t0) / n;
}

var r = time(2000, function () {
  if (vm.runInNewContext('a + 1', { a: 1 }) !== 2) throw new Error('bad result');
});
console.log('runInNewContext_ms ' + r.toFixed(4));
var c = time(2000, function () { vm.createContext({}); });
console.log('createContext_ms ' + c.toFixed(4));

gc();
var before = process.memoryUsage().rss;
var live = new Array(N);
for (var k = 0; k < N; k++) {
  live[k] = vm.createContext({ i: k });
  vm.runInContext('var x = i + 1', live[k]); // a used context, not just an empty one
}
gc();
var after = process.memoryUsage().rss;
console.log('kb_per_context ' + ((after - before) / N / 1024).toFixed(1));
if (live[N - 1].x !== N) throw new Error('contexts lost');
