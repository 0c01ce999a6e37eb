package isolate

import (
	"errors"
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// Batches: one entry into the runtime for many callbacks.
//
// Entering goja from Go costs about a microsecond beyond the call itself
// (the trampoline's frame, the try frame, a fresh value stack, and on
// return goja's own clean-up), which is a tenth of what a server pays per
// message. An epoll wait usually reports many ready sockets at once; RunBatch
// handles them all inside one entry. Every callback still runs as Node runs
// one from its event loop: after it, the nextTick queue and the promise
// jobs drain (repeatedly, until both are empty), then AfterCallbacks. goja
// drains promise jobs only when its outermost call returns, so inside a
// batch the isolate drains them itself: the job queue is read from goja's
// Runtime through the offset of its jobQueue field, checked by reflection
// when the package loads (jobQueueOffset). Should a goja release rename or
// retype that field, batches are off and every callback enters goja alone,
// as before (TestBatchJobQueueFound fails so that the change is noticed).

// jobQueueOffset is the offset of goja.Runtime's jobQueue ([]func()), or
// ^uintptr(0) when goja has no such field (batchesWork is then false).
var jobQueueOffset = func() uintptr {
	f, ok := reflect.TypeOf(goja.Runtime{}).FieldByName("jobQueue")
	if !ok || f.Type != reflect.TypeOf([]func(){}) {
		return ^uintptr(0)
	}
	return f.Offset
}()

// batchesWork reports whether RunBatch can drain promise jobs itself.
func batchesWork() bool { return jobQueueOffset != ^uintptr(0) }

// jobQueue returns a pointer to rt's pending promise jobs.
func jobQueue(rt *goja.Runtime) *[]func() {
	return (*[]func())(unsafe.Add(unsafe.Pointer(rt), jobQueueOffset))
}

// batch is the state of the RunBatch in progress. Loop goroutine only.
type batch struct {
	active bool
	// stepping: a step's Go code is running, outside any callback it made
	stepping bool
	step     func(i int)
	next, n  int
	// err: an uncatchable error the batch stops for (exit, termination,
	// or one thrown while reporting another); RunBatch reports it once
	// the trampoline has unwound.
	err error
}

// RunBatch calls step(0), …, step(n-1) in order, on the loop goroutine,
// where each step is Go code that would otherwise be its own task (one
// ready file descriptor's handler, say). A MakeCallback a step makes is a
// top-level callback with all that follows one (ticks, promise jobs,
// AfterCallbacks, an uncaught exception reported), but the whole batch
// enters the runtime once. An uncatchable error never unwinds a step's Go
// code: a stack overflow or an Interrupt ending a callback is reported to
// the Uncaught hook at once and the batch goes on; after exit or
// termination every later MakeCallback returns undefined without running
// and the steps not yet run are skipped. Loop goroutine only.
//
// Example, the reactor handing an isolate the sockets one epoll_wait
// found ready:
//
//	iso.RunBatch(len(items), func(i int) { items[i].handler(items[i].events) })
func (iso *Isolate) RunBatch(n int, step func(i int)) {
	b := &iso.batch
	if n < 2 || iso.depth > 0 || b.active || !batchesWork() {
		for i := 0; i < n && !iso.Exiting(); i++ {
			step(i)
		}
		return
	}
	*b = batch{active: true, step: step, n: n}
	for b.next < b.n && !iso.Exiting() {
		iso.depth++
		_, err := iso.trampoline(goja.Undefined(), iso.runBatch)
		iso.depth--
		if b.err != nil {
			err, b.err = b.err, nil
		}
		if err != nil {
			iso.handleThrow(err)
			if !iso.Exiting() {
				iso.cycle(false) // the ticks, jobs and AfterCallbacks left, as enter does
			}
		}
	}
	*b = batch{}
}

// runBatchSteps is the native function the trampoline calls for a batch:
// it runs the steps until they are done or one ends in an uncatchable
// error.
func (iso *Isolate) runBatchSteps(goja.FunctionCall) goja.Value {
	b := &iso.batch
	for b.next < b.n && b.err == nil && !iso.Exiting() {
		i := b.next
		b.next++
		b.stepping = true
		b.step(i)
		b.stepping = false
	}
	return goja.Undefined()
}

// makeCallbackInBatch is MakeCallback for a step of the batch in progress:
// enter's work, with the trampoline already on the stack.
func (iso *Isolate) makeCallbackInBatch(fn goja.Callable, this goja.Value, args []goja.Value) goja.Value {
	b := &iso.batch
	if b.err != nil || iso.Exiting() {
		return goja.Undefined()
	}
	b.stepping = false
	t0, budget := iso.beginCallback(fn, this, args)
	res := iso.endCallback(t0, budget, iso.runInBatch())
	b.stepping = true
	return res
}

// runInBatch is enter for a callback inside a batch: the current callback,
// then ticks and promise jobs until both are empty, then AfterCallbacks.
func (iso *Isolate) runInBatch() (res goja.Value) {
	iso.ticksHeld = false
	for first := true; ; first = false {
		if !first {
			iso.current = callback{}
		}
		err := iso.runCurrentGuarded()
		if first {
			res = iso.current.res
		}
		if err != nil && iso.uncatchableInBatch(err) || iso.Exiting() {
			return res
		}
		if err := iso.runJobsGuarded(); err != nil && iso.uncatchableInBatch(err) || iso.Exiting() {
			return res
		}
		if iso.tickHead < len(iso.ticks) && !iso.ticksHeld {
			continue
		}
		if iso.hooks.AfterCallbacks != nil {
			ran, err := iso.afterCallbacksGuarded()
			if err != nil && iso.uncatchableInBatch(err) || iso.Exiting() {
				return res
			}
			if ran {
				continue
			}
		}
		return res
	}
}

// uncatchableInBatch handles an uncatchable error that ended a callback in
// a batch, as handleThrow does outside one, and reports whether the batch
// must stop. Exit and termination stop it (the trampoline unwinds when
// the steps return). A stack overflow or an Interrupt goes to the Uncaught
// hook and the batch goes on; the interrupt is cleared first, as goja
// clears it when the trampoline unwinds, so that the next callback runs.
func (iso *Isolate) uncatchableInBatch(err error) (stop bool) {
	b := &iso.batch
	if iso.Exiting() {
		b.err = err
		return true
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		iso.rt.ClearInterrupt()
	}
	iso.countStackOverflow(err)
	if err := iso.handleThrowNestedGuarded(err); err != nil {
		b.err = err
		return true
	}
	return iso.Exiting()
}

// runJobs runs the pending promise jobs, and the jobs they queue, as goja
// does when its outermost call returns.
func (iso *Isolate) runJobs() {
	q := jobQueue(iso.rt)
	for len(*q) > 0 {
		jobs := *q
		*q = nil
		for _, job := range jobs {
			job()
		}
	}
}

// The guarded steps of a batched callback: each returns the uncatchable
// error (interrupt, stack overflow) that ended it, which would otherwise
// unwind the step's Go code; other panics go on.

func (iso *Isolate) runCurrentGuarded() (err error) {
	defer catchUncatchable(&err)
	iso.runCurrentCallback(goja.FunctionCall{})
	return nil
}

func (iso *Isolate) runJobsGuarded() (err error) {
	defer catchUncatchable(&err)
	iso.runJobs()
	return nil
}

func (iso *Isolate) afterCallbacksGuarded() (ran bool, err error) {
	defer catchUncatchable(&err)
	return iso.hooks.AfterCallbacks(), nil
}

func (iso *Isolate) handleThrowNestedGuarded(thrown error) (err error) {
	defer catchUncatchable(&err)
	iso.handleThrowNested(thrown)
	return nil
}

// catchUncatchable, deferred, stores in *err the uncatchable error a panic
// carries and stops the panic; any other panic goes on.
func catchUncatchable(err *error) {
	if x := recover(); x != nil {
		if e, ok := x.(error); ok && isUncatchable(e) {
			*err = e
			return
		}
		panic(x)
	}
}
