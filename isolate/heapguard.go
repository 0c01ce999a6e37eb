package isolate

import (
	"time"

	"github.com/isonode/isonode/internal/memwatch"
	"github.com/isonode/isonode/internal/poll"
)

// The default memory budget (Options.MaxMemory 0) stops a runaway callback
// (`while (true) a.push(new Array(1e5))`) where Node would hit its heap
// limit, so that it ends its isolate with a *MemoryLimitError (Node's
// FATAL ERROR, exit status 134; a forked child's SIGABRT) instead of
// taking the process, and every other isolate in it, to the OOM killer.
//
// Watching every callback would cost each one a heap reading (~0.5 µs, a
// few percent of a TCP echo), and frequent wake-ups cost a busy isolate
// its cache (a poller every 10 ms and memwatch's every millisecond made
// 1 MiB Buffer.concat 10% slower). Runaways are long callbacks, so one
// poller looks at the guarded isolates every longCallback: an isolate
// found in the same callback as at the previous look has that callback
// watched by memwatch.WatchSlowly from then on, with memwatch.HeapLimit()
// as its budget, until it returns. Heap growth in the first longCallback
// of a callback is not counted (at most some hundreds of megabytes).
const longCallback = 100 * time.Millisecond

var guarded = poll.Poller[*Isolate]{Interval: longCallback}

// defaultBudget is the default budget (a variable for tests).
var defaultBudget = memwatch.HeapLimit

// heapGuard is one isolate's state in the poller: the callback seen at the
// last look (its clock.jsSince, 0 for none) and its memwatch entry, if it
// is being watched. Only the poller's tick touches it, with the poller's
// lock held (unguardHeap too).
type heapGuard struct {
	seen  int64
	entry *memwatch.Entry
}

// guardHeap puts iso under the default budget. Run calls it.
func guardHeap(iso *Isolate) { guarded.Add(iso, lookForLongCallbacks) }

// unguardHeap takes iso out, when its Run ends.
func unguardHeap(iso *Isolate) {
	guarded.Locked(func(isos map[*Isolate]struct{}) {
		delete(isos, iso)
		iso.heapGuard.stopWatching()
	})
}

// lookForLongCallbacks is the poller's tick.
func lookForLongCallbacks(isos map[*Isolate]struct{}) {
	for iso := range isos {
		g := &iso.heapGuard
		cb := iso.clock.jsSince.Load()
		switch {
		case cb == 0 || cb != g.seen:
			// idle, or another callback than at the last look
			g.stopWatching()
			g.seen = cb
		case g.entry == nil:
			limit := defaultBudget()
			g.entry = memwatch.WatchSlowly(limit, func() {
				iso.stats.LimitViolations.Add(1)
				iso.terminateWith(&MemoryLimitError{Limit: int64(limit)})
			})
		}
	}
}

func (g *heapGuard) stopWatching() {
	if g.entry != nil {
		memwatch.Unwatch(g.entry)
		g.entry = nil
	}
}
