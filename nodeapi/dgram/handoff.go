package dgram

import (
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Handing a bound socket to another isolate of this process
// (child_process's send(msg, socket)): the sender parks a duplicate of the
// descriptor under a token, the receiver takes it out by that token and
// adopts it into a new socket. Both then receive on the same socket: the
// kernel gives each datagram to one of them.
var (
	parked    sync.Map // token (int64) → descriptor (int)
	lastToken atomic.Int64
)

func (s *state) installHandoff(set func(string, func(goja.FunctionCall) goja.Value)) {
	rt := s.rt
	// exportHandle(id) → token, or an Error when the socket is not bound
	set("exportHandle", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil || !k.bound || k.fd < 0 {
			return sockError(rt, unix.EBADF, "dup", "", -1)
		}
		fd, err := unix.FcntlInt(uintptr(k.fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return sockError(rt, err, "dup", "", -1)
		}
		t := lastToken.Add(1)
		parked.Store(t, fd)
		return rt.ToValue(t)
	})
	// dropHandle(token) closes a parked descriptor nobody took.
	set("dropHandle", func(call goja.FunctionCall) goja.Value {
		if v, ok := parked.LoadAndDelete(call.Argument(0).ToInteger()); ok {
			unix.Close(v.(int))
		}
		return goja.Undefined()
	})
	// importHandle(token) → [fd, ipv6], or null when the token is unknown
	set("importHandle", func(call goja.FunctionCall) goja.Value {
		v, ok := parked.LoadAndDelete(call.Argument(0).ToInteger())
		if !ok {
			return goja.Null()
		}
		fd := v.(int)
		sa, err := unix.Getsockname(fd)
		if err != nil {
			unix.Close(fd)
			return goja.Null()
		}
		_, v6 := sa.(*unix.SockaddrInet6)
		return rt.ToValue([]any{fd, v6})
	})
	// adopt(id, fd) → null or Error: the socket takes the bound descriptor.
	set("adopt", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		fd := int(call.Argument(1).ToInteger())
		if k == nil || k.fd >= 0 {
			unix.Close(fd)
			return sockError(rt, unix.EBADF, "adopt", "", -1)
		}
		k.fd = fd
		if err := k.start(); err != nil {
			unix.Close(fd)
			k.fd = -1
			return sockError(rt, err, "adopt", "", -1)
		}
		return goja.Null()
	})
}
