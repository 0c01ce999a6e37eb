// Package dgram is Node's 'dgram' module (UDP sockets).
//
// Go does the sockets: non-blocking, close-on-exec UDP descriptors from
// golang.org/x/sys/unix, created when the socket is bound (as libuv does
// for a socket of unspecified family) and registered edge-triggered with
// the process-wide epoll reactor (reactor.DefaultReactor). On readiness the
// loop goroutine reads datagrams until EAGAIN (yielding to the loop after
// a budget), each one handed to JS as its own Buffer (buffer.New over a
// fresh slice of its exact size). Sends go to the kernel at once; a send
// the kernel refuses with EAGAIN waits in a queue for EPOLLOUT.
//
// dgram.js builds the API on the binding, which names sockets by number.
// Go calls back into JS through functions dgram.js installs with setup:
//
//	onmessage(owner, buf, address, family, port)
//	onerror(owner, err)           a receive failed (e.g. ICMP unreachable on a connected socket)
//
// and a queued send's own callback, cb(err, bytes).
package dgram

import (
	_ "embed"
	"net/netip"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
	"golang.org/x/sys/unix"
)

//go:embed dgram.js
var dgramJS string

// Module is the registry entry for 'dgram'.
var Module = modkit.Module{Name: "dgram", Native: native, JS: modkit.NewScript("dgram.js", dgramJS)}

const (
	maxDatagram = 64 << 10 // largest UDP payload read at once
	recvBudget  = 64       // datagrams per readiness event before yielding
)

// state is one isolate's dgram binding. Loop goroutine only.
type state struct {
	c       *modkit.Context
	rt      *goja.Runtime
	iso     *isolate.Isolate
	reactor *reactor.Reactor
	socks   map[int64]*usock
	nextID  int64
	buf     []byte // read space, reused: each datagram is copied out

	onmessage, onerror goja.Callable
}

// pending is a send the kernel did not take yet.
type pending struct {
	bufs [][]byte
	to   unix.Sockaddr
	size int
	cb   goja.Callable
}

// usock is one UDP socket. Loop goroutine only.
type usock struct {
	s          *state
	id         int64
	ipv6       bool
	reuseAddr  bool
	ipv6Only   bool
	recvSize   int
	sendSize   int
	fd         int  // -1 until bind() (see open)
	bound      bool // bind(2) done
	reg        *reactor.Registration
	handle     *isolate.Handle
	unref      bool
	owner      goja.Value
	closed     bool
	contPosted bool
	queue      []pending
}

func native(c *modkit.Context) (*goja.Object, error) {
	r, err := reactor.DefaultReactor()
	if err != nil {
		return nil, err
	}
	s := &state{c: c, rt: c.RT, iso: c.Iso, reactor: r, socks: make(map[int64]*usock)}
	b := c.RT.NewObject()
	s.install(b)
	return b, nil
}

func (s *state) sock(v goja.Value) *usock { return s.socks[v.ToInteger()] }

func (s *state) install(b *goja.Object) {
	rt := s.rt
	undef := goja.Undefined()
	null := goja.Null()
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	errOrNull := func(err error, syscall string) goja.Value {
		if err != nil {
			return sockError(rt, err, syscall, "", -1)
		}
		return null
	}

	set("setup", func(call goja.FunctionCall) goja.Value {
		s.onmessage, _ = goja.AssertFunction(call.Argument(0))
		s.onerror, _ = goja.AssertFunction(call.Argument(1))
		return undef
	})
	// create(owner, ipv6, reuseAddr, ipv6Only, recvBufferSize, sendBufferSize) → id
	set("create", func(call goja.FunctionCall) goja.Value {
		s.nextID++
		k := &usock{s: s, id: s.nextID, fd: -1, owner: call.Argument(0),
			ipv6: call.Argument(1).ToBoolean(), reuseAddr: call.Argument(2).ToBoolean(),
			ipv6Only: call.Argument(3).ToBoolean(),
			recvSize: int(call.Argument(4).ToInteger()), sendSize: int(call.Argument(5).ToInteger())}
		s.socks[k.id] = k
		return rt.ToValue(k.id)
	})
	// open(id) → null or Error: the descriptor, before bind's lookup.
	set("open", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil {
			return sockError(rt, unix.EBADF, "open", "", -1)
		}
		return errOrNull(k.open(), "open")
	})
	s.installHandoff(set)
	// bind(id, ip, port) → null or Error
	set("bind", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		ip := call.Argument(1).String()
		port := int(call.Argument(2).ToInteger())
		if k == nil {
			return sockError(rt, unix.EBADF, "bind", ip, port)
		}
		if err := k.bind(ip, port); err != nil {
			return sockError(rt, err, "bind", ip, port)
		}
		return null
	})
	// send(id, [bufs], port, ip, cb) → bytes sent, an Error, or -1 when
	// queued (cb(err, bytes) runs later). ip "" sends on a connected socket.
	set("send", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		port := int(call.Argument(2).ToInteger())
		ip := call.Argument(3).String()
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, "send", ip, port)
		}
		arr := call.Argument(1).ToObject(rt)
		n := int(arr.Get("length").ToInteger())
		bufs := make([][]byte, 0, n)
		size := 0
		for i := 0; i < n; i++ {
			d, _ := buffer.Bytes(rt, arr.Get(strconv.Itoa(i)))
			bufs = append(bufs, d)
			size += len(d)
		}
		var to unix.Sockaddr
		if ip != "" {
			var err error
			if to, err = k.sockaddr(ip, port); err != nil {
				return sockError(rt, err, "send", ip, port)
			}
		}
		cb, _ := goja.AssertFunction(call.Argument(4))
		if len(k.queue) > 0 {
			k.queue = append(k.queue, pending{bufs: bufs, to: to, size: size, cb: cb})
			return rt.ToValue(-1)
		}
		err := k.sendNow(bufs, to)
		if err == unix.EAGAIN {
			k.queue = append(k.queue, pending{bufs: bufs, to: to, size: size, cb: cb})
			return rt.ToValue(-1)
		}
		if err != nil {
			return sockError(rt, err, "send", ip, port)
		}
		return rt.ToValue(size)
	})
	// connect(id, ip, port) → null or Error
	set("connect", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		ip := call.Argument(1).String()
		port := int(call.Argument(2).ToInteger())
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, "connect", ip, port)
		}
		sa, err := k.sockaddr(ip, port)
		if err == nil {
			err = retry(func() error { return unix.Connect(k.fd, sa) })
		}
		if err != nil {
			return sockError(rt, err, "connect", ip, port)
		}
		return null
	})
	// disconnect(id) → null or Error
	set("disconnect", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, "disconnect", "", -1)
		}
		// connect(2) to AF_UNSPEC dissolves the association.
		var sa unix.RawSockaddrAny
		sa.Addr.Family = unix.AF_UNSPEC
		_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(k.fd), uintptr(unsafe.Pointer(&sa)), uintptr(16))
		if e != 0 && e != unix.EAFNOSUPPORT {
			return sockError(rt, e, "disconnect", "", -1)
		}
		return null
	})
	set("close", func(call goja.FunctionCall) goja.Value {
		if k := s.sock(call.Argument(0)); k != nil {
			k.close()
		}
		return undef
	})
	// sockname(id) / peername(id) → {address, family, port} or an Error.
	set("sockname", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil || !k.bound {
			return sockError(rt, unix.EBADF, "getsockname", "", -1)
		}
		sa, err := unix.Getsockname(k.fd)
		if err != nil {
			return sockError(rt, err, "getsockname", "", -1)
		}
		return addrJS(rt, sa)
	})
	set("peername", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil || !k.bound {
			return sockError(rt, unix.EBADF, "getpeername", "", -1)
		}
		sa, err := unix.Getpeername(k.fd)
		if err != nil {
			return sockError(rt, err, "getpeername", "", -1)
		}
		return addrJS(rt, sa)
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		if k := s.sock(call.Argument(0)); k != nil {
			k.unref = false
			if k.handle != nil {
				k.handle.Ref()
			}
		}
		return undef
	})
	set("unref", func(call goja.FunctionCall) goja.Value {
		if k := s.sock(call.Argument(0)); k != nil {
			k.unref = true
			if k.handle != nil {
				k.handle.Unref()
			}
		}
		return undef
	})
	// Socket options: each (id, value[, …]) → null or an Error (thrown by JS).
	intOpt := func(name string, v4level, v4opt, v6level, v6opt int) {
		set(name, func(call goja.FunctionCall) goja.Value {
			k := s.sock(call.Argument(0))
			if k == nil || k.fd < 0 {
				return sockError(rt, unix.EBADF, name, "", -1)
			}
			v := int(call.Argument(1).ToInteger())
			level, opt := v4level, v4opt
			if k.ipv6 {
				level, opt = v6level, v6opt
			}
			return errOrNull(unix.SetsockoptInt(k.fd, level, opt, v), name)
		})
	}
	intOpt("setBroadcast", unix.SOL_SOCKET, unix.SO_BROADCAST, unix.SOL_SOCKET, unix.SO_BROADCAST)
	intOpt("setTTL", unix.IPPROTO_IP, unix.IP_TTL, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS)
	intOpt("setMulticastTTL", unix.IPPROTO_IP, unix.IP_MULTICAST_TTL, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS)
	intOpt("setMulticastLoopback", unix.IPPROTO_IP, unix.IP_MULTICAST_LOOP, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP)
	// membership(id, join, group, iface) → null or an Error.
	set("membership", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		join := call.Argument(1).ToBoolean()
		name := "addMembership"
		if !join {
			name = "dropMembership"
		}
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, name, "", -1)
		}
		group, err := netip.ParseAddr(call.Argument(2).String())
		if err != nil {
			return sockError(rt, unix.EINVAL, name, "", -1)
		}
		iface := ""
		if v := call.Argument(3); !goja.IsUndefined(v) && !goja.IsNull(v) {
			iface = v.String()
		}
		return errOrNull(k.membership(join, group, iface), name)
	})
	// setMulticastInterface(id, iface) → null or an Error.
	set("setMulticastInterface", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, "setMulticastInterface", "", -1)
		}
		iface := call.Argument(1).String()
		if !k.ipv6 {
			a, err := netip.ParseAddr(iface)
			if err != nil || !a.Is4() {
				return sockError(rt, unix.EINVAL, "setMulticastInterface", "", -1)
			}
			b4 := a.As4()
			return errOrNull(unix.SetsockoptInet4Addr(k.fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, b4), "setMulticastInterface")
		}
		return errOrNull(unix.SetsockoptInt(k.fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, zoneIndex(iface)), "setMulticastInterface")
	})
	// bufferSize(id, recv, size): size 0 reads it; else sets it. → number or an Error.
	set("bufferSize", func(call goja.FunctionCall) goja.Value {
		k := s.sock(call.Argument(0))
		opt, name := unix.SO_SNDBUF, "uv_send_buffer_size"
		if call.Argument(1).ToBoolean() {
			opt, name = unix.SO_RCVBUF, "uv_recv_buffer_size"
		}
		if k == nil || k.fd < 0 {
			return sockError(rt, unix.EBADF, name, "", -1)
		}
		if size := int(call.Argument(2).ToInteger()); size > 0 {
			if err := unix.SetsockoptInt(k.fd, unix.SOL_SOCKET, opt, size); err != nil {
				return sockError(rt, err, name, "", -1)
			}
		}
		v, err := unix.GetsockoptInt(k.fd, unix.SOL_SOCKET, opt)
		if err != nil {
			return sockError(rt, err, name, "", -1)
		}
		return rt.ToValue(v)
	})
}

// sockaddr is ip:port for this socket's family (an IPv4 address becomes
// v4-mapped on an IPv6 socket).
func (k *usock) sockaddr(ip string, port int) (unix.Sockaddr, error) {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return nil, unix.EINVAL
	}
	if !k.ipv6 {
		if !a.Is4() && !a.Is4In6() {
			return nil, unix.EINVAL
		}
		return &unix.SockaddrInet4{Port: port, Addr: a.Unmap().As4()}, nil
	}
	sa := &unix.SockaddrInet6{Port: port, Addr: a.As16()}
	if z := a.Zone(); z != "" {
		sa.ZoneId = uint32(zoneIndex(z))
	}
	return sa, nil
}

// bind creates the descriptor, binds it and starts receiving.
// open creates the descriptor, with the socket's options, when bind() is
// called: socket options set while the address is being looked up apply
// to it (as v0.10 allowed), before bind(2).
func (k *usock) open() error {
	if k.fd >= 0 {
		return nil
	}
	af := unix.AF_INET
	if k.ipv6 {
		af = unix.AF_INET6
	}
	fd, err := unix.Socket(af, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	if k.reuseAddr {
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	}
	if k.ipv6 {
		v := 0
		if k.ipv6Only {
			v = 1
		}
		_ = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v)
	}
	if k.recvSize > 0 {
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF, k.recvSize)
	}
	if k.sendSize > 0 {
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_SNDBUF, k.sendSize)
	}
	k.fd = fd
	return nil
}

func (k *usock) bind(ip string, port int) error {
	if k.bound {
		return unix.EINVAL
	}
	sa, err := k.sockaddr(ip, port)
	if err != nil {
		return err
	}
	if err := k.open(); err != nil {
		return err
	}
	fail := func(err error) error {
		unix.Close(k.fd)
		k.fd = -1
		return err
	}
	if err := unix.Bind(k.fd, sa); err != nil {
		return fail(err)
	}
	if err := k.start(); err != nil {
		return fail(err)
	}
	return nil
}

// start registers the bound descriptor with the reactor: the socket
// receives from now on.
func (k *usock) start() error {
	reg, err := k.s.reactor.Register(k.s.iso, k.fd, reactor.Readable|reactor.Writable, k.onEvents)
	if err != nil {
		return err
	}
	k.reg, k.bound = reg, true
	k.handle = k.s.iso.NewHandle("UDPWRAP")
	if k.unref {
		k.handle.Unref()
	}
	return nil
}

// onEvents is the reactor handler (loop goroutine).
func (k *usock) onEvents(ev uint32) {
	if k.closed {
		return
	}
	if ev&(reactor.Readable|reactor.Error) != 0 {
		k.recvLoop()
	}
	if !k.closed && len(k.queue) > 0 && ev&(reactor.Writable|reactor.Error) != 0 {
		k.flush()
	}
}

// recvLoop reads datagrams until EAGAIN, or posts a continuation after
// recvBudget of them.
func (k *usock) recvLoop() {
	s := k.s
	if s.buf == nil {
		s.buf = make([]byte, maxDatagram)
	}
	for i := 0; i < recvBudget; i++ {
		if k.closed {
			return
		}
		n, from, err := unix.Recvfrom(k.fd, s.buf, 0)
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			return
		}
		if err != nil {
			if s.onerror != nil {
				s.iso.MakeCallback(s.onerror, goja.Undefined(), k.owner, sockError(s.rt, err, "recvmsg", "", -1))
			}
			continue
		}
		data := make([]byte, n)
		copy(data, s.buf[:n])
		addr, family, port := describe(from)
		if s.onmessage != nil {
			s.iso.MakeCallback(s.onmessage, goja.Undefined(), k.owner, buffer.New(s.c, data),
				s.rt.ToValue(addr), s.rt.ToValue(family), s.rt.ToValue(port))
		}
	}
	if k.contPosted {
		return
	}
	k.contPosted = true
	s.iso.Post(func() {
		k.contPosted = false
		if !k.closed {
			k.recvLoop()
		}
	})
}

func (k *usock) sendNow(bufs [][]byte, to unix.Sockaddr) error {
	return retry(func() error {
		_, err := unix.SendmsgBuffers(k.fd, bufs, nil, to, 0)
		return err
	})
}

// flush sends queued datagrams after EPOLLOUT, calling each one's callback.
func (k *usock) flush() {
	s := k.s
	for len(k.queue) > 0 && !k.closed {
		p := k.queue[0]
		err := k.sendNow(p.bufs, p.to)
		if err == unix.EAGAIN {
			return
		}
		k.queue = k.queue[1:]
		if p.cb == nil {
			continue
		}
		if err != nil {
			addr, _, port := describe(p.to)
			s.iso.MakeCallback(p.cb, goja.Undefined(), sockError(s.rt, err, "send", addr, port))
		} else {
			s.iso.MakeCallback(p.cb, goja.Undefined(), goja.Null(), s.rt.ToValue(p.size))
		}
	}
}

func (k *usock) membership(join bool, group netip.Addr, iface string) error {
	if !k.ipv6 {
		if !group.Is4() {
			return unix.EINVAL
		}
		mreq := &unix.IPMreq{Multiaddr: group.As4()}
		if iface != "" {
			a, err := netip.ParseAddr(iface)
			if err != nil || !a.Is4() {
				return unix.EINVAL
			}
			mreq.Interface = a.As4()
		}
		opt := unix.IP_ADD_MEMBERSHIP
		if !join {
			opt = unix.IP_DROP_MEMBERSHIP
		}
		return unix.SetsockoptIPMreq(k.fd, unix.IPPROTO_IP, opt, mreq)
	}
	mreq := &unix.IPv6Mreq{Multiaddr: group.As16()}
	if iface != "" {
		mreq.Interface = uint32(zoneIndex(iface))
	}
	opt := unix.IPV6_JOIN_GROUP
	if !join {
		opt = unix.IPV6_LEAVE_GROUP
	}
	return unix.SetsockoptIPv6Mreq(k.fd, unix.IPPROTO_IPV6, opt, mreq)
}

func (k *usock) close() {
	if k.closed {
		return
	}
	k.closed = true
	if k.reg != nil {
		k.reg.Close()
	}
	if k.fd >= 0 {
		unix.Close(k.fd)
		k.fd = -1
	}
	if k.handle != nil {
		k.handle.Close()
	}
	delete(k.s.socks, k.id)
	k.owner = nil
	k.queue = nil
}

func retry(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}
