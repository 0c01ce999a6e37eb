package net

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Reads and writes of the non-blocking sockets use raw system calls: they
// never block, so telling Go's scheduler about them (entersyscall /
// exitsyscall) only costs time, and a call that outlives a sysmon tick
// gets the loop's P handed to another thread (futex wake-ups and thread
// switches on every busy request).

// maxIovecs bounds one writev (the kernel's IOV_MAX).
const maxIovecs = 1024

func rawRead(fd int, p []byte) (int, error)  { return rawIO(unix.SYS_READ, fd, p) }
func rawWrite(fd int, p []byte) (int, error) { return rawIO(unix.SYS_WRITE, fd, p) }

// rawIO is read(2) or write(2) (trap) of p on fd.
func rawIO(trap uintptr, fd int, p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, _, e := unix.RawSyscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// rawWritev writes bufs (at most maxIovecs of them are passed to one call).
func rawWritev(fd int, bufs [][]byte) (int, error) {
	var small [8]unix.Iovec
	iovs := small[:0]
	for _, b := range bufs {
		if len(b) == 0 {
			continue
		}
		if len(iovs) == maxIovecs {
			break
		}
		v := unix.Iovec{Base: &b[0]}
		v.SetLen(len(b))
		iovs = append(iovs, v)
	}
	if len(iovs) == 0 {
		return 0, nil
	}
	n, _, e := unix.RawSyscall(unix.SYS_WRITEV, uintptr(fd), uintptr(unsafe.Pointer(&iovs[0])), uintptr(len(iovs)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}
