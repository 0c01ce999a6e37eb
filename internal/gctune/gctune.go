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
	"time"
)

// basePercent is the GOGC proportion kept for large heaps.
const basePercent = 100

// heapMinimum is the Go runtime's smallest heap goal at GOGC=100; it
// scales with GOGC (4 MiB × GOGC/100), so a large GOGC raises it too.
const heapMinimum = 4 << 20

// goalFor is the heap goal for a live heap of live bytes (0: not
// measured yet) when the last goal was last (0: none): live+headroom, or
// GOGC's own proportion (twice live) when that is more. A goal lower than
// the last one by less than a quarter keeps the last one, so that the
// goal does not follow the live heap's small swings down and up. The Go
// runtime's scavenger returns to the OS the memory that a lower goal no
// longer covers, and the heap then faults it back in when the goal rises
// again: with 1 MiB buffers made and dropped in a loop that was ~50,000
// page faults a second, a fifth of the time of a Buffer#toString.
//
//	goalFor(12<<20, 64<<20, 0)        // 76 MiB
//	goalFor(12<<20, 64<<20, 81<<20)   // 81 MiB: 76 is within a quarter of 81
//	goalFor(1<<20, 64<<20, 200<<20)   // 65 MiB: the live heap fell a long way
func goalFor(live, headroom, last uint64) uint64 {
	goal := max(live+headroom, live*(100+basePercent)/100)
	if goal < last && goal >= last-last/4 {
		goal = last
	}
	return goal
}

// percentFor is the GOGC that puts the next collection at goal bytes for a
// live heap of live bytes (0: not measured yet). The Go runtime's goal is
// max(heapMinimum×GOGC/100, live×(1+GOGC/100)): both terms are kept at or
// under goal, one of them at goal, and GOGC never below basePercent.
//
//	percentFor(1<<20, 65<<20)    // 1625: the goal is 65 MiB, set by the minimum
//	percentFor(16<<20, 80<<20)   // 400
//	percentFor(1<<30, 2<<30)     // 100: GOGC's own proportion
func percentFor(live, goal uint64) int64 {
	p := goal * 100 / heapMinimum
	if live > 0 && live < goal {
		p = min(p, (goal-live)*100/live)
	}
	return int64(max(p, basePercent))
}

// Collections closer together than fastCycle double the headroom, up to
// twice the one given to Start; collections further apart than slowCycle
// halve it again, down to that one. So a program that allocates large
// Buffers in a loop (1 MiB each at ~10 GB/s: ~150 collections a second
// with 64 MiB, each marking the whole live heap) collects half as often,
// as V8 grows its young generation for such a program, while one that
// allocates little keeps the smaller heap. Twice, not more: 4x measured
// little faster than 2x on 1 MiB Buffer codecs and concat, and costs RSS.
const (
	fastCycle   = 50 * time.Millisecond
	slowCycle   = time.Second
	maxHeadroom = 2 // × the headroom given to Start
)

// nextHeadroom is the headroom after a collection that came interval
// after the one before (0: the first): cur doubled when the collections
// come fast, halved when they come slowly, within [base, maxHeadroom×base].
//
//	nextHeadroom(64<<20, 64<<20, 20*time.Millisecond)  // 128 MiB
//	nextHeadroom(128<<20, 64<<20, 20*time.Millisecond) // 128 MiB: the most
//	nextHeadroom(128<<20, 64<<20, 3*time.Second)       // 64 MiB
func nextHeadroom(cur, base uint64, interval time.Duration) uint64 {
	switch {
	case interval <= 0:
		return cur
	case interval < fastCycle:
		return min(cur*2, base*maxHeadroom)
	case interval > slowCycle:
		return max(cur/2, base)
	}
	return cur
}

// Start makes every collection wait for at least headroom bytes of new
// allocation (more for a program whose collections come fast, see
// nextHeadroom).
func Start(headroom uint64) {
	t := newTuner(headroom)
	t.adjust()
	t.arm()
}

type tuner struct {
	base     uint64       // the headroom given to Start
	headroom uint64       // the headroom now (finalizer goroutine only)
	goal     uint64       // the heap goal set last (finalizer goroutine only)
	lastGC   time.Time    // when adjust last ran after a collection
	percent  atomic.Int64 // the GOGC set last (written on the finalizer goroutine)
	sample   []metrics.Sample
}

func newTuner(headroom uint64) *tuner {
	t := &tuner{base: headroom, headroom: headroom, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
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
		s.t.collected(time.Now())
		s.t.adjust()
		s.t.arm()
	})
}

// collected notes a collection seen at now, for the headroom.
func (t *tuner) collected(now time.Time) {
	if !t.lastGC.IsZero() {
		t.headroom = nextHeadroom(t.headroom, t.base, now.Sub(t.lastGC))
	}
	t.lastGC = now
}

// adjust sets GOGC from the live heap of the last collection.
func (t *tuner) adjust() {
	metrics.Read(t.sample)
	live := uint64(0)
	if t.sample[0].Value.Kind() == metrics.KindUint64 {
		live = t.sample[0].Value.Uint64()
	}
	t.goal = goalFor(live, t.headroom, t.goal)
	// The runtime computes the goal from GOGC and the live heap, so GOGC
	// changes whenever the live heap does, even for the same goal;
	// setting it is cheap (no stop of the world) and done once a cycle.
	if p := percentFor(live, t.goal); p != t.percent.Load() {
		debug.SetGCPercent(int(p))
		t.percent.Store(p)
	}
}
