// Package reactor holds the process-wide machinery that isolates share for
// work that cannot run on a loop goroutine: Pool, the bounded worker pool
// for blocking calls (libuv's threadpool), and Reactor, the sharded epoll
// reactor for non-blocking descriptors (sockets).
//
// # Pool
//
// One Pool serves the whole process — every isolate — and is started lazily,
// on the first Submit. Its size is read once from UV_THREADPOOL_SIZE
// (default 4, clamped to 1…1024), like libuv's. The queue is unbounded, so
// submitting never blocks the loop; the workers bound how many blocking
// system calls run at once (each occupies an OS thread while it blocks).
//
// Who calls what, from which goroutine:
//
//   - The isolate's loop goroutine calls Submit (or Default().Submit). Submit
//     opens an isolate.Request, so the loop stays alive until the job's
//     completion has run, and queues the job. It returns at once.
//   - A pool goroutine runs work(). work must not touch the goja runtime or
//     any loop-only isolate state: it does the blocking call and captures
//     plain Go results. It returns the completion, a func() (nil for none).
//   - The completion runs later on the same isolate's loop goroutine, in the
//     poll phase (posted through Request.Complete), where it may build JS
//     values and call isolate.MakeCallback. If the isolate ended meanwhile,
//     the completion is dropped and the request ends anyway.
//
// Example:
//
//	// on the loop goroutine, inside a native function:
//	reactor.Default().Submit(iso, "fs.stat", func() func() {
//		fi, err := os.Stat(path) // pool goroutine: blocking is fine here
//		return func() {          // loop goroutine again
//			if err != nil {
//				iso.MakeCallback(cb, goja.Undefined(), toJSError(err))
//				return
//			}
//			iso.MakeCallback(cb, goja.Undefined(), goja.Null(), toJS(fi))
//		}
//	})
//
// Queued, Busy and Completed are atomic counters, readable from any
// goroutine (for metrics).
//
// # Reactor
//
// A Reactor (epoll_linux.go) is N shards — DefaultReactor has
// ISONODE_REACTOR_SHARDS of them, default GOMAXPROCS — each an epoll
// instance with an eventfd for wake-ups, served by one goroutine (locked to
// an OS thread only if LockShardThreads is set). The shard's epoll
// descriptor is itself waited on through Go's network poller, so a waiting
// shard holds no P of the Go scheduler; when it is readable the shard takes up to 256 events
// with epoll_wait and sorts them by isolate: one isolate.Post per isolate
// per batch, never one per event. All of an isolate's registrations live
// on one shard (chosen by isolate ID), so the isolate sees its events in
// the kernel's order. There is no goroutine per descriptor and none per
// timer. An isolate with registrations also polls its shard itself, without
// waiting, each time its loop would block (isolate.SetIdlePoll): a busy
// isolate takes its next events at once instead of through the shard
// goroutine's netpoller wake-up and a second wake-up of its own.
//
// Registrations are edge-triggered: a handler must read (or write, or
// accept) until EAGAIN — or a short read on a stream socket — before it
// can expect another event, and must retry EINTR. Each registration
// carries a generation tag (in the epoll event's data), and the shard
// checks it against the live registration for that descriptor, so events
// for a descriptor that was closed and reused are dropped; events already
// posted for a registration closed since are dropped on the loop.
//
// Who calls what, from which goroutine:
//
//   - The isolate's loop goroutine calls Register, and Modify and Close on
//     the Registration. The descriptor must be non-blocking
//     (SOCK_NONBLOCK|SOCK_CLOEXEC) and stays owned by the caller: Close the
//     registration first, then close the descriptor.
//   - A shard goroutine waits and collects events; it never runs handlers
//     and never touches JS.
//   - The Handler runs on the owning isolate's loop goroutine, in the poll
//     phase, with the event bits (Readable, Writable, PeerHup, Hangup,
//     Error). It may call into JS with isolate.MakeCallback. A registration
//     does not keep the loop alive: hold an isolate.Handle for that.
//   - Stats and the counters (events, wake-ups, batches, stale events per
//     shard; live registrations) are atomics, readable from any goroutine.
//
// Example: a connected non-blocking socket fd, read on the loop:
//
//	r, _ := reactor.DefaultReactor()
//	h := iso.NewHandle("TCP") // keeps the loop alive
//	var reg *reactor.Registration
//	reg, err := r.Register(iso, fd, reactor.Readable|reactor.PeerHup, func(ev uint32) {
//		buf := make([]byte, 64<<10) // loop goroutine
//		for {
//			n, err := unix.Read(fd, buf)
//			if err == unix.EINTR {
//				continue
//			}
//			if err == unix.EAGAIN {
//				return // wait for the next edge
//			}
//			if n <= 0 { // EOF or error: done with this fd
//				reg.Close()
//				unix.Close(fd)
//				h.Close()
//				return
//			}
//			iso.MakeCallback(onData, goja.Undefined(), toBuffer(buf[:n]))
//		}
//	})
package reactor

import (
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/isonode/isonode/isolate"
)

// DefaultPoolSize is the pool size when UV_THREADPOOL_SIZE is unset or invalid.
const DefaultPoolSize = 4

// MaxPoolSize is the largest pool size UV_THREADPOOL_SIZE may ask for.
const MaxPoolSize = 1024

// Job is work for a pool goroutine. It returns the completion to run on the
// submitting isolate's loop goroutine, or nil.
type Job func() func()

type job struct {
	req  *isolate.Request
	work Job
}

// Pool is a bounded set of worker goroutines fed from an unbounded FIFO
// queue. The zero value is not usable; use NewPool or Default.
type Pool struct {
	size int

	start sync.Once
	mu    sync.Mutex
	cond  *sync.Cond
	queue []job
	head  int

	queued    atomic.Int64
	busy      atomic.Int64
	completed atomic.Uint64
}

// NewPool returns a pool of size workers (clamped to 1…MaxPoolSize); the
// workers start on the first Submit and live as long as the process. Any
// goroutine.
func NewPool(size int) *Pool {
	if size < 1 {
		size = 1
	}
	if size > MaxPoolSize {
		size = MaxPoolSize
	}
	p := &Pool{size: size}
	p.cond = sync.NewCond(&p.mu)
	return p
}

var (
	defaultOnce sync.Once
	defaultPool *Pool
)

// Default is the process-wide pool, sized from UV_THREADPOOL_SIZE on first
// use. Any goroutine.
func Default() *Pool {
	defaultOnce.Do(func() { defaultPool = NewPool(SizeFromEnv(os.Getenv("UV_THREADPOOL_SIZE"))) })
	return defaultPool
}

// SizeFromEnv interprets a UV_THREADPOOL_SIZE value: DefaultPoolSize when
// empty or not a positive number, at most MaxPoolSize.
func SizeFromEnv(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return DefaultPoolSize
	}
	if n > MaxPoolSize {
		return MaxPoolSize
	}
	return n
}

// Size is the number of workers.
func (p *Pool) Size() int { return p.size }

// Queued is the number of jobs waiting for a worker. Any goroutine.
func (p *Pool) Queued() int64 { return p.queued.Load() }

// Busy is the number of workers running a job now. Any goroutine.
func (p *Pool) Busy() int64 { return p.busy.Load() }

// Completed is the number of jobs run since the process started. Any goroutine.
func (p *Pool) Completed() uint64 { return p.completed.Load() }

// Submit runs work on a pool goroutine and then the completion work returns
// on iso's loop goroutine. The loop stays alive until then. kind names the
// request ("fs.stat"). Loop goroutine of iso only.
func (p *Pool) Submit(iso *isolate.Isolate, kind string, work Job) {
	p.start.Do(p.spawn)
	req := iso.BeginRequest(kind)
	p.mu.Lock()
	p.queue = append(p.queue, job{req: req, work: work})
	p.queued.Add(1)
	p.mu.Unlock()
	p.cond.Signal()
}

func (p *Pool) spawn() {
	for i := 0; i < p.size; i++ {
		go p.worker()
	}
}

func (p *Pool) take() job {
	p.mu.Lock()
	for p.head == len(p.queue) {
		p.cond.Wait()
	}
	j := p.queue[p.head]
	p.queue[p.head] = job{}
	p.head++
	if p.head == len(p.queue) {
		p.queue = p.queue[:0]
		p.head = 0
	} else if p.head > 1024 && p.head*2 > len(p.queue) {
		n := copy(p.queue, p.queue[p.head:])
		p.queue = p.queue[:n]
		p.head = 0
	}
	p.queued.Add(-1)
	p.busy.Add(1)
	p.mu.Unlock()
	return j
}

func (p *Pool) worker() {
	for {
		j := p.take()
		done := p.run(j.work)
		p.busy.Add(-1)
		p.completed.Add(1)
		if done == nil {
			done = func() {}
		}
		j.req.Complete(done)
	}
}

// run calls work, turning a panic into a completion that re-panics on the
// loop goroutine, where the isolate reports it as an internal error.
func (p *Pool) run(work Job) (done func()) {
	defer func() {
		if v := recover(); v != nil {
			done = func() { panic(v) }
		}
	}()
	return work()
}
