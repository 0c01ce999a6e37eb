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
var memWatcher = poller[*memEntry]{interval: time.Millisecond}

// memGCBusy is set while memCollect runs; guarded by memWatcher's lock.
var memGCBusy bool

type memEntry struct {
	rt    *goja.Runtime
	limit uint64
	start uint64 // heap bytes (live and not yet swept) when the run began
	live  uint64 // live heap bytes as of the last collection before that
	val   *memoryValue
}

// memoryValue is the interrupt value of a run over its memory budget.
type memoryValue struct{ limit int }

var (
	samplesMu   sync.Mutex
	heapSamples = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
)

// heapBytes is the heap held by objects, live or not yet swept, and the
// live heap as of the last collection.
func heapBytes() (objects, live uint64) {
	samplesMu.Lock()
	defer samplesMu.Unlock()
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
	e := &memEntry{rt: rt, limit: uint64(limit), val: &memoryValue{limit}}
	e.start, e.live = heapBytes()
	memWatcher.add(e, sampleMemory)
	return e
}

func unwatchMemory(e *memEntry) { memWatcher.remove(e) }

// sampleMemory is the watcher's tick: interrupt the guests past twice their
// budget, and start a collection when one is past its budget.
func sampleMemory(entries map[*memEntry]struct{}) {
	h, _ := heapBytes()
	collect := false
	for e := range entries {
		switch g := growth(h, e.start); {
		case g > 2*e.limit:
			e.rt.Interrupt(e.val)
		case g > e.limit:
			collect = true
		}
	}
	if collect && !memGCBusy {
		memGCBusy = true
		go memCollect()
	}
}

// memCollect collects garbage, then interrupts the guests still over
// their budget.
func memCollect() {
	runtime.GC()
	memWatcher.locked(func(entries map[*memEntry]struct{}) {
		h, _ := heapBytes()
		for e := range entries {
			if growth(h, e.live) > e.limit {
				e.rt.Interrupt(e.val)
			}
		}
		memGCBusy = false
	})
}

// growth is h - base, or 0.
func growth(h, base uint64) uint64 {
	if h <= base {
		return 0
	}
	return h - base
}
