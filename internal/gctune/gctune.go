// Package gctune paces Go's garbage collector for a runtime whose heap is
// usually small. With GOGC=100 a server whose live heap is 4 MiB collects
// every 4 MiB of allocation: at 15 KB per HTTP request that is a
// collection every ~270 requests, and marking and sweeping then costs
// about a tenth of the process's CPU. V8 gives a small heap tens of
// megabytes of young generation before it collects; Start does the same
// for Go: the next collection comes when the heap has grown by
// max(GOGC% of the live heap, headroom). A large live heap keeps GOGC's
// proportion (and a memory limit set with GOMEMLIMIT or
// debug.SetMemoryLimit still makes the collector work harder near it).
//
//	func main() {
//		if os.Getenv("GOGC") == "" { // a user's GOGC wins
//			gctune.Start(64 << 20)
//		}
//		...
//	}
//
// Start may be called once, from any goroutine; the pacing is adjusted
// after every collection on the runtime's finalizer goroutine.
package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// basePercent is the GOGC proportion kept for large heaps.
const basePercent = 100

// heapMinimum is the Go runtime's smallest heap goal at GOGC=100; it
// scales with GOGC (4 MiB × GOGC/100), so a large GOGC raises it too.
const heapMinimum = 4 << 20

// percentFor is the GOGC that puts the next collection about headroom
// bytes past a live heap of live bytes (0: not measured yet). The Go
// runtime's goal is max(heapMinimum×GOGC/100, live×(1+GOGC/100)): both
// terms are kept near live+headroom, and never below basePercent.
//
//	percentFor(1<<20, 64<<20)   // 1625: the goal is ~65 MiB, set by the minimum
//	percentFor(16<<20, 64<<20)  // 400: the goal is 80 MiB
//	percentFor(1<<30, 64<<20)   // 100: GOGC's own proportion
func percentFor(live, headroom uint64) int64 {
	p := (live + headroom) * 100 / heapMinimum
	if live > 0 {
		p = min(p, headroom*100/live)
	}
	return int64(max(p, basePercent))
}

// Start makes every collection wait for at least headroom bytes of new
// allocation.
func Start(headroom uint64) {
	t := newTuner(headroom)
	t.adjust()
	t.arm()
}

type tuner struct {
	headroom uint64
	percent  atomic.Int64 // the GOGC set last (written on the finalizer goroutine)
	sample   []metrics.Sample
}

func newTuner(headroom uint64) *tuner {
	t := &tuner{headroom: headroom, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	t.percent.Store(basePercent)
	return t
}

// sentinel is allocated for each cycle; its finalizer runs after the
// first collection that finds it unreachable. (It holds a pointer so that
// it is not a tiny allocation, whose finalizer may never run.)
type sentinel struct {
	t *tuner
	_ [8]byte
}

func (t *tuner) arm() {
	s := &sentinel{t: t}
	runtime.SetFinalizer(s, func(s *sentinel) {
		s.t.adjust()
		s.t.arm()
	})
}

// adjust sets GOGC from the live heap of the last collection.
func (t *tuner) adjust() {
	metrics.Read(t.sample)
	live := uint64(0)
	if t.sample[0].Value.Kind() == metrics.KindUint64 {
		live = t.sample[0].Value.Uint64()
	}
	p := percentFor(live, t.headroom)
	// Changing GOGC recomputes the heap goal; skip changes under 10%.
	cur := t.percent.Load()
	if d := p - cur; d*10 > cur || -d*10 > cur {
		debug.SetGCPercent(int(p))
		t.percent.Store(p)
	}
}
