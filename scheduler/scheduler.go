// Package scheduler spawns isolates, each on its own goroutine, names them,
// supervises them and stops them.
//
// Every method may be called from any goroutine. An isolate's own runtime is
// touched only by the goroutine Spawn starts for it.
//
//	s := scheduler.New()
//	h := s.Spawn(scheduler.Spec{Name: "main", Start: nodeapi.Start(host, main)})
//	res := h.Wait() // res.Code is the exit code
package scheduler

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/isonode/isonode/isolate"
)

// Spec describes an isolate to spawn.
type Spec struct {
	Name    string
	Options isolate.Options
	// Start runs on the isolate's goroutine before its loop (typically
	// nodeapi.Start(host, main)).
	Start func(*isolate.Isolate) error
	// LockOSThread pins the isolate's goroutine to one OS thread for its
	// whole life (for code that relies on thread identity).
	LockOSThread bool
}

// Handle is a spawned isolate.
type Handle struct {
	iso     *isolate.Isolate
	done    chan struct{}
	res     isolate.Result
	started time.Time
	elapsed time.Duration
}

// Isolate returns the isolate; use only its any-goroutine methods
// (Post, Terminate, Interrupt, Name, ID) from outside it.
func (h *Handle) Isolate() *isolate.Isolate { return h.iso }

// Done is closed when the isolate has ended.
func (h *Handle) Done() <-chan struct{} { return h.done }

// Wait blocks until the isolate ends and returns how it ended.
func (h *Handle) Wait() isolate.Result {
	<-h.done
	return h.res
}

// Stop terminates the isolate and waits for it to end.
func (h *Handle) Stop() isolate.Result {
	h.iso.Terminate()
	return h.Wait()
}

// Duration is how long the isolate ran (valid after Done).
func (h *Handle) Duration() time.Duration { return h.elapsed }

// ExitReason classifies how an isolate ended, for metrics and logs.
type ExitReason string

// Exit reasons.
const (
	ExitNormal     ExitReason = "exit"       // code 0
	ExitError      ExitReason = "error"      // non-zero code
	ExitTerminated ExitReason = "terminated" // Terminate / Stop
	ExitCrash      ExitReason = "crash"      // Go panic inside the isolate
)

// Reason classifies a result.
func Reason(r isolate.Result) ExitReason {
	var ie *isolate.InternalError
	switch {
	case errors.As(r.Err, &ie):
		return ExitCrash
	case errors.Is(r.Err, isolate.ErrTerminated):
		return ExitTerminated
	case r.Code != 0 || r.Err != nil:
		return ExitError
	}
	return ExitNormal
}

// Scheduler owns a set of isolates.
type Scheduler struct {
	mu      sync.Mutex
	live    map[uint64]*Handle
	wg      sync.WaitGroup
	spawned atomic.Uint64
	exited  sync.Map // ExitReason → *atomic.Uint64
	// OnSpawn, if set before the first Spawn, is called by Spawn before
	// the isolate starts running (for logs), on Spawn's caller's goroutine.
	OnSpawn func(h *Handle)
	// OnExit, if set before the first Spawn, is called on the isolate's
	// goroutine after it ends (for logs).
	OnExit func(h *Handle, reason ExitReason)
}

// New returns an empty scheduler.
func New() *Scheduler { return &Scheduler{live: make(map[uint64]*Handle)} }

// Spawn creates an isolate and starts it on a new goroutine.
func (s *Scheduler) Spawn(spec Spec) *Handle {
	opts := spec.Options
	if spec.Name != "" {
		opts.Name = spec.Name
	}
	iso := isolate.New(opts)
	h := &Handle{iso: iso, done: make(chan struct{}), started: time.Now()}
	s.mu.Lock()
	s.live[iso.ID()] = h
	s.mu.Unlock()
	s.spawned.Add(1)
	if s.OnSpawn != nil {
		s.OnSpawn(h)
	}
	s.wg.Add(1)
	go s.run(h, spec)
	return h
}

func (s *Scheduler) run(h *Handle, spec Spec) {
	defer s.wg.Done()
	if spec.LockOSThread {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
	}
	start := spec.Start
	if start == nil {
		start = func(*isolate.Isolate) error { return nil }
	}
	h.res = h.iso.Run(start)
	h.elapsed = time.Since(h.started)
	reason := Reason(h.res)
	c, _ := s.exited.LoadOrStore(reason, new(atomic.Uint64))
	c.(*atomic.Uint64).Add(1)
	s.mu.Lock()
	delete(s.live, h.iso.ID())
	s.mu.Unlock()
	if s.OnExit != nil {
		s.OnExit(h, reason)
	}
	close(h.done)
}

// Live returns the isolates still running.
func (s *Scheduler) Live() []*Handle {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Handle, 0, len(s.live))
	for _, h := range s.live {
		out = append(out, h)
	}
	return out
}

// Lookup finds a live isolate by ID.
func (s *Scheduler) Lookup(id uint64) (*Handle, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.live[id]
	return h, ok
}

// Spawned is the number of isolates ever spawned.
func (s *Scheduler) Spawned() uint64 { return s.spawned.Load() }

// Exited returns how many isolates ended for the given reason.
func (s *Scheduler) Exited(r ExitReason) uint64 {
	if c, ok := s.exited.Load(r); ok {
		return c.(*atomic.Uint64).Load()
	}
	return 0
}

// Wait blocks until every spawned isolate has ended.
func (s *Scheduler) Wait() { s.wg.Wait() }

// StopAll terminates every live isolate and waits for them.
func (s *Scheduler) StopAll() {
	for _, h := range s.Live() {
		h.iso.Terminate()
	}
	s.Wait()
}
