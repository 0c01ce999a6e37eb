package isolate

import (
	"errors"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/memwatch"
)

// MakeCallback calls fn as Node's MakeCallback does: at top level it then
// drains the nextTick queue and promise jobs, repeatedly, and hands an
// exception thrown by fn to the Uncaught hook. Called while JS is already on
// the stack (from a native function), it is a plain call and a throw
// propagates to the JS caller. Made by a step of RunBatch, it is a
// top-level callback run inside the batch's one entry into the runtime.
// Loop goroutine only.
//
// Example, from a mailbox task completing an asynchronous read:
//
//	iso.MakeCallback(cb, goja.Undefined(), goja.Null(), data)
func (iso *Isolate) MakeCallback(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	if iso.batch.stepping {
		return iso.makeCallbackInBatch(fn, this, args)
	}
	if iso.depth > 0 {
		v, err := fn(this, args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	if iso.Exiting() {
		return goja.Undefined()
	}
	t0, budget := iso.beginCallback(fn, this, args)
	res := iso.enter()
	return iso.endCallback(t0, budget, res)
}

// beginCallback makes fn(this, args...) the current callback: it is
// counted, timed as JS on the stack and watched for the memory budget.
func (iso *Isolate) beginCallback(fn goja.Callable, this goja.Value, args []goja.Value) (t0 int64, budget *memwatch.Entry) {
	iso.stats.Callbacks.Add(1)
	iso.current = callback{fn: fn, this: this, args: args}
	t0 = iso.mono()
	iso.clock.jsSince.Store(t0 + 1)
	if limit := iso.limits.MaxMemory; limit > 0 {
		budget = memwatch.Watch(uint64(limit), func() {
			iso.stats.LimitViolations.Add(1)
			iso.terminateWith(&MemoryLimitError{Limit: limit})
		})
	}
	return t0, budget
}

// endCallback ends what beginCallback began and returns the callback's
// result res (undefined for none).
func (iso *Isolate) endCallback(t0 int64, budget *memwatch.Entry, res goja.Value) goja.Value {
	if budget != nil {
		memwatch.Unwatch(budget)
	}
	iso.lastNs = iso.mono()
	iso.clock.jsNs.Store(iso.clock.jsNs.Load() + iso.lastNs - t0)
	iso.clock.jsSince.Store(0)
	iso.current = callback{}
	if res == nil {
		return goja.Undefined()
	}
	return res
}

// RunInTopLevel runs f (Go code that calls into JS) as one callback: it is
// counted as JS on the stack, and ticks and promise jobs drain after it. An
// error f returns goes to the Uncaught hook. Loop goroutine only.
func (iso *Isolate) RunInTopLevel(f func() error) {
	if iso.depth > 0 && !iso.batch.stepping {
		if err := f(); err != nil {
			panic(err)
		}
		return
	}
	fn := func(goja.Value, ...goja.Value) (goja.Value, error) { return goja.Undefined(), f() }
	iso.MakeCallback(fn, goja.Undefined())
}

// enter runs the current callback inside the trampoline, then keeps draining
// ticks and jobs until both queues are empty.
func (iso *Isolate) enter() (res goja.Value) {
	iso.ticksHeld = false // a new callback: ticks held back by a throw run after it
	return iso.cycle(true)
}

// cycle is enter's loop; first says whether the current callback is still
// to run (else only ticks, jobs and AfterCallbacks are left).
func (iso *Isolate) cycle(first bool) (res goja.Value) {
	for ; ; first = false {
		if !first {
			iso.current = callback{}
		}
		iso.depth++
		_, err := iso.trampoline(goja.Undefined(), iso.runCurrent)
		iso.depth--
		if first {
			res = iso.current.res
		}
		if err != nil {
			iso.handleThrow(err)
		}
		if iso.Exiting() {
			return res
		}
		if iso.tickHead < len(iso.ticks) && !iso.ticksHeld {
			continue
		}
		if iso.hooks.AfterCallbacks != nil {
			iso.depth++
			ran := iso.hooks.AfterCallbacks()
			iso.depth--
			if ran && !iso.Exiting() {
				continue
			}
		}
		return res
	}
}

// runCurrentCallback is the native function the trampoline calls.
func (iso *Isolate) runCurrentCallback(goja.FunctionCall) goja.Value {
	if c := iso.current; c.fn != nil {
		res, err := c.fn(c.this, c.args...)
		iso.current.res = res
		if err != nil {
			if isUncatchable(err) {
				panic(err)
			}
			iso.handleThrowNested(err)
		}
	}
	iso.drainTicks()
	return goja.Undefined()
}

// NextTick queues fn(args...) to run after the current callback, before
// promise jobs. Loop goroutine only.
func (iso *Isolate) NextTick(fn goja.Callable, args ...goja.Value) {
	iso.ticks = append(iso.ticks, tick{fn: fn, args: args, ctx: iso.captureContext()})
}

// PendingTicks reports how many nextTick callbacks are queued.
func (iso *Isolate) PendingTicks() int { return len(iso.ticks) - iso.tickHead }

func (iso *Isolate) drainTicks() {
	for iso.tickHead < len(iso.ticks) && !iso.ticksHeld {
		if iso.Exiting() {
			return
		}
		t := iso.ticks[iso.tickHead]
		iso.ticks[iso.tickHead] = tick{}
		iso.tickHead++
		iso.stats.Ticks.Add(1)
		if !iso.enterContext(t.ctx) {
			continue
		}
		_, err := t.fn(goja.Undefined(), t.args...)
		if err != nil {
			if isUncatchable(err) {
				panic(err)
			}
			iso.handleThrowNested(err)
		}
		iso.exitContext(t.ctx)
		if err != nil && iso.tickHead < len(iso.ticks) {
			iso.holdTicks()
		}
	}
	if iso.tickHead == len(iso.ticks) {
		iso.ticks = iso.ticks[:0]
		iso.tickHead = 0
	}
}

// holdTicks leaves the ticks still queued after one threw (and the throw
// was handled: 'uncaughtException', a domain) for after the next callback,
// as Node runs them, so that a handler queuing another throwing tick
// cannot keep timers and I/O from ever running. A posted task runs them if
// no other callback comes first.
func (iso *Isolate) holdTicks() {
	iso.ticksHeld = true
	if iso.tickDrainPosted {
		return
	}
	iso.tickDrainPosted = true
	iso.Post(func() {
		iso.tickDrainPosted = false
		if iso.tickHead < len(iso.ticks) {
			iso.RunInTopLevel(func() error { return nil })
		}
	})
}

func isUncatchable(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &ie) || errors.As(err, &so)
}

// handleThrowNested reports an exception caught while JS (the trampoline) is
// on the stack: the Uncaught hook may call into JS.
func (iso *Isolate) handleThrowNested(err error) {
	if iso.Exiting() || iso.hooks.Uncaught == nil {
		iso.fatal(err)
		return
	}
	iso.hooks.Uncaught(err)
}

// handleThrow reports an exception that unwound the whole trampoline:
// an interrupt (exit, terminate, Interrupt) or a stack overflow.
func (iso *Isolate) handleThrow(err error) {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		if v := ie.Value(); v == errExit || v == ErrTerminated {
			return
		}
	}
	iso.countStackOverflow(err)
	if iso.Exiting() {
		return
	}
	if iso.hooks.Uncaught == nil {
		iso.fatal(err)
		return
	}
	iso.depth++
	defer func() { iso.depth-- }()
	_, err2 := iso.trampoline(goja.Undefined(), iso.rt.ToValue(func(goja.FunctionCall) goja.Value {
		iso.hooks.Uncaught(err)
		return goja.Undefined()
	}))
	if err2 != nil && !iso.Exiting() {
		iso.fatal(err2)
	}
}

// countStackOverflow counts err as a limit violation when it is a stack
// overflow (MaxCallDepth).
func (iso *Isolate) countStackOverflow(err error) {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		iso.stats.LimitViolations.Add(1)
	}
}

func (iso *Isolate) fatal(error) {
	iso.Exit(1)
}
