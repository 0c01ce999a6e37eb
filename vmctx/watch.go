package vmctx

import (
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/poll"
)

// The termination watcher: one goroutine for the process, polling the
// parents of guests that are running now, while there are any. A guest
// whose parent was terminated is interrupted (goja's Interrupt is safe from
// any goroutine).
var watcher = poll.Poller[*watchEntry]{Interval: 20 * time.Millisecond}

type watchEntry struct {
	rt     *goja.Runtime
	parent Parent
}

func watch(rt *goja.Runtime, p Parent) *watchEntry {
	e := &watchEntry{rt: rt, parent: p}
	watcher.Add(e, interruptOrphans)
	return e
}

func unwatch(e *watchEntry) { watcher.Remove(e) }

func interruptOrphans(entries map[*watchEntry]struct{}) {
	for e := range entries {
		if e.parent.Terminated() {
			e.rt.Interrupt(errHostTerminated)
		}
	}
}
