// perf_hooks: performance.now/mark/measure, observers, histograms, the event-loop delay monitor.
var ph = require('perf_hooks');
var performance = ph.performance;
var t0 = performance.now();
console.log('now is a number:', typeof t0 === 'number', t0 >= 0, 'timeOrigin:', typeof performance.timeOrigin);
performance.mark('a');
performance.mark('b');
var m = performance.measure('a to b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0);
console.log(performance.getEntriesByType('mark').map(function (e) { return e.name; }).join(','));
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code); }
var obs = new ph.PerformanceObserver(function (list, observer) {
  console.log('observed', list.getEntries().map(function (e) { return e.entryType + ':' + e.name; }).join(','));
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark'] });
performance.mark('c');
var h = ph.createHistogram();
[1, 2, 3, 4, 100].forEach(function (v) { h.record(v); });
console.log('histogram', h.count, h.min, h.max, h.mean, h.percentile(50), h.percentile(100));
var d = ph.monitorEventLoopDelay({ resolution: 5 });
console.log('enable', d.enable(), d.enable());
setTimeout(function () {
  d.disable();
  console.log('delay samples recorded:', d.count >= 0, typeof d.mean, typeof d.percentile(99));
  console.log('global performance is perf_hooks.performance:', typeof global.performance.now === 'function');
}, 300);
