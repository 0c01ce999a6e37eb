package main

import (
	"os"
	"strings"
	"unsafe"
)

// argvArea is the memory of the OS process's original argv strings, one
// contiguous block that /proc/<pid>/cmdline (ps's "args") shows; nil when
// they are not contiguous. os.Args is re-pointed at copies first, so that
// overwriting the block changes nothing Go code reads.
var argvArea = func() []byte {
	if len(os.Args) == 0 {
		return nil
	}
	start := unsafe.StringData(os.Args[0])
	if start == nil {
		return nil
	}
	n := 0
	for _, a := range os.Args {
		p := unsafe.StringData(a)
		if p == nil || uintptr(unsafe.Pointer(p)) != uintptr(unsafe.Pointer(start))+uintptr(n) {
			return nil
		}
		n += len(a) + 1
	}
	for i := range os.Args {
		os.Args[i] = strings.Clone(os.Args[i])
	}
	return unsafe.Slice(start, n)
}()

// setProcTitle makes title the OS process's title, as Node's
// process.title setter does: it overwrites the argv block (a longer title
// is cut to fit) and the name of the process's main thread (15 bytes,
// ps's "comm"). Called on the main isolate's loop goroutine.
func setProcTitle(title string) {
	if argvArea != nil {
		n := copy(argvArea[:len(argvArea)-1], title)
		clear(argvArea[n:])
	}
	name := title
	if len(name) > 15 {
		name = name[:15]
	}
	_ = os.WriteFile("/proc/self/comm", []byte(name), 0)
}
