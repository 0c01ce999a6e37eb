package memwatch

import (
	"sync"

	"golang.org/x/sys/unix"
)

// maxHeapLimit caps HeapLimit: V8's heap limit on 64-bit machines.
const maxHeapLimit = 4 << 30

var heapLimit = sync.OnceValue(func() uint64 {
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil || si.Totalram == 0 {
		return maxHeapLimit
	}
	return min(uint64(si.Totalram)*uint64(si.Unit)/4, maxHeapLimit)
})

// HeapLimit is the heap size V8 would allow a JS heap on this machine: a
// quarter of the physical memory, at most 4 GiB (Node v20 here: 4144 MiB
// of 24 GiB). It is an isolate's default memory budget, so that runaway
// code (`while (true) s += s`) is stopped before it takes the machine's
// memory from every other isolate. Any goroutine.
func HeapLimit() uint64 { return heapLimit() }
