package child_process_test

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/isonode/isonode/nodeapi/modkit"
)

// BenchmarkForkedChildHeap forks 200 children that each wait for messages
// (process.on('message'), then process.send('ready'), as bench/fork's
// child) and, once all are ready, reports the Go heap each live child holds
// (its isolate plus the parent's ChildProcess and channel) and the bytes
// allocated per child from fork to exit (the main isolate's own setup is
// amortized over the 200).
func BenchmarkForkedChildHeap(b *testing.B) {
	const n = 200
	files := map[string]string{
		"main.js": fmt.Sprintf(`
var cp = require('child_process');
var n = %d, ready = 0, kids = [];
gc();
var before = process.memoryUsage().heapUsed;
for (var i = 0; i < n; i++) {
  var c = cp.fork('child.js');
  kids.push(c);
  c.once('message', function () {
    if (++ready < n) return;
    gc();
    console.log('heap', process.memoryUsage().heapUsed - before);
    kids.forEach(function (k) { k.send('exit'); });
  });
}`, n),
		"child.js": `
process.on('message', function (m) { if (m === 'exit') process.disconnect(); });
process.send('ready');`,
	}
	var heap, alloc float64
	for i := 0; i < b.N; i++ {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		out, errOut, code := runHost(b, b.TempDir(), "", files, func(h *modkit.Host) { h.ExposeGC = true })
		runtime.ReadMemStats(&m1)
		v, err := strconv.ParseFloat(strings.TrimPrefix(strings.TrimSpace(out), "heap "), 64)
		if err != nil || code != 0 {
			b.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
		}
		heap += v / n
		alloc += float64(m1.TotalAlloc-m0.TotalAlloc) / n
	}
	b.ReportMetric(heap/float64(b.N), "heap-bytes/child")
	b.ReportMetric(alloc/float64(b.N), "alloc-bytes/child")
}

// BenchmarkForkFirstMessage forks children one after another, each told
// to go as soon as its first message ('ready') arrives, and reports the
// median time from fork() to that message (bench/fork's latency_ms) and
// the bytes allocated per child.
func BenchmarkForkFirstMessage(b *testing.B) {
	const n = 200
	files := map[string]string{
		"main.js": fmt.Sprintf(`
var cp = require('child_process');
var n = %d, times = [];
function now() { var t = process.hrtime(); return t[0] * 1e9 + t[1]; }
(function one() {
  if (times.length === n) {
    times.sort(function (a, b) { return a - b; });
    console.log(times[n >> 1]);
    return;
  }
  var t0 = now(), c = cp.fork('child.js');
  c.once('message', function () { times.push(now() - t0); c.send('exit'); });
  c.on('exit', one);
})();`, n),
		"child.js": `
process.on('message', function (m) { if (m === 'exit') process.disconnect(); });
process.send('ready');`,
	}
	var lat, alloc float64
	for i := 0; i < b.N; i++ {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		out, errOut, code := run(b, "", files)
		runtime.ReadMemStats(&m1)
		v, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
		if err != nil || code != 0 {
			b.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
		}
		lat += v
		alloc += float64(m1.TotalAlloc-m0.TotalAlloc) / n
	}
	b.ReportMetric(lat/float64(b.N), "ns/first-message")
	b.ReportMetric(alloc/float64(b.N), "alloc-bytes/child")
}
