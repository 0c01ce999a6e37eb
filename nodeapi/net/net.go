// Package net is Node's 'net' module.
//
// Go does the sockets: non-blocking, close-on-exec descriptors from
// golang.org/x/sys/unix, registered edge-triggered with the process-wide
// epoll reactor (reactor.DefaultReactor), whose shards post readiness to
// this isolate's mailbox. Reads, writes, accepts and connects complete on
// the loop goroutine; no goroutine exists per socket. Host names are
// resolved on the blocking worker pool (reactor.Default) with Go's resolver.
//
// net.js builds the API on that binding: Socket is a stream.Duplex, Server
// an EventEmitter. The binding identifies sockets by number; Go calls back
// into JS through four functions net.js installs with setup:
//
//	onread(owner, chunk)          chunk: a Buffer, null at EOF, or an Error
//	                              (JS calls readStop to stop reading)
//	onconnect(owner, err)         a connect finished (err null on success)
//	onconnection(owner, id, err)  a listener accepted socket id
//	onwritedone(owner, err)       a queued write reached the kernel
//
// Flow control: JS starts reading with readStart and stops it with
// readStop when push returns false or the socket is paused; while stopped the descriptor is
// not read, so the kernel's buffers fill and TCP pushes back on the peer.
// Writes go to the kernel at once; what it does not take is queued and
// written on EPOLLOUT, and JS's write callback waits until then.
//
// Keeping the loop alive: as with libuv's handles, a socket holds the loop
// only while it is active (listening, connecting, reading, or writing) and
// not unref'd; see sock.syncRef. Descriptors given by number (new
// Socket({fd}), listen({fd})) and listen(handle) are in fd.go.
package net

import (
	_ "embed"
	"os"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/child_process"
	"github.com/isonode/isonode/nodeapi/dns"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
	"golang.org/x/sys/unix"
)

//go:embed net.js
var netJS string

// Module is the registry entry for 'net'.
var Module = modkit.Module{Name: "net", Native: native, JS: modkit.NewScript("net.js", netJS)}

// state is one isolate's net binding. Loop goroutine only.
type state struct {
	c       *modkit.Context
	rt      *goja.Runtime
	iso     *isolate.Isolate
	reactor *reactor.Reactor

	socks  map[int64]*sock
	nextID int64

	slab      []byte // reads go to slab[slabOff:]
	slabOff   int
	slabViews *buffer.Slab // cuts Buffers from slab; nil until the first chunk for JS

	onread, onconnect, onconnection, onwritedone goja.Callable

	fast fastPath
}

// call enters JS with (owner, arg); nothing happens for a closed socket.
func (s *state) call(fn goja.Callable, owner goja.Value, args ...goja.Value) goja.Value {
	if owner == nil || fn == nil {
		return goja.Undefined()
	}
	all := make([]goja.Value, 0, 1+len(args))
	all = append(all, owner)
	all = append(all, args...)
	return s.iso.MakeCallback(fn, goja.Undefined(), all...)
}

func (s *state) get(v goja.Value) *sock {
	k := s.socks[v.ToInteger()]
	if k == nil {
		modkit.Throw(s.rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
	}
	return k
}

func native(c *modkit.Context) (*goja.Object, error) {
	r, err := reactor.DefaultReactor()
	if err != nil {
		return nil, err
	}
	s := &state{c: c, rt: c.RT, iso: c.Iso, reactor: r, socks: make(map[int64]*sock)}
	c.Iso.SetValue(stateKey{}, s)
	b := c.RT.NewObject()
	s.install(b)
	s.installHandles(b)
	s.installFd(b)
	s.installFast(b)
	return b, nil
}

func (s *state) install(b *goja.Object) {
	rt := s.rt
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	undef := goja.Undefined()

	set("setup", func(call goja.FunctionCall) goja.Value {
		s.onread, _ = goja.AssertFunction(call.Argument(0))
		s.onconnect, _ = goja.AssertFunction(call.Argument(1))
		s.onconnection, _ = goja.AssertFunction(call.Argument(2))
		s.onwritedone, _ = goja.AssertFunction(call.Argument(3))
		return undef
	})
	// tcpListen(owner, host, port, backlog, ipv6Only, shared) → id; throws
	// Node's error. shared (a cluster worker's listen): share the
	// listener with the other workers of this isolate's primary.
	set("tcpListen", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(1).String()
		port := int(call.Argument(2).ToInteger())
		backlog := int(call.Argument(3).ToInteger())
		v6only := call.Argument(4).ToBoolean()
		var k *sock
		var err error
		if group, ok := child_process.ParentIsolate(s.iso); ok && call.Argument(5).ToBoolean() {
			k, err = s.listenShared(group, host, port, backlog, v6only)
		} else {
			k, err = s.tcpListen(host, port, backlog, v6only)
		}
		if err != nil {
			if host == "" {
				host = "::"
			}
			panic(sockError(rt, err, "listen", host, port))
		}
		k.setOwner(call.Argument(0))
		return rt.ToValue(k.id)
	})
	// pipeListen(owner, path, backlog) → id
	set("pipeListen", func(call goja.FunctionCall) goja.Value {
		path := call.Argument(1).String()
		k, err := s.pipeListen(path, int(call.Argument(2).ToInteger()))
		if err != nil {
			panic(sockError(rt, err, "listen", path, -1))
		}
		k.setOwner(call.Argument(0))
		return rt.ToValue(k.id)
	})
	// tcpConnect(owner, ip, port, localAddress, localPort) → id; the result
	// comes later through onconnect.
	set("tcpConnect", func(call goja.FunctionCall) goja.Value {
		ip := call.Argument(1).String()
		port := int(call.Argument(2).ToInteger())
		sa, af, err := sockaddr(ip, port)
		if err != nil {
			panic(sockError(rt, err, "connect", ip, port))
		}
		var local unix.Sockaddr
		if la := call.Argument(3); !goja.IsUndefined(la) && !goja.IsNull(la) || call.Argument(4).ToInteger() != 0 {
			lip := la.String()
			if goja.IsUndefined(la) || goja.IsNull(la) {
				lip = "0.0.0.0"
				if af == unix.AF_INET6 {
					lip = "::"
				}
			}
			local, _, err = sockaddr(lip, int(call.Argument(4).ToInteger()))
			if err != nil {
				panic(sockError(rt, err, "bind", lip, -1))
			}
		}
		k := s.connect(call.Argument(0), af, sa, local, ip, port, "TCPWRAP")
		return rt.ToValue(k.id)
	})
	// pipeConnect(owner, path) → id
	set("pipeConnect", func(call goja.FunctionCall) goja.Value {
		path := call.Argument(1).String()
		k := s.connect(call.Argument(0), unix.AF_UNIX, &unix.SockaddrUnix{Name: path}, nil, path, -1, "PIPEWRAP")
		return rt.ToValue(k.id)
	})
	// adopt(id, owner): an accepted socket's JS object.
	set("adopt", func(call goja.FunctionCall) goja.Value {
		k := s.get(call.Argument(0))
		k.setOwner(call.Argument(1))
		k.syncRef()
		return undef
	})
	set("readStart", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.readStart()
		}
		return undef
	})
	set("readStop", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.readStop()
		}
		return undef
	})
	// write(id, chunk, encoding) → 0 (done), 1 (queued: wait for
	// onwritedone) or an Error.
	set("write", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		if k == nil {
			return modkit.NewError(rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		}
		data := s.chunkBytes(call.Argument(1), call.Argument(2))
		queued, err := k.write([][]byte{data})
		return s.writeResult(queued, err)
	})
	// writev(id, [{chunk, encoding}…]) → as write.
	set("writev", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		if k == nil {
			return modkit.NewError(rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		}
		arr := call.Argument(1).ToObject(rt)
		n := int(arr.Get("length").ToInteger())
		bufs := make([][]byte, 0, n)
		for i := 0; i < n; i++ {
			e := arr.Get(itoa(i)).ToObject(rt)
			if d := s.chunkBytes(e.Get("chunk"), e.Get("encoding")); len(d) > 0 {
				bufs = append(bufs, d)
			}
		}
		queued, err := k.write(bufs)
		return s.writeResult(queued, err)
	})
	// shutdown(id, cb) → undefined or an Error. As libuv's shutdown
	// request, shutdown(2) runs when the socket next reports writable;
	// then cb(err) runs.
	set("shutdown", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		if k == nil || k.fd < 0 {
			return modkit.NewError(rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		}
		k.shutdownCb, _ = goja.AssertFunction(call.Argument(1))
		// Re-arm: edge-triggered, the socket reports its (present)
		// writability again, behind whatever the shutdown itself caused.
		k.outArmed = true
		if err := k.reg.Modify(k.evset()); err != nil {
			k.shutdownCb = nil
			return sockError(rt, err, "shutdown", "", -1)
		}
		k.syncRef()
		return undef
	})
	// close(id[, onclose]): closes the socket now; onclose runs in the
	// loop's close-callbacks phase, as libuv's close callbacks do.
	set("close", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.close()
		}
		if fn, ok := goja.AssertFunction(call.Argument(1)); ok {
			s.iso.OnClose(func() { s.iso.MakeCallback(fn, undef) })
		}
		return undef
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.unref = false
			k.syncRef()
		}
		return undef
	})
	set("unref", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.unref = true
			k.syncRef()
		}
		return undef
	})
	set("hasRef", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		return rt.ToValue(k != nil && !k.closed && !k.unref)
	})
	set("sockname", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		if k == nil {
			return goja.Null()
		}
		if sl := k.shared(); sl != nil {
			return describe(sl.addr).toJS(rt)
		}
		sa, err := unix.Getsockname(k.fd)
		if err != nil {
			return goja.Null()
		}
		return describe(sa).toJS(rt)
	})
	set("peername", func(call goja.FunctionCall) goja.Value {
		k := s.socks[call.Argument(0).ToInteger()]
		if k == nil {
			return goja.Null()
		}
		sa, err := unix.Getpeername(k.fd)
		if err != nil {
			return goja.Null()
		}
		return describe(sa).toJS(rt)
	})
	set("setNoDelay", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			v := 0
			if call.Argument(1).ToBoolean() {
				v = 1
			}
			_ = unix.SetsockoptInt(k.fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, v)
		}
		return undef
	})
	set("setKeepAlive", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			on := call.Argument(1).ToBoolean()
			v := 0
			if on {
				v = 1
			}
			_ = unix.SetsockoptInt(k.fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE, v)
			if secs := int(call.Argument(2).ToInteger()); on && secs > 0 {
				_ = unix.SetsockoptInt(k.fd, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE, secs)
			}
		}
		return undef
	})
	// bytesWritten, bytesRead, writeQueueSize (id): the socket's count, 0
	// when there is no such socket
	count := func(of func(k *sock) int64) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
				return rt.ToValue(of(k))
			}
			return rt.ToValue(0)
		}
	}
	set("bytesWritten", count(func(k *sock) int64 { return k.written }))
	set("bytesRead", count(func(k *sock) int64 { return k.read }))
	set("writeQueueSize", count(func(k *sock) int64 { return int64(k.wqBytes) }))
	// setIdle(id, on): whether the socket has an idle timeout (see touch).
	set("setIdle", func(call goja.FunctionCall) goja.Value {
		if k := s.socks[call.Argument(0).ToInteger()]; k != nil {
			k.idle = call.Argument(1).ToBoolean()
		}
		return undef
	})
	set("isIP", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if _, ok := v.(*goja.Object); ok || goja.IsUndefined(v) || goja.IsNull(v) {
			return rt.ToValue(0)
		}
		return rt.ToValue(isIP(v.String()))
	})
	// lookup(host, family, cb): cb(err) or cb(null, [address, family, …]).
	set("lookup", func(call goja.FunctionCall) goja.Value {
		host := call.Argument(0).String()
		family := int(call.Argument(1).ToInteger())
		cb, _ := goja.AssertFunction(call.Argument(2))
		reactor.Default().Submit(s.iso, "dns.lookup", func() func() {
			addrs, code := dns.Lookup(host, family)
			return func() {
				if code != "" {
					s.iso.MakeCallback(cb, undef, dnsError(rt, code, host))
					return
				}
				out := make([]any, 0, 2*len(addrs))
				for _, a := range addrs {
					f := 6
					if a.Is4() {
						f = 4
					}
					out = append(out, a.String(), f)
				}
				s.iso.MakeCallback(cb, undef, goja.Null(), rt.ToValue(out))
			}
		})
		return undef
	})
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func (s *state) writeResult(queued bool, err error) goja.Value {
	if err != nil {
		return sockError(s.rt, err, "write", "", -1)
	}
	if queued {
		return s.rt.ToValue(1)
	}
	return s.rt.ToValue(0)
}

// chunkBytes returns the bytes of a Buffer / typed array (shared) or of a
// string in the given encoding.
func (s *state) chunkBytes(v, enc goja.Value) []byte {
	if b, ok := buffer.Bytes(s.rt, v); ok {
		return b
	}
	e := buffer.UTF8
	if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
		if pe, ok := buffer.ParseEncoding(enc.String()); ok {
			e = pe
		}
	}
	return buffer.Encode(buffer.StrOf(v), e)
}

func (s *state) tcpListen(host string, port, backlog int, v6only bool) (*sock, error) {
	fd, err := bindListen(host, port, backlog, v6only)
	if err != nil {
		return nil, err
	}
	k, err := s.newSock(fd, "TCPSERVERWRAP", false)
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	k.listener = true
	return k, nil
}

// bindListen makes a non-blocking listening TCP socket on host:port ("":
// all addresses, dual-stack when IPv6 exists).
func bindListen(host string, port, backlog int, v6only bool) (int, error) {
	var sa unix.Sockaddr
	var af int
	if host == "" {
		sa, af = &unix.SockaddrInet6{Port: port}, unix.AF_INET6
	} else {
		var err error
		if sa, af, err = sockaddr(host, port); err != nil {
			return -1, err
		}
	}
	fd, err := unix.Socket(af, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil && host == "" {
		sa, af = &unix.SockaddrInet4{Port: port}, unix.AF_INET
		fd, err = unix.Socket(af, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	}
	if err != nil {
		return -1, err
	}
	_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if af == unix.AF_INET6 {
		v := 0
		if v6only {
			v = 1
		}
		_ = unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v)
	}
	if err := unix.Bind(fd, sa); err != nil {
		unix.Close(fd)
		return -1, err
	}
	if err := unix.Listen(fd, backlogOr(backlog)); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

func backlogOr(n int) int {
	if n <= 0 {
		return 511
	}
	return n
}

func (s *state) pipeListen(path string, backlog int) (*sock, error) {
	fd, err := unix.Socket(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	if err := unix.Bind(fd, &unix.SockaddrUnix{Name: path}); err != nil {
		unix.Close(fd)
		return nil, err
	}
	if err := unix.Listen(fd, backlogOr(backlog)); err != nil {
		unix.Close(fd)
		os.Remove(path)
		return nil, err
	}
	k, err := s.newSock(fd, "PIPESERVERWRAP", false)
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	k.listener = true
	k.ext().unixPath = path
	return k, nil
}

// connect starts a non-blocking connect; the outcome reaches JS through
// onconnect, always asynchronously.
func (s *state) connect(owner goja.Value, af int, sa, local unix.Sockaddr, addr string, port int, kind string) *sock {
	fail := func(err error) *sock {
		// No descriptor: report through a closed pseudo-socket.
		s.nextID++
		k := &sock{s: s, id: s.nextID, fd: -1, connecting: true, x: &sockExtra{peerAddr: addr, peerPort: port}}
		k.setOwner(owner)
		k.handle = s.iso.NewHandle(kind)
		s.socks[k.id] = k
		k.reg = nil
		s.iso.Post(func() {
			if k.closed {
				return
			}
			k.connecting = false
			s.call(s.onconnect, k.owner, sockError(s.rt, err, "connect", addr, port))
		})
		return k
	}
	fd, err := unix.Socket(af, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return fail(err)
	}
	if local != nil {
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
		if err := unix.Bind(fd, local); err != nil {
			unix.Close(fd)
			return fail(err)
		}
	}
	// Connect first, register after: on loopback the handshake completes
	// inside connect(2), and registering afterwards puts this socket's
	// readiness behind the listener's in the epoll ready list, so a server
	// in the same isolate sees 'connection' before the client's 'connect',
	// as in Node.
	for {
		err = unix.Connect(fd, sa)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil && err != unix.EINPROGRESS {
		// Failed at once (EAGAIN from a Unix socket means its backlog
		// is full: reported, as libuv does); reported asynchronously.
		unix.Close(fd)
		return fail(err)
	}
	k, rerr := s.newSock(fd, kind, true)
	if rerr != nil {
		unix.Close(fd)
		return fail(rerr)
	}
	k.setOwner(owner)
	x := k.ext()
	x.peerAddr, x.peerPort = addr, port
	// (newSock registered it connecting: EPOLLOUT tells when the connect
	// is done, at once for one that already succeeded, behind events that
	// were already pending)
	return k
}
