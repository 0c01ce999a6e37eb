package vmctx

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// The memory watcher: goja has no allocation hooks, so a guest's memory
// budget (Options.MaxMemory) is enforced by sampling the process heap every
// millisecond while budgeted guests run. When the heap grew past a guest's
// budget since its run began, a collection starts (the guests keep
// running); if, once it is done, the heap exceeds the live heap of the
// collection before the run by more than the budget, the guest is
// interrupted. A guest whose heap growth reaches twice its budget
// before that is interrupted at once: garbage made faster than the
// collector can reclaim it counts too. Allocations of other goroutines made
// meanwhile count against the running guests.
var memWatcher struct {
	mu      sync.Mutex
	entries map[*memEntry]struct{}
	running bool
	gcBusy  bool
}

type memEntry struct {
	rt    *goja.Runtime
	limit uint64
	start uint64 // heap bytes (live and not yet swept) when the run began
	live  uint64 // live heap bytes as of the last collection before that
	val   *memoryValue
}

// memoryValue is the interrupt value of a run over its memory budget.
type memoryValue struct{ limit int }

const memSampleInterval = time.Millisecond

var heapSamples = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}

// heapBytes is the heap held by objects, live or not yet swept, and the
// live heap as of the last collection. Callers hold memWatcher.mu (the
// samples are shared).
func heapBytes() (objects, live uint64) {
	metrics.Read(heapSamples)
	v := func(i int) uint64 {
		if heapSamples[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return heapSamples[i].Value.Uint64()
	}
	return v(0), v(1)
}

func watchMemory(rt *goja.Runtime, limit int) *memEntry {
	memWatcher.mu.Lock()
	defer memWatcher.mu.Unlock()
	e := &memEntry{rt: rt, limit: uint64(limit), val: &memoryValue{limit}}
	e.start, e.live = heapBytes()
	if memWatcher.entries == nil {
		memWatcher.entries = make(map[*memEntry]struct{})
	}
	memWatcher.entries[e] = struct{}{}
	if !memWatcher.running {
		memWatcher.running = true
		go memLoop()
	}
	return e
}

func unwatchMemory(e *memEntry) {
	memWatcher.mu.Lock()
	delete(memWatcher.entries, e)
	memWatcher.mu.Unlock()
}

func memLoop() {
	t := time.NewTicker(memSampleInterval)
	defer t.Stop()
	for range t.C {
		memWatcher.mu.Lock()
		if len(memWatcher.entries) == 0 {
			memWatcher.running = false
			memWatcher.mu.Unlock()
			return
		}
		h, _ := heapBytes()
		collect := false
		for e := range memWatcher.entries {
			switch g := growth(h, e.start); {
			case g > 2*e.limit:
				e.rt.Interrupt(e.val)
			case g > e.limit:
				collect = true
			}
		}
		if collect && !memWatcher.gcBusy {
			memWatcher.gcBusy = true
			go memCollect()
		}
		memWatcher.mu.Unlock()
	}
}

// memCollect collects garbage, then interrupts the guests still over
// their budget.
func memCollect() {
	runtime.GC()
	memWatcher.mu.Lock()
	h, _ := heapBytes()
	for e := range memWatcher.entries {
		if growth(h, e.live) > e.limit {
			e.rt.Interrupt(e.val)
		}
	}
	memWatcher.gcBusy = false
	memWatcher.mu.Unlock()
}

// growth is h - base, or 0.
func growth(h, base uint64) uint64 {
	if h <= base {
		return 0
	}
	return h - base
}
