package net

import (
	"os"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/reactor"
	"golang.org/x/sys/unix"
)

const (
	readChunk   = 64 << 10 // bytes asked of one read(2)
	slabSize    = 256 << 10
	readBudget  = 32 // reads per readiness event before yielding to the loop
	acceptBatch = 64 // accepts per readiness event before yielding
)

// sock is one socket (a listener, a connection or a connection in
// progress). Loop goroutine only.
type sock struct {
	s      *state
	id     int64
	fd     int
	reg    *reactor.Registration
	handle *isolate.Handle
	owner  goja.Value // the JS Socket or Server

	x *sockExtra // a listener's or an outgoing connection's details (nil for an accepted one)

	shutdownCb goja.Callable // a shutdown waiting for its completion event
	consumer   func([]byte)  // takes the data instead of JS onread (see Conn)
	touched    int64         // the millisecond of Conn's last touch

	hot *hotSock // the fast paths' cache (fast.go); nil until the first fast message

	wq      [][]byte // bytes the kernel did not take yet (one JS write)
	wqBytes int
	written int64 // bytes handed to the kernel
	read    int64 // bytes read (socket.bytesRead)

	listener   bool
	connecting bool
	reading    bool // JS wants data
	mayRead    bool // data or EOF may be waiting (no EAGAIN seen since the last event)
	contPosted bool // a read/accept continuation is in the mailbox
	inRead     bool // readLoop is running (it does not nest)
	closed     bool
	hup        bool // the peer hung up (EPOLLRDHUP/HUP/ERR seen): read until EOF
	unref      bool // the user unref'd it (see syncRef)
	idle       bool // the JS socket has an idle timeout: touch reports activity
	writePend  bool // JS waits for onwritedone
	outArmed   bool // the registration includes Writable (see syncOut)
}

// sockExtra is what only listeners and outgoing connections need, kept
// out of sock so that an idle accepted connection costs less (issue #5).
type sockExtra struct {
	unixPath string          // a listening Unix socket's path, unlinked on close
	imported bool            // received from another isolate: unixPath is not ours to unlink
	shared   *sharedListener // a cluster worker's share of a listener (fd -1)
	peerAddr string          // where a connect goes (for its error)
	peerPort int
}

// ext returns k's sockExtra, made on first use.
func (k *sock) ext() *sockExtra {
	if k.x == nil {
		k.x = new(sockExtra)
	}
	return k.x
}

// shared returns the cluster listener k is a share of, or nil.
func (k *sock) shared() *sharedListener {
	if k.x == nil {
		return nil
	}
	return k.x.shared
}

// unixPath returns a listening Unix socket's path, or "".
func (k *sock) unixPath() string {
	if k.x == nil {
		return ""
	}
	return k.x.unixPath
}

// evset is what a socket is registered for (edge-triggered): always its
// input, and its writability only while something waits for it (see
// needOut). A socket registered for Writable all the time would raise an
// event for every ACK that frees send-buffer space, that is, after nearly
// every write: one more epoll wake-up per request for a server.
func (k *sock) evset() uint32 {
	if k.needOut() {
		return reactor.Readable | reactor.Writable | reactor.PeerHup
	}
	return reactor.Readable | reactor.PeerHup
}

// needOut reports whether the socket waits for writability: a connect in
// progress, bytes the kernel did not take, or a shutdown.
func (k *sock) needOut() bool { return k.connecting || len(k.wq) > 0 || k.shutdownCb != nil }

// syncOut adds Writable to the registration or takes it out when needOut
// changed. The Modify that adds it also reports writability that is
// already there (edge triggering re-evaluates on EPOLL_CTL_MOD).
func (k *sock) syncOut() {
	if k.reg == nil || k.closed || k.needOut() == k.outArmed {
		return
	}
	k.outArmed = !k.outArmed
	_ = k.reg.Modify(k.evset())
}

// newSock registers fd; connecting says a connect is in progress (the
// registration then waits for its writability).
func (s *state) newSock(fd int, kind string, connecting bool) (*sock, error) {
	k := &sock{s: s, fd: fd, connecting: connecting, outArmed: connecting}
	reg, err := s.reactor.Register(s.iso, fd, k.evset(), k.onEvents)
	if err != nil {
		return nil, err
	}
	k.reg = reg
	s.nextID++
	k.id = s.nextID
	k.handle = s.iso.NewHandle(kind)
	s.socks[k.id] = k
	return k, nil
}

// setOwner makes owner (the JS Socket or Server) k's, taking over its
// idle timeout, if it has one yet (later ones come by setIdle).
func (k *sock) setOwner(owner goja.Value) {
	k.owner = owner
	if o, ok := owner.(*goja.Object); ok {
		k.idle = truthy(o.Get("_timeoutMs"))
	}
}

// syncRef makes the handle keep the loop alive as a libuv handle does:
// unless the user unref'd it, and only while it is active — listening,
// connecting, reading, or with a write or a shutdown in flight. So a
// connected socket that is paused, and has nothing to send, lets the
// process end.
func (k *sock) syncRef() {
	if k.closed {
		return
	}
	if !k.unref && (k.listener || k.connecting || k.reading || len(k.wq) > 0 || k.shutdownCb != nil) {
		k.handle.Ref()
	} else {
		k.handle.Unref()
	}
}

// onEvents is the reactor handler: it runs on the loop goroutine.
func (k *sock) onEvents(ev uint32) {
	if k.closed {
		return
	}
	if k.listener {
		k.acceptLoop()
		return
	}
	if k.connecting {
		if ev&(reactor.Writable|reactor.Error|reactor.Hangup) != 0 {
			k.finishConnect()
		}
		return
	}
	if ev&(reactor.Readable|reactor.PeerHup|reactor.Hangup|reactor.Error) != 0 {
		k.mayRead = true
		if ev&(reactor.PeerHup|reactor.Hangup|reactor.Error) != 0 {
			k.hup = true
		}
		if k.reading {
			k.readLoop()
		}
	}
	if !k.closed && len(k.wq) > 0 && ev&(reactor.Writable|reactor.Error|reactor.Hangup) != 0 {
		k.flush()
	}
	if !k.closed && k.shutdownCb != nil && len(k.wq) == 0 && ev&(reactor.Writable|reactor.Error|reactor.Hangup) != 0 {
		cb := k.shutdownCb
		k.shutdownCb = nil
		k.syncOut()
		var errv goja.Value = goja.Undefined()
		if err := unix.Shutdown(k.fd, unix.SHUT_WR); err != nil && err != unix.ENOTCONN && err != unix.ENOTSOCK {
			errv = sockError(k.s.rt, err, "shutdown", "", -1)
		}
		k.s.iso.MakeCallback(cb, goja.Undefined(), errv)
		k.syncRef()
	}
}

// slab returns free read space of at least readChunk bytes.
func (s *state) readSpace() []byte {
	if len(s.slab)-s.slabOff < readChunk/4 {
		s.slab = make([]byte, slabSize)
		s.slabOff = 0
		if s.slabViews != nil {
			s.slabViews.Reset(s.slab)
		}
	}
	end := s.slabOff + readChunk
	if end > len(s.slab) {
		end = len(s.slab)
	}
	return s.slab[s.slabOff:end]
}

// readLoop reads until EAGAIN (or a short read, or EOF), handing each chunk
// to JS; it stops when JS stops reading (push returned false, pause). It
// does not nest: a readStart from inside one of its callbacks only sets
// reading again, and this loop goes on.
func (k *sock) readLoop() {
	if k.inRead {
		return
	}
	k.inRead = true
	defer func() { k.inRead = false }()
	s := k.s
	for i := 0; i < readBudget; i++ {
		if !k.reading || k.closed {
			return
		}
		buf := s.readSpace()
		n, err := rawRead(k.fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			k.mayRead = false
			return
		}
		if err != nil {
			k.reading, k.mayRead = false, false
			s.call(s.onread, k.owner, sockError(s.rt, err, "read", "", -1))
			k.syncRef()
			return
		}
		if n == 0 {
			k.reading, k.mayRead = false, false
			s.call(s.onread, k.owner, goja.Null())
			k.syncRef()
			return
		}
		off := s.slabOff
		s.slabOff += n
		k.read += int64(n)
		short := n < len(buf) && !k.hup
		if short {
			// A short read of a stream socket drains it; the next arrival
			// is a new edge. (Not so for an EOF that came with the data:
			// after a hang-up, read on until read(2) says 0.)
			k.mayRead = false
		}
		// JS calls readStop when push() returns false or on pause.
		if k.consumer != nil {
			k.consume(s.slab[off : off+n : off+n])
		} else {
			s.deliver(k, off, n)
		}
		if short {
			return
		}
	}
	k.postContinue()
}

// postContinue schedules more reading (or accepting) in the next poll
// phase, so that one busy socket does not starve the others.
func (k *sock) postContinue() {
	if k.contPosted {
		return
	}
	k.contPosted = true
	k.s.iso.Post(func() {
		k.contPosted = false
		if k.closed {
			return
		}
		if k.listener {
			k.acceptLoop()
		} else if k.reading {
			k.readLoop()
		}
	})
}

// readStart resumes reading: at once, whether or not an event said there
// is data (it costs one EAGAIN when there is none), since data that came
// while reading was stopped raised no new edge.
func (k *sock) readStart() {
	if k.closed || k.connecting {
		k.reading = true
		return
	}
	if k.reading {
		return
	}
	k.reading = true
	k.syncRef()
	k.readLoop()
}

// readStop stops reading until the next readStart.
func (k *sock) readStop() {
	k.reading = false
	k.syncRef()
}

// Writes use write(2)/writev(2): the Go runtime ignores SIGPIPE for
// descriptors other than 1 and 2, so a write to a reset peer fails with
// EPIPE instead of killing the process.

// write sends data now as far as the kernel takes it and queues the rest.
// It reports whether bytes were queued (JS then waits for onwritedone).
func (k *sock) write(bufs [][]byte) (queued bool, err error) {
	if len(k.wq) == 0 {
		for len(bufs) > 0 {
			var n int
			if len(bufs) == 1 {
				n, err = rawWrite(k.fd, bufs[0])
			} else {
				n, err = rawWritev(k.fd, bufs)
			}
			if err == unix.EINTR {
				continue
			}
			if err == unix.EAGAIN {
				break
			}
			if err != nil {
				return false, err
			}
			k.written += int64(n)
			bufs = advance(bufs, n)
		}
		if len(bufs) == 0 {
			return false, nil
		}
	}
	for _, b := range bufs {
		k.wq = append(k.wq, b)
		k.wqBytes += len(b)
	}
	k.writePend = true
	k.syncRef()
	k.syncOut()
	return true, nil
}

// advance drops n bytes from the front of bufs.
func advance(bufs [][]byte, n int) [][]byte {
	for n > 0 && len(bufs) > 0 {
		if n >= len(bufs[0]) {
			n -= len(bufs[0])
			bufs = bufs[1:]
		} else {
			bufs[0] = bufs[0][n:]
			n = 0
		}
	}
	for len(bufs) > 0 && len(bufs[0]) == 0 {
		bufs = bufs[1:]
	}
	return bufs
}

// flush writes queued bytes after EPOLLOUT; when the queue empties (or the
// write fails) JS hears of it through onwritedone.
func (k *sock) flush() {
	s := k.s
	for len(k.wq) > 0 {
		var n int
		var err error
		if len(k.wq) == 1 {
			n, err = rawWrite(k.fd, k.wq[0])
		} else {
			n, err = rawWritev(k.fd, k.wq)
		}
		if err == unix.EINTR {
			continue
		}
		if err == unix.EAGAIN {
			return
		}
		if err != nil {
			k.wq, k.wqBytes, k.writePend = nil, 0, false
			k.syncRef()
			k.syncOut()
			s.call(s.onwritedone, k.owner, sockError(s.rt, err, "write", "", -1))
			return
		}
		k.written += int64(n)
		k.wqBytes -= n
		k.wq = advance(k.wq, n)
	}
	k.wq = nil
	k.wqBytes = 0
	k.syncRef()
	k.syncOut()
	if k.writePend {
		k.writePend = false
		s.call(s.onwritedone, k.owner, goja.Null())
	}
}

func (k *sock) finishConnect() {
	s := k.s
	k.connecting = false
	k.syncOut()
	errno, err := unix.GetsockoptInt(k.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err == nil && errno != 0 {
		err = unix.Errno(errno)
	}
	if err != nil {
		x := k.ext()
		s.call(s.onconnect, k.owner, sockError(s.rt, err, "connect", x.peerAddr, x.peerPort))
		return
	}
	k.mayRead = true
	s.call(s.onconnect, k.owner, goja.Null())
	k.syncRef()
	if !k.closed && k.reading {
		k.readLoop()
	}
}

func (k *sock) acceptLoop() {
	s := k.s
	for i := 0; i < acceptBatch; i++ {
		if k.closed {
			return
		}
		nfd, _, err := unix.Accept4(k.fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		switch err {
		case nil:
		case unix.EINTR, unix.ECONNABORTED:
			continue
		case unix.EAGAIN:
			return
		default:
			// EMFILE, ENFILE, ENOBUFS…: report and try again later.
			s.call(s.onconnection, k.owner, goja.Undefined(), sockError(s.rt, err, "accept", "", -1))
			return
		}
		kind := "TCPWRAP"
		if k.unixPath() != "" {
			kind = "PIPEWRAP"
		}
		c, err := s.newSock(nfd, kind, false)
		if err != nil {
			unix.Close(nfd)
			continue
		}
		c.mayRead = true
		s.call(s.onconnection, k.owner, s.rt.ToValue(c.id))
	}
	k.postContinue()
}

func (k *sock) close() {
	if k.closed {
		return
	}
	k.closed = true
	k.reading = false
	if k.reg != nil {
		k.reg.Close()
	}
	if k.fd >= 0 {
		unix.Close(k.fd)
	}
	k.handle.Close()
	delete(k.s.socks, k.id)
	if sl := k.shared(); sl != nil {
		sl.remove(k)
	}
	if k.listener && k.unixPath() != "" && !k.x.imported {
		os.Remove(k.x.unixPath)
	}
	k.owner = nil
	k.wq = nil
}

// ---- cluster: listening sockets shared by the workers of one primary ----
//
// Node's round-robin scheduling (cluster.SCHED_RR): one listening socket
// per (primary, host, port, ipv6Only) is shared by every cluster worker
// (a forked isolate) of that primary that listens there. A goroutine
// accepts on it through Go's poller and hands each connection to the
// next worker in turn (isolate.Post), where it becomes an ordinary
// socket of that worker's net binding and reaches its Server as
// 'connection'. Port 0 is one port for the group: the first worker's
// listen picks it, later ones join. The socket closes when its last
// worker stops listening.

type sharedKey struct {
	group  uint64 // the primary's isolate ID
	host   string
	port   int // as asked: 0 is one port picked for the group
	v6only bool
}

type sharedListener struct {
	key  sharedKey
	file *os.File // the listening socket, polled by the accept goroutine
	addr unix.Sockaddr

	mu     sync.Mutex
	subs   []*sock // the workers' listener socks, in turn order
	next   int
	closed bool
}

var (
	sharedMu sync.Mutex
	shared   = map[sharedKey]*sharedListener{}
)

// listenShared is tcpListen for a cluster worker whose primary is group:
// it joins (or opens) the group's listener. Loop goroutine.
func (s *state) listenShared(group uint64, host string, port, backlog int, v6only bool) (*sock, error) {
	key := sharedKey{group: group, host: host, port: port, v6only: v6only}
	sharedMu.Lock()
	defer sharedMu.Unlock()
	sl := shared[key]
	if sl == nil {
		fd, err := bindListen(host, port, backlog, v6only)
		if err != nil {
			return nil, err
		}
		sa, err := unix.Getsockname(fd)
		if err != nil {
			unix.Close(fd)
			return nil, err
		}
		// a non-blocking descriptor: os.NewFile registers it with Go's poller
		f := os.NewFile(uintptr(fd), "cluster-listener")
		sl = &sharedListener{key: key, file: f, addr: sa}
		shared[key] = sl
		go sl.acceptLoop()
	}
	s.nextID++
	k := &sock{s: s, id: s.nextID, fd: -1, listener: true, x: &sockExtra{shared: sl}}
	k.handle = s.iso.NewHandle("TCPSERVERWRAP")
	s.socks[k.id] = k
	sl.mu.Lock()
	sl.subs = append(sl.subs, k)
	sl.mu.Unlock()
	return k, nil
}

// remove takes k out of the turn; the last one out closes the listener.
// Any goroutine.
func (sl *sharedListener) remove(k *sock) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	sl.mu.Lock()
	for i, x := range sl.subs {
		if x == k {
			sl.subs = append(sl.subs[:i:i], sl.subs[i+1:]...)
			if sl.next > i {
				sl.next--
			}
			break
		}
	}
	last := len(sl.subs) == 0 && !sl.closed
	if last {
		sl.closed = true
	}
	sl.mu.Unlock()
	if last {
		if shared[sl.key] == sl {
			delete(shared, sl.key)
		}
		// wakes the accept goroutine; the descriptor closes once it
		// has left the poller
		_ = sl.file.Close()
	}
}

// acceptLoop accepts until the listener closes. Its own goroutine.
func (sl *sharedListener) acceptLoop() {
	rc, err := sl.file.SyscallConn()
	if err != nil {
		return
	}
	for {
		var nfd int
		var aerr error
		err := rc.Read(func(fd uintptr) bool {
			nfd, _, aerr = unix.Accept4(int(fd), unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
			return aerr != unix.EAGAIN
		})
		if err != nil {
			return // closed
		}
		switch aerr {
		case nil:
			sl.dispatch(nfd)
		case unix.EINTR, unix.ECONNABORTED:
		default:
			// EMFILE, ENFILE, ENOBUFS…: back off and try again
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// dispatch hands an accepted descriptor to the next worker in turn (or
// closes it when no worker listens any more). Any goroutine.
func (sl *sharedListener) dispatch(nfd int) {
	for {
		sl.mu.Lock()
		if sl.closed || len(sl.subs) == 0 {
			sl.mu.Unlock()
			unix.Close(nfd)
			return
		}
		if sl.next >= len(sl.subs) {
			sl.next = 0
		}
		k := sl.subs[sl.next]
		sl.next++
		sl.mu.Unlock()
		if k.s.iso.Post(func() { k.takeShared(nfd) }) {
			return
		}
		sl.remove(k) // that worker's isolate has ended
	}
}

// takeShared makes an accepted descriptor a socket of k's isolate and
// tells k's Server. Loop goroutine.
func (k *sock) takeShared(nfd int) {
	if k.closed {
		k.x.shared.dispatch(nfd)
		return
	}
	s := k.s
	c, err := s.newSock(nfd, "TCPWRAP", false)
	if err != nil {
		unix.Close(nfd)
		return
	}
	c.mayRead = true
	s.call(s.onconnection, k.owner, s.rt.ToValue(c.id))
}
