package metrics

import (
	"runtime/metrics"
	"strings"
	"sync"

	"github.com/isonode/isonode/nodeapi/process"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sys/unix"
)

var (
	descHeapTotal = prometheus.NewDesc("nodejs_heap_size_total_bytes", "Process heap size in bytes: the Go heap's mapped memory (objects, free and unused spans, stacks).", nil, nil)
	descHeapUsed  = prometheus.NewDesc("nodejs_heap_size_used_bytes", "Process heap size used in bytes: the Go heap's live objects.", nil, nil)
	descExternal  = prometheus.NewDesc("nodejs_external_memory_bytes", "Memory of the Go runtime outside the heap, in bytes.", nil, nil)
	descVersion   = prometheus.NewDesc("nodejs_version_info", "Node.js version info.", []string{"version", "major", "minor", "patch"}, nil)
	descCPUUser   = prometheus.NewDesc("process_cpu_user_seconds_total", "Total user CPU time spent in seconds.", nil, nil)
	descCPUSystem = prometheus.NewDesc("process_cpu_system_seconds_total", "Total system CPU time spent in seconds.", nil, nil)
)

// runtimeCollector reports the process-wide Node series: heap, version, CPU.
type runtimeCollector struct {
	mu      sync.Mutex
	samples []metrics.Sample
	version []string
}

// heap classes of runtime/metrics, in samples' order.
const (
	mObjects = iota
	mUnused
	mFree
	mReleased
	mStacks
	mTotal
)

func newRuntimeCollector() *runtimeCollector {
	c := &runtimeCollector{samples: []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/stacks:bytes"},
		{Name: "/memory/classes/total:bytes"},
	}}
	v := process.Version
	parts := strings.SplitN(strings.TrimPrefix(v, "v"), ".", 3)
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	c.version = []string{v, parts[0], parts[1], parts[2]}
	return c
}

func (c *runtimeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descHeapTotal, descHeapUsed, descExternal, descVersion, descCPUUser, descCPUSystem} {
		ch <- d
	}
}

func (c *runtimeCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	metrics.Read(c.samples)
	var v [mTotal + 1]float64
	for i, s := range c.samples {
		if s.Value.Kind() == metrics.KindUint64 {
			v[i] = float64(s.Value.Uint64())
		}
	}
	c.mu.Unlock()
	heap := v[mObjects] + v[mUnused] + v[mFree] + v[mStacks]
	ch <- gauge(descHeapTotal, heap)
	ch <- gauge(descHeapUsed, v[mObjects])
	ch <- gauge(descExternal, max(0, v[mTotal]-heap-v[mReleased]))
	ch <- gauge(descVersion, 1, c.version...)
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) == nil {
		ch <- counter(descCPUUser, tvSeconds(ru.Utime))
		ch <- counter(descCPUSystem, tvSeconds(ru.Stime))
	}
}

func tvSeconds(tv unix.Timeval) float64 {
	return float64(tv.Sec) + float64(tv.Usec)/1e6
}
