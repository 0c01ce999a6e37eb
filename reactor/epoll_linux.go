package reactor

import (
	"unsafe"

	"errors"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/isonode/isonode/isolate"
	"golang.org/x/sys/unix"
)

// Readiness bits a Handler receives (and Register / Modify take): the
// epoll flags, re-exported so that callers need not import unix.
const (
	Readable = unix.EPOLLIN
	Writable = unix.EPOLLOUT
	PeerHup  = unix.EPOLLRDHUP // the peer shut down its writing side
	Hangup   = unix.EPOLLHUP
	Error    = unix.EPOLLERR
)

// LockShardThreads makes each shard's goroutine lock its OS thread. Set it
// before the first reactor starts. It is off by default: a shard waits in
// Go's network poller, and a locked goroutine woken there costs a thread
// handoff (futex wake of its own M, and the current M parked) on every
// batch of events: 32 against 20.6 µs per request in
// nodeapi/http's BenchmarkNetFixedResponse.
var LockShardThreads = false

// maxEvents is how many events one epoll_wait returns at most.
const maxEvents = 256

// idlePollEvents is how many events an isolate's idle poll takes at most.
const idlePollEvents = 64

// ErrClosed is returned by Register on a closed Reactor.
var ErrClosed = errors.New("reactor closed")

// Handler receives the readiness of one registration, on the owning
// isolate's loop goroutine. events is a set of Readable, Writable, PeerHup,
// Hangup and Error bits.
type Handler func(events uint32)

// Reactor is a set of epoll shards. Each isolate's registrations live on
// one shard (chosen by the isolate's ID), so that the isolate sees its
// events in the order the kernel reported them, in one post per batch.
type Reactor struct {
	shards     []*shard
	registered atomic.Int64
	closed     atomic.Bool
}

// shard is one epoll instance and the goroutine (locked to an OS thread)
// that waits on it.
type shard struct {
	r    *Reactor
	idx  int
	epfd int
	evfd int
	file *os.File
	conn syscall.RawConn

	mu   sync.Mutex
	regs map[int32]*Registration // fd → live registration
	gen  uint32                  // last generation handed out; guarded by mu

	events  atomic.Uint64
	wakeups atomic.Uint64
	batches atomic.Uint64
	stale   atomic.Uint64
	done    chan struct{}
}

// Registration is one file descriptor registered with a Reactor for one
// isolate. Its methods are loop goroutine only (the owning isolate's).
type Registration struct {
	fd    int32
	gen   uint32
	sh    *shard
	iso   *isolate.Isolate
	h     Handler
	dead  atomic.Bool // set by Close; read by the dispatcher on the loop
	evset uint32
}

// ShardStats are one shard's counters.
type ShardStats struct {
	Events  uint64 // readiness events taken from epoll_wait (wake-ups excluded)
	Wakeups uint64 // eventfd wake-ups
	Batches uint64 // posts to isolate mailboxes
	Stale   uint64 // events dropped because their registration was gone
}

// Stats holds a Reactor's counters.
type Stats struct {
	Registered int64 // live registrations
	Shards     []ShardStats
}

var (
	defaultReactorOnce sync.Once
	defaultReactor     *Reactor
	defaultReactorErr  error
)

// ShardsFromEnv interprets an ISONODE_REACTOR_SHARDS value: GOMAXPROCS when
// empty or not a positive number, at most 256.
func ShardsFromEnv(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return runtime.GOMAXPROCS(0)
	}
	if n > 256 {
		return 256
	}
	return n
}

// DefaultReactor is the process-wide reactor, started on first use with
// ISONODE_REACTOR_SHARDS shards (default GOMAXPROCS). Any goroutine.
func DefaultReactor() (*Reactor, error) {
	defaultReactorOnce.Do(func() {
		defaultReactor, defaultReactorErr = NewReactor(ShardsFromEnv(os.Getenv("ISONODE_REACTOR_SHARDS")))
	})
	return defaultReactor, defaultReactorErr
}

// NewReactor starts a reactor of n shards (at least 1): n epoll instances,
// each with an eventfd and a goroutine locked to its OS thread. Any goroutine.
func NewReactor(n int) (*Reactor, error) {
	if n < 1 {
		n = 1
	}
	r := &Reactor{}
	for i := 0; i < n; i++ {
		sh, err := newShard(r, i)
		if err != nil {
			r.Close()
			return nil, err
		}
		r.shards = append(r.shards, sh)
		go sh.run()
	}
	return r, nil
}

func newShard(r *Reactor, idx int) (*shard, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, os.NewSyscallError("epoll_create1", err)
	}
	evfd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return nil, os.NewSyscallError("eventfd", err)
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN | unix.EPOLLET, Fd: int32(evfd), Pad: 0}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, evfd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(evfd)
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	// The epoll descriptor itself is waited on through Go's network
	// poller (an epoll set is readable while it has events ready), so a
	// shard that waits holds no P of the Go scheduler.
	if err := unix.SetNonblock(epfd, true); err != nil {
		unix.Close(epfd)
		unix.Close(evfd)
		return nil, os.NewSyscallError("fcntl", err)
	}
	f := os.NewFile(uintptr(epfd), "epoll")
	conn, err := f.SyscallConn()
	if err != nil {
		f.Close()
		unix.Close(evfd)
		return nil, err
	}
	return &shard{r: r, idx: idx, epfd: epfd, evfd: evfd, file: f, conn: conn, regs: make(map[int32]*Registration), done: make(chan struct{})}, nil
}

// Shards is the number of shards.
func (r *Reactor) Shards() int { return len(r.shards) }

// Stats returns a snapshot of the counters. Any goroutine.
func (r *Reactor) Stats() Stats {
	st := Stats{Registered: r.registered.Load()}
	for _, sh := range r.shards {
		st.Shards = append(st.Shards, ShardStats{
			Events: sh.events.Load(), Wakeups: sh.wakeups.Load(),
			Batches: sh.batches.Load(), Stale: sh.stale.Load(),
		})
	}
	return st
}

// Register adds fd (which must be non-blocking) to a shard's epoll set,
// edge-triggered, for events (Readable|Writable|PeerHup…; Error and Hangup
// are always reported). h runs on iso's loop goroutine for every batch of
// readiness that reaches the isolate, until Close. The fd stays owned by
// the caller. Loop goroutine of iso only.
func (r *Reactor) Register(iso *isolate.Isolate, fd int, events uint32, h Handler) (*Registration, error) {
	if r.closed.Load() {
		return nil, ErrClosed
	}
	sh := r.shards[iso.ID()%uint64(len(r.shards))]
	sh.mu.Lock()
	sh.gen++
	if sh.gen == 0 { // 0 is the eventfd's tag
		sh.gen = 1
	}
	reg := &Registration{fd: int32(fd), gen: sh.gen, sh: sh, iso: iso, h: h, evset: events}
	if old := sh.regs[int32(fd)]; old != nil {
		// The fd was closed without Close and reused: the old registration
		// is gone from the kernel's set; retire it.
		old.dead.Store(true)
		r.registered.Add(-1)
	}
	sh.regs[int32(fd)] = reg
	sh.mu.Unlock()
	if !iso.HasIdlePoll() {
		iso.SetIdlePoll(sh.idlePoller(iso))
	}
	ev := unix.EpollEvent{Events: events | unix.EPOLLET, Fd: int32(fd), Pad: int32(reg.gen)}
	err := retryEINTR(func() error { return unix.EpollCtl(sh.epfd, unix.EPOLL_CTL_ADD, fd, &ev) })
	if err == unix.EEXIST {
		err = retryEINTR(func() error { return unix.EpollCtl(sh.epfd, unix.EPOLL_CTL_MOD, fd, &ev) })
	}
	if err != nil {
		sh.mu.Lock()
		if sh.regs[int32(fd)] == reg {
			delete(sh.regs, int32(fd))
		}
		sh.mu.Unlock()
		reg.dead.Store(true)
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	r.registered.Add(1)
	return reg, nil
}

// Fd is the registered file descriptor.
func (reg *Registration) Fd() int { return int(reg.fd) }

// Closed reports whether Close was called.
func (reg *Registration) Closed() bool { return reg.dead.Load() }

// Modify replaces the event set (re-arms the registration: with edge
// triggering a Modify also reports readiness that is already there).
// Loop goroutine only.
func (reg *Registration) Modify(events uint32) error {
	if reg.dead.Load() {
		return ErrClosed
	}
	reg.evset = events
	ev := unix.EpollEvent{Events: events | unix.EPOLLET, Fd: reg.fd, Pad: int32(reg.gen)}
	err := retryEINTR(func() error { return unix.EpollCtl(reg.sh.epfd, unix.EPOLL_CTL_MOD, int(reg.fd), &ev) })
	if err != nil {
		return os.NewSyscallError("epoll_ctl", err)
	}
	return nil
}

// Close removes the registration; no handler call happens after it, even
// for events already collected or posted. Call it before closing the fd.
// Closing twice is a no-op. Loop goroutine only.
func (reg *Registration) Close() {
	if reg.dead.Swap(true) {
		return
	}
	sh := reg.sh
	sh.mu.Lock()
	mine := sh.regs[reg.fd] == reg
	if mine {
		delete(sh.regs, reg.fd)
	}
	sh.mu.Unlock()
	if mine {
		_ = retryEINTR(func() error { return unix.EpollCtl(sh.epfd, unix.EPOLL_CTL_DEL, int(reg.fd), nil) })
		sh.r.registered.Add(-1)
	}
}

// Close stops the shards' goroutines and closes their epoll and eventfd
// descriptors. Registrations are not closed. For tests; the default reactor
// lives as long as the process. Any goroutine.
func (r *Reactor) Close() {
	if r.closed.Swap(true) {
		return
	}
	for _, sh := range r.shards {
		sh.wake()
		sh.file.Close()
		<-sh.done
		unix.Close(sh.evfd)
	}
}

// wake writes the shard's eventfd.
func (sh *shard) wake() {
	one := [8]byte{1}
	_ = retryEINTR(func() error { _, err := unix.Write(sh.evfd, one[:]); return err })
}

// item is one event on its way to a loop.
type item struct {
	reg    *Registration
	events uint32
}

type batch struct {
	iso   *isolate.Isolate
	items []item
}

func (sh *shard) run() {
	if LockShardThreads {
		runtime.LockOSThread()
	}
	defer close(sh.done)
	evs := make([]unix.EpollEvent, maxEvents)
	var batches []batch
	var n int
	var werr error
	wait := func(fd uintptr) bool {
		n, werr = unix.EpollWait(int(fd), evs, 0)
		return n > 0 || (werr != nil && werr != unix.EINTR)
	}
	for {
		if err := sh.conn.Read(wait); err != nil {
			return // the epoll file was closed
		}
		if werr != nil {
			if werr == unix.EINTR {
				continue
			}
			return
		}
		if sh.r.closed.Load() {
			return
		}
		batches = sh.collect(evs[:n], batches[:0])
		sh.deliver(batches, nil)
	}
}

// deliver hands each isolate its batch: self's runs at once (the caller is
// self's loop goroutine), the others' are posted. It reports whether it
// ran any handler.
func (sh *shard) deliver(batches []batch, self *isolate.Isolate) bool {
	ran := false
	for j := range batches {
		items := batches[j].items
		sh.batches.Add(1)
		iso := batches[j].iso
		if self != nil && iso == self {
			dispatch(iso, items)
			ran = true
			// done with: the next collect appends to it again
			clear(items)
			batches[j].items = items[:0]
		} else {
			batches[j].items = nil // the posted dispatch owns them
			iso.Post(func() { dispatch(iso, items) })
		}
	}
	return ran
}

// idlePoller returns iso's idle poll (see isolate.SetIdlePoll): an
// epoll_wait on the shard that does not wait, whose events for iso run at
// once on its loop goroutine and whose events for other isolates are
// posted to them, as the shard's goroutine would. A busy isolate so takes
// its next events itself instead of waiting for the shard's goroutine to
// be woken by Go's netpoller and to wake it in turn.
func (sh *shard) idlePoller(iso *isolate.Isolate) func() bool {
	var evs []unix.EpollEvent
	var batches []batch
	return func() bool {
		if sh.r.closed.Load() {
			return false
		}
		if evs == nil {
			evs = make([]unix.EpollEvent, idlePollEvents)
		}
		n, _, e := unix.RawSyscall6(unix.SYS_EPOLL_PWAIT, uintptr(sh.epfd), uintptr(unsafe.Pointer(&evs[0])), uintptr(len(evs)), 0, 0, 0)
		if e != 0 || n == 0 {
			return false
		}
		batches = sh.collect(evs[:n], batches[:0])
		return sh.deliver(batches, iso)
	}
}

// collect sorts one epoll_wait's events into per-isolate batches, dropping
// the eventfd's and stale ones.
func (sh *shard) collect(evs []unix.EpollEvent, batches []batch) []batch {
	var buf [8]byte
	sh.mu.Lock()
	defer sh.mu.Unlock()
	for i := range evs {
		ev := &evs[i]
		if ev.Fd == int32(sh.evfd) && ev.Pad == 0 {
			sh.wakeups.Add(1)
			for {
				if _, err := unix.Read(sh.evfd, buf[:]); err != unix.EINTR {
					break
				}
			}
			continue
		}
		sh.events.Add(1)
		reg := sh.regs[ev.Fd]
		if reg == nil || reg.gen != uint32(ev.Pad) {
			sh.stale.Add(1)
			continue
		}
		j := 0
		for j < len(batches) && batches[j].iso != reg.iso {
			j++
		}
		if j == len(batches) {
			if j < cap(batches) {
				// (keeps the items slice a batch ran on at once; see deliver)
				batches = batches[:j+1]
				batches[j].iso = reg.iso
			} else {
				batches = append(batches, batch{iso: reg.iso})
			}
		}
		batches[j].items = append(batches[j].items, item{reg: reg, events: ev.Events})
	}
	return batches
}

// dispatch runs on iso's loop goroutine: every live registration's
// handler, in the order epoll reported them, as one batch of callbacks
// (isolate.RunBatch).
func dispatch(iso *isolate.Isolate, items []item) {
	iso.RunBatch(len(items), func(i int) {
		if it := items[i]; !it.reg.dead.Load() {
			it.reg.h(it.events)
		}
	})
}

// retryEINTR calls f until it does not fail with EINTR.
func retryEINTR(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}
