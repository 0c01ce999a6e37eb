// Package isolate runs one goja runtime on one event loop.
//
// An Isolate owns a *goja.Runtime and the loop that drives it: a timer heap,
// the setImmediate queue, the process.nextTick queue, close callbacks,
// ref-counted handles and a mailbox that other goroutines post into. The
// package knows nothing of Node's API; nodeapi builds that on top of it.
//
// # Goroutines
//
// Exactly one goroutine — the loop goroutine, the one that calls Run — may
// touch the runtime or call any method not marked otherwise. Post, Interrupt,
// Terminate, Name and ID may be called from any goroutine. Work that finishes
// elsewhere (a worker pool, a reactor shard) comes back through Post, or
// through a Request, which also keeps the loop alive until it completes:
//
//	req := iso.BeginRequest("fs.stat")    // loop goroutine
//	go func() {
//		st, err := os.Stat(path)           // any goroutine
//		req.Complete(func() {               // runs later on the loop goroutine
//			iso.MakeCallback(cb, goja.Undefined(), toJS(st, err)...)
//		})
//	}()
//
// # Loop phases
//
// As in Node: timers, then the mailbox (I/O completions), then setImmediate
// callbacks, then close callbacks, until nothing ref'd is left. After every
// callback entered through MakeCallback the nextTick queue is drained, then
// promise jobs, repeatedly, until both are empty. Callbacks that come
// together (the sockets one epoll wait finds ready, one turn's immediates)
// run through RunBatch: one entry into goja for all of them, with that
// draining still after each.
//
// # Instrumentation
//
// The loop keeps counters for metrics in atomics, written only by the loop
// goroutine and never allocating: Stats (callbacks, ticks, posts, limit
// violations), the open handles by kind (EachHandleKind), ActiveRequests,
// and ReadLoopStats (time blocked in poll vs active, time in JS, the
// running callback's duration, timer lag histogram, current lag). All of
// these may be read from any goroutine, also while a script is stuck in a
// loop. The cost on the loop: two clock reads per top-level callback, two
// per blocking poll, and a few plain atomic stores per iteration and per
// fired timer.
package isolate

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"
)

// Options configure an isolate at creation. The zero value is usable.
type Options struct {
	// Name identifies the isolate in logs and metrics; defaults to "isolate-<id>".
	Name string
	// MaxCallDepth bounds the JS call stack; deeper recursion throws
	// "RangeError: Maximum call stack size exceeded". Default 10000.
	MaxCallDepth int
	// MaxMemory, when positive, is a memory budget in bytes for each
	// callback: a callback that grows the heap by more (sampled by
	// internal/memwatch, stopped by twice the budget) terminates the
	// isolate with a *MemoryLimitError. Allocations of other isolates
	// running meanwhile count against it; memory kept across callbacks
	// does not. 0: the default budget, memwatch.HeapLimit() (V8's heap
	// limit on this machine), watched only in callbacks that run longer
	// than longCallback (heapguard.go), so that short ones pay nothing;
	// negative: none.
	MaxMemory int64
}

// MemoryLimitError is the Result error of an isolate stopped by its memory
// budget (Options.MaxMemory).
type MemoryLimitError struct{ Limit int64 }

func (e *MemoryLimitError) Error() string {
	return fmt.Sprintf("isolate exceeded its memory budget of %d bytes", e.Limit)
}

// Node ends a process whose heap outgrew its limit by aborting, after
// printing FatalOutOfMemory: an exit status of ExitAborted for a shell, the
// signal SIGABRT for a parent that spawned it. An isolate stopped by its
// memory budget ends the same way.
const (
	FatalOutOfMemory = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"
	ExitAborted      = 128 + 6
)

// RegexpMatchTimeout bounds one backtracking regexp match. goja's engine for
// patterns that need backtracking (lookarounds, backreferences) is
// exponential on hostile input; a match that runs longer fails as no match.
// It is read once, when the first isolate is created.
var RegexpMatchTimeout = 2 * time.Second

var regexpTimeoutOnce sync.Once

// DefaultMaxCallDepth is the call depth limit when Options.MaxCallDepth is 0.
const DefaultMaxCallDepth = 10000

var nextID atomic.Uint64

// ErrTerminated is the Result error of an isolate stopped by Terminate.
var ErrTerminated = errors.New("isolate terminated")

// Result says how an isolate ended.
type Result struct {
	// Code is the exit code (process.exitCode / process.exit(code)).
	Code int
	// Err is non-nil when the isolate did not end normally: ErrTerminated,
	// or an *InternalError when Go code panicked inside it.
	Err error
}

// InternalError is a Go panic caught at the isolate boundary. Only the
// isolate it happened in ends.
type InternalError struct {
	Isolate string
	Value   any
	Stack   string
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("isolate %s: internal error: %v", e.Isolate, e.Value)
}

// ExitCodeInternalError is the exit code of an isolate ended by an InternalError.
const ExitCodeInternalError = 70

// Hooks let the layer above (nodeapi) give Node's meaning to loop events.
// Each is called on the loop goroutine, at top level (never inside JS).
type Hooks struct {
	// Uncaught receives an exception that escaped a callback. It emits
	// 'uncaughtException' or prints the error and calls Exit.
	Uncaught func(err error)
	// AfterCallbacks runs when the nextTick and microtask queues are empty
	// after a callback (Node processes unhandled rejections here). It
	// returns true if it ran JS, so the queues are drained again.
	AfterCallbacks func() bool
	// BeforeExit runs when the loop has nothing left to do; it may schedule
	// more work, and the loop goes on if it does.
	BeforeExit func()
}

// Isolate is one goja runtime with its event loop. Create it with New, start
// it with Run on the goroutine that will own it.
type Isolate struct {
	id   uint64
	name string
	rt   *goja.Runtime

	hooks Hooks

	// mailbox: guarded by mu, written by any goroutine.
	mu         sync.Mutex
	inbox      []func()
	wake       chan struct{}
	terminated atomic.Bool
	termReason atomic.Pointer[error] // see terminateWith
	limits     Options               // the options' limits (Limits)
	heapGuard  heapGuard             // the default memory budget's state (heapguard.go)

	// loop state: loop goroutine only.
	started    time.Time
	now        int64 // loop time, ms since started
	lastNs     int64 // the loop goroutine's latest clock reading, ns since started
	timers     timerHeap
	timerSeq   uint64
	refTimers  int
	immediates []*Immediate
	refImmed   int
	closing    []func()
	idlePoll   func() bool // see SetIdlePoll
	// ticksHeld: a tick threw, the rest of the queue waits for the next
	// callback (holdTicks); tickDrainPosted: a task to run them is posted.
	ticksHeld, tickDrainPosted bool
	refHandles                 int
	requests                   atomic.Int64
	ticks                      []tick
	tickHead                   int
	depth                      int
	exiting                    bool
	exitCode                   int
	pollTimer                  *time.Timer
	values                     map[any]any

	trampoline goja.Callable
	runCurrent goja.Value
	runBatch   goja.Value // runBatchSteps
	current    callback
	batch      batch

	stats Stats
	clock loopClock
	async *asyncContext // nil until SetContextHooks (domain_hooks.go)

	handleMu    sync.Mutex
	handleKinds []*handleKind
}

// Stats are counters kept by the loop; read them with Isolate.Stats.
type Stats struct {
	Callbacks atomic.Uint64 // callbacks entered through MakeCallback
	Ticks     atomic.Uint64 // nextTick callbacks run
	Posts     atomic.Uint64 // tasks taken from the mailbox
	// LimitViolations counts limits the isolate ran into: the loop counts
	// stack overflows (MaxCallDepth); layers that enforce other limits add
	// theirs (Add(1)).
	LimitViolations atomic.Uint64
	// VMContexts and VMTimeouts count the vm contexts this isolate created
	// and the runs in them its timeouts stopped (vmctx adds them).
	VMContexts atomic.Uint64
	VMTimeouts atomic.Uint64
}

type callback struct {
	fn   goja.Callable
	this goja.Value
	args []goja.Value
	res  goja.Value
}

type tick struct {
	fn   goja.Callable
	args []goja.Value
	ctx  goja.Value // see ContextHooks
}

// trampolineSrc is the outermost JS frame of every callback: while it is on
// the stack, goja does not run promise jobs, so nextTick callbacks run first,
// as in Node, and the jobs run when it returns.
var trampolineProgram = goja.MustCompile("isolate:trampoline", "(function (run) { return run(); })", true)

// New creates an isolate. It may be called from any goroutine; the isolate
// then belongs to the goroutine that calls Run.
func New(opts Options) *Isolate {
	regexpTimeoutOnce.Do(func() { regexp2.DefaultMatchTimeout = RegexpMatchTimeout })
	id := nextID.Add(1)
	name := opts.Name
	if name == "" {
		name = "isolate-" + strconv.FormatUint(id, 10)
	}
	depth := opts.MaxCallDepth
	if depth <= 0 {
		depth = DefaultMaxCallDepth
	}
	rt := goja.New()
	rt.SetMaxCallStackSize(depth)
	iso := &Isolate{id: id, name: name, rt: rt, wake: make(chan struct{}, 1), started: time.Now(),
		limits: Options{MaxCallDepth: depth, MaxMemory: opts.MaxMemory}}
	tv, err := rt.RunProgram(trampolineProgram)
	if err != nil {
		panic(err)
	}
	iso.trampoline, _ = goja.AssertFunction(tv)
	iso.runCurrent = rt.ToValue(iso.runCurrentCallback)
	iso.runBatch = rt.ToValue(iso.runBatchSteps)
	return iso
}

// Limits are the isolate's limits (Options without the name), for the
// isolates it starts (forked children) to inherit. Any goroutine.
func (iso *Isolate) Limits() Options { return iso.limits }

// ID is unique within the process. Any goroutine.
func (iso *Isolate) ID() uint64 { return iso.id }

// Name is the isolate's name. Any goroutine.
func (iso *Isolate) Name() string { return iso.name }

// Runtime is the isolate's goja runtime. Loop goroutine only.
func (iso *Isolate) Runtime() *goja.Runtime { return iso.rt }

// SetHooks installs the hooks. Loop goroutine, before Run's start returns.
func (iso *Isolate) SetHooks(h Hooks) { iso.hooks = h }

// Stats returns the loop's counters. Any goroutine.
func (iso *Isolate) Stats() *Stats { return &iso.stats }

// Value returns what SetValue stored under key. Loop goroutine only.
// Packages use it to keep per-isolate state under an unexported key type.
func (iso *Isolate) Value(key any) any { return iso.values[key] }

// SetValue stores per-isolate state. Loop goroutine only.
func (iso *Isolate) SetValue(key, v any) {
	if iso.values == nil {
		iso.values = make(map[any]any)
	}
	iso.values[key] = v
}

// Run makes the calling goroutine the loop goroutine, calls start (which
// typically runs the main script through MakeCallback or RunMain), then runs
// the loop until nothing ref'd is left, Exit is called or the isolate is
// terminated. A Go panic inside ends only this isolate, with an
// *InternalError.
func (iso *Isolate) Run(start func(*Isolate) error) (res Result) {
	iso.clock.runStart.Store(iso.mono() + 1)
	defer func() {
		if v := recover(); v != nil {
			res = Result{Code: ExitCodeInternalError, Err: &InternalError{Isolate: iso.name, Value: v, Stack: string(debug.Stack())}}
		}
		iso.terminated.Store(true)
		iso.clock.jsSince.Store(0)
		iso.clock.runEnd.Store(iso.mono() + 1)
		iso.drainMailboxOnExit()
	}()
	if iso.limits.MaxMemory == 0 {
		guardHeap(iso)
		defer unguardHeap(iso)
	}
	iso.updateNow()
	if err := start(iso); err != nil {
		if iso.terminated.Load() {
			return Result{Code: 1, Err: iso.terminationError()}
		}
		return Result{Code: 1, Err: err}
	}
	iso.loop()
	if iso.terminated.Load() && !iso.exiting {
		return Result{Code: 1, Err: iso.terminationError()}
	}
	return Result{Code: iso.exitCode}
}

// Exit stops the isolate with code as soon as the running JS unwinds: no
// further callbacks run. Loop goroutine only (process.exit calls it).
func (iso *Isolate) Exit(code int) {
	if iso.exiting {
		return
	}
	iso.exiting = true
	iso.exitCode = code
	iso.rt.Interrupt(errExit)
}

// SetExitCode sets the code the isolate ends with when its loop drains.
// Loop goroutine only.
func (iso *Isolate) SetExitCode(code int) { iso.exitCode = code }

// Exiting reports whether Exit was called or the isolate was terminated.
// Loop goroutine only.
func (iso *Isolate) Exiting() bool { return iso.exiting || iso.terminated.Load() }

var errExit = errors.New("process exit")

// Interrupt aborts the JS running now (or the next JS to run) with v; the
// callback it aborts reports an *goja.InterruptedError to the Uncaught hook.
// Any goroutine.
func (iso *Isolate) Interrupt(v any) { iso.rt.Interrupt(v) }

// Terminate stops the isolate: the running JS is aborted and no further
// callbacks run; Run returns ErrTerminated. Any goroutine.
func (iso *Isolate) Terminate() {
	if iso.terminated.Swap(true) {
		return
	}
	iso.rt.Interrupt(ErrTerminated)
	iso.signal()
}

// terminateWith terminates the isolate with err as its Result error (the
// first reason given wins). Any goroutine.
func (iso *Isolate) terminateWith(err error) {
	iso.termReason.CompareAndSwap(nil, &err)
	iso.Terminate()
}

// terminationError is why the isolate was terminated: ErrTerminated unless
// terminateWith gave a reason.
func (iso *Isolate) terminationError() error {
	if r := iso.termReason.Load(); r != nil {
		return *r
	}
	return ErrTerminated
}

// Terminated reports whether Terminate was called or the isolate ended.
// Any goroutine.
func (iso *Isolate) Terminated() bool { return iso.terminated.Load() }

// Post queues fn to run on the loop goroutine during the poll phase. It
// returns false (and drops fn) if the isolate has ended. Post does not keep
// the loop alive by itself: hold a Handle or a Request for that. Any goroutine.
func (iso *Isolate) Post(fn func()) bool {
	if iso.terminated.Load() {
		return false
	}
	iso.mu.Lock()
	iso.inbox = append(iso.inbox, fn)
	first := len(iso.inbox) == 1
	iso.mu.Unlock()
	if first {
		iso.signal()
	}
	return true
}

func (iso *Isolate) signal() {
	select {
	case iso.wake <- struct{}{}:
	default:
	}
}

func (iso *Isolate) drainMailboxOnExit() {
	iso.mu.Lock()
	iso.inbox = nil
	iso.mu.Unlock()
}
