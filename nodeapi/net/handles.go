package net

import (
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// ---- handle passing: child_process send(msg, socket|server) ----
//
// Forked isolates live in this process, so a handle crosses as a
// descriptor: exportHandle dup(2)s the socket's descriptor into a
// process-wide table under a token (a number the JSON message carries),
// and importHandle, in the receiving isolate, takes it out and registers it
// with that isolate's reactor as an ordinary socket (a listener for a
// server: both isolates then accept on the same listening socket, each
// with its own descriptor). The sender closes its own socket afterwards
// unless keepOpen (child_process.js does that).

type transfer struct {
	fd       int
	listener bool
	kind     string // newSock kind of the imported socket
	path     string // a pipe server's path (for address())
}

var (
	transferMu   sync.Mutex
	transfers    = map[int64]transfer{}
	nextTransfer int64
)

// dupFd duplicates fd, close-on-exec.
func dupFd(fd int) (int, error) {
	return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
}

// exportSock puts a duplicate of k's descriptor in the table. Loop goroutine.
func (s *state) exportSock(k *sock) (int64, error) {
	var nfd int
	var err error
	switch {
	case k.shared() != nil:
		rc, rerr := k.x.shared.file.SyscallConn()
		if rerr != nil {
			return 0, rerr
		}
		if cerr := rc.Control(func(fd uintptr) { nfd, err = dupFd(int(fd)) }); cerr != nil {
			return 0, cerr
		}
	case k.fd < 0 || k.closed || k.connecting:
		return 0, unix.EBADF
	default:
		nfd, err = dupFd(k.fd)
	}
	if err != nil {
		return 0, err
	}
	t := transfer{fd: nfd, listener: k.listener, kind: k.handle.Kind()}
	if k.listener {
		t.path = k.unixPath()
	}
	transferMu.Lock()
	nextTransfer++
	tok := nextTransfer
	transfers[tok] = t
	transferMu.Unlock()
	return tok, nil
}

func takeTransfer(tok int64) (transfer, bool) {
	transferMu.Lock()
	defer transferMu.Unlock()
	t, ok := transfers[tok]
	delete(transfers, tok)
	return t, ok
}

// installHandles adds exportHandle, importHandle and dropHandle to the
// binding.
func (s *state) installHandles(b *goja.Object) {
	rt := s.rt
	// exportHandle(id) → token; throws Node's error.
	_ = b.Set("exportHandle", func(call goja.FunctionCall) goja.Value {
		k := s.get(call.Argument(0))
		tok, err := s.exportSock(k)
		if err != nil {
			panic(sockError(rt, err, "send", "", -1))
		}
		return rt.ToValue(tok)
	})
	// importHandle(token) → [id, pipePath|null], or null when the token is
	// unknown.
	_ = b.Set("importHandle", func(call goja.FunctionCall) goja.Value {
		t, ok := takeTransfer(call.Argument(0).ToInteger())
		if !ok {
			return goja.Null()
		}
		k, err := s.newSock(t.fd, t.kind, false)
		if err != nil {
			unix.Close(t.fd)
			panic(sockError(rt, err, "accept", "", -1))
		}
		k.listener = t.listener
		k.mayRead = !t.listener
		var path goja.Value = goja.Null()
		if t.listener && t.path != "" {
			path = rt.ToValue(t.path)
			k.ext().unixPath = t.path
			// the sender's listener owns the path: only it unlinks it
			k.x.imported = true
		}
		if t.listener {
			// a listener may already have connections waiting
			k.postContinue()
		}
		return rt.NewArray(k.id, path)
	})
	// dropHandle(token): closes a descriptor no isolate took.
	_ = b.Set("dropHandle", func(call goja.FunctionCall) goja.Value {
		if t, ok := takeTransfer(call.Argument(0).ToInteger()); ok {
			unix.Close(t.fd)
		}
		return goja.Undefined()
	})
}

// TakeTransferFd removes the handle parked under token (by _exportHandle)
// and returns its descriptor, which the caller then owns: child_process
// sends it to an OS process as SCM_RIGHTS. Any goroutine.
func TakeTransferFd(token int64) (int, bool) {
	t, ok := takeTransfer(token)
	return t.fd, ok
}
