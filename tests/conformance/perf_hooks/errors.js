// perf_hooks and process.cpuUsage argument errors.
var ph = require('perf_hooks');
function attempt(label, fn) {
  try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code); }
}
attempt('record(0)', function () { ph.createHistogram().record(0); });
attempt('resolution 0', function () { ph.monitorEventLoopDelay({ resolution: 0 }); });
attempt('percentile(0)', function () { ph.createHistogram().percentile(0); });
attempt('observer without callback', function () { new ph.PerformanceObserver(); });
attempt('cpuUsage(bad)', function () { process.cpuUsage({ user: 'x' }); });
