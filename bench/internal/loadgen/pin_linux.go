package loadgen

import (
	"os"
	"runtime"
	"strconv"

	"golang.org/x/sys/unix"
)

// serverCPUs, when not nil, is the CPU set Start runs servers on.
var serverCPUs *unix.CPUSet

// Pin puts the servers that Start runs from now on on CPU 0 and this
// process (the load generator, and a wrk it runs) on the other CPUs, as
// the issues measure ("the server pinned to one core, the load generator
// on the other"). It reports false, and changes nothing, on one CPU.
// Call it from main before starting anything.
func Pin() bool {
	n := runtime.NumCPU()
	if n < 2 {
		return false
	}
	var srv, rest unix.CPUSet
	srv.Set(0)
	for i := 1; i < n; i++ {
		rest.Set(i)
	}
	// Every thread of this process moves; threads made later inherit
	// the mask of the thread that makes them.
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return false
	}
	for _, t := range tasks {
		if tid, err := strconv.Atoi(t.Name()); err == nil {
			_ = unix.SchedSetaffinity(tid, &rest)
		}
	}
	serverCPUs = &srv
	return true
}

// startPinned runs start on a thread of its own whose CPU mask is
// serverCPUs, so that the process it forks inherits that mask.
func startPinned(start func() error) error {
	if serverCPUs == nil {
		return start()
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var old unix.CPUSet
	if err := unix.SchedGetaffinity(0, &old); err != nil {
		return err
	}
	if err := unix.SchedSetaffinity(0, serverCPUs); err != nil {
		return err
	}
	defer unix.SchedSetaffinity(0, &old)
	return start()
}
