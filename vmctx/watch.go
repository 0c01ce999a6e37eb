package vmctx

import (
	"sync"
	"time"

	"github.com/dop251/goja"
)

// The termination watcher: one goroutine for the process, polling the
// parents of guests that are running now, while there are any. A guest
// whose parent was terminated is interrupted (goja's Interrupt is safe from
// any goroutine).
var watcher struct {
	mu      sync.Mutex
	entries map[*watchEntry]struct{}
	running bool
}

type watchEntry struct {
	rt     *goja.Runtime
	parent Parent
}

const watchInterval = 20 * time.Millisecond

func watch(rt *goja.Runtime, p Parent) *watchEntry {
	e := &watchEntry{rt: rt, parent: p}
	watcher.mu.Lock()
	if watcher.entries == nil {
		watcher.entries = make(map[*watchEntry]struct{})
	}
	watcher.entries[e] = struct{}{}
	if !watcher.running {
		watcher.running = true
		go watchLoop()
	}
	watcher.mu.Unlock()
	return e
}

func unwatch(e *watchEntry) {
	watcher.mu.Lock()
	delete(watcher.entries, e)
	watcher.mu.Unlock()
}

func watchLoop() {
	t := time.NewTicker(watchInterval)
	defer t.Stop()
	for range t.C {
		watcher.mu.Lock()
		if len(watcher.entries) == 0 {
			watcher.running = false
			watcher.mu.Unlock()
			return
		}
		for e := range watcher.entries {
			if e.parent.Terminated() {
				e.rt.Interrupt(errHostTerminated)
			}
		}
		watcher.mu.Unlock()
	}
}
