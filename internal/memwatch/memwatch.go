// Package memwatch enforces memory budgets by sampling the process heap:
// goja has no allocation hooks, so a run with a budget (a vm context's
// Options.MaxMemory, an isolate's callback under isolate.Options.MaxMemory)
// is watched every millisecond while it runs. When the heap grew past the
// budget since the run began, a collection starts (the runs keep going);
// if, once it is done, the heap exceeds the live heap of the collection
// before the run by more than the budget, the run is stopped. A run whose
// heap growth reaches twice its budget before that is stopped at once:
// garbage made faster than the collector can reclaim it counts too.
// Allocations of other goroutines made meanwhile count against the running
// budgets.
//
//	w := memwatch.Watch(64<<20, func() { rt.Interrupt(errTooBig) })
//	v, err := rt.RunProgram(prg) // interrupted if it grows the heap by 64 MiB
//	memwatch.Unwatch(w)
//
// Watch and Unwatch may be called from any goroutine; exceed runs on the
// watcher's goroutine, at most once per Entry, and must not block.
package memwatch

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/isonode/isonode/internal/poll"
)

// Entry is one watched run.
type Entry struct {
	limit  uint64
	start  uint64 // heap bytes (live and not yet swept) when the run began
	live   uint64 // live heap bytes as of the last collection before that
	exceed func()
	fired  bool                 // guarded by the lock of w
	w      *poll.Poller[*Entry] // watcher or slowWatcher
}

var (
	// watcher samples the runs of Watch every millisecond, slowWatcher
	// those of WatchSlowly every 100.
	watcher     = poll.Poller[*Entry]{Interval: time.Millisecond}
	slowWatcher = poll.Poller[*Entry]{Interval: 100 * time.Millisecond}
	gcBusy      atomic.Bool // set while collect runs

	samplesMu sync.Mutex
	samples   = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
)

// HeapBytes is the heap held by objects, live or not yet swept, and the
// live heap as of the last collection.
func HeapBytes() (objects, live uint64) {
	samplesMu.Lock()
	defer samplesMu.Unlock()
	metrics.Read(samples)
	v := func(i int) uint64 {
		if samples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return samples[i].Value.Uint64()
	}
	return v(0), v(1)
}

// Watch starts watching a run with a budget of limit bytes; exceed stops
// it.
func Watch(limit uint64, exceed func()) *Entry { return watchWith(&watcher, limit, exceed) }

// WatchSlowly is Watch for a run already known to be long, sampled every
// 100 ms: fewer wake-ups (a wake-up every millisecond costs a busy
// isolate some of its cache), for a later stop (some hundreds of
// megabytes past the budget, at the rate goja allocates).
func WatchSlowly(limit uint64, exceed func()) *Entry {
	return watchWith(&slowWatcher, limit, exceed)
}

func watchWith(w *poll.Poller[*Entry], limit uint64, exceed func()) *Entry {
	e := &Entry{limit: limit, exceed: exceed, w: w}
	e.start, e.live = HeapBytes()
	w.Add(e, sample)
	return e
}

// Unwatch ends the watch of a run.
func Unwatch(e *Entry) { e.w.Remove(e) }

func (e *Entry) stop() {
	if !e.fired {
		e.fired = true
		e.exceed()
	}
}

// sample is the watcher's tick: stop the runs past twice their budget, and
// start a collection when one is past its budget.
func sample(entries map[*Entry]struct{}) {
	h, _ := HeapBytes()
	needGC := false
	for e := range entries {
		switch g := growth(h, e.start); {
		case g > 2*e.limit:
			e.stop()
		case g > e.limit:
			needGC = true
		}
	}
	if needGC && gcBusy.CompareAndSwap(false, true) {
		go collect()
	}
}

// collect collects garbage, then stops the runs still over their budget.
func collect() {
	runtime.GC()
	h, _ := HeapBytes()
	for _, w := range []*poll.Poller[*Entry]{&watcher, &slowWatcher} {
		w.Locked(func(entries map[*Entry]struct{}) {
			for e := range entries {
				if growth(h, e.live) > e.limit {
					e.stop()
				}
			}
		})
	}
	gcBusy.Store(false)
}

// growth is h - base, or 0.
func growth(h, base uint64) uint64 {
	if h <= base {
		return 0
	}
	return h - base
}
