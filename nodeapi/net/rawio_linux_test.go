package net

import (
	"bytes"
	"testing"

	"golang.org/x/sys/unix"
)

func TestRawWritevPassesAtMostIOVMaxBuffers(t *testing.T) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fds[0])
	defer unix.Close(fds[1])
	bufs := make([][]byte, 3*maxIovecs)
	var want []byte
	for i := range bufs {
		bufs[i] = []byte{byte(i)}
		want = append(want, byte(i))
	}
	var got []byte
	rest := bufs
	for len(rest) > 0 {
		n, err := rawWritev(fds[0], rest)
		if err != nil {
			t.Fatal(err)
		}
		if n > maxIovecs {
			t.Fatalf("one writev wrote %d one-byte buffers, more than %d", n, maxIovecs)
		}
		rest = advance(rest, n)
		buf := make([]byte, 4096)
		m, _ := rawRead(fds[1], buf)
		got = append(got, buf[:m]...)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("read %d bytes, want %d in order", len(got), len(want))
	}
}

func TestRawIOReportsErrnoOfAClosedPeer(t *testing.T) {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fds[0])
	if n, err := rawRead(fds[0], make([]byte, 8)); err != unix.EAGAIN || n != 0 {
		t.Errorf("read with nothing sent: %d, %v; want EAGAIN", n, err)
	}
	unix.Close(fds[1])
	if _, err := rawWrite(fds[0], []byte("x")); err != unix.EPIPE {
		t.Errorf("write to a closed peer: %v, want EPIPE", err)
	}
	if n, err := rawRead(fds[0], make([]byte, 8)); err != nil || n != 0 {
		t.Errorf("read after the peer closed: %d, %v; want 0 (EOF)", n, err)
	}
}
