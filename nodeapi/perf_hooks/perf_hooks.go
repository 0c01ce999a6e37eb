// Package perf_hooks is Node's 'perf_hooks' module (a later addition):
// performance.now/timeOrigin/mark/measure, PerformanceObserver for marks
// and measures, monitorEventLoopDelay and createHistogram. The event-loop
// delay monitor samples with an unref'd interval timer, as Node's does with
// a libuv timer. There are no GC entries: goja has no GC events.
package perf_hooks

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed perf_hooks.js
var perfHooksJS string

// Module is the registry entry for 'perf_hooks'.
var Module = modkit.Module{Name: "perf_hooks", JS: modkit.NewScript("perf_hooks.js", perfHooksJS)}
