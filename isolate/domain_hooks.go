package isolate

import "github.com/dop251/goja"

// ContextHooks carry an async context — Node's active domain — from where a
// callback is scheduled to where it runs. While a context is set
// (SetContext), nextTick callbacks and Request completions remember it, and
// the loop enters it before they run and exits it after. Nothing is captured
// until SetContextHooks is called, so isolates that never load 'domain' pay
// nothing. Both hooks are called on the loop goroutine and must not throw.
type ContextHooks struct {
	// Enter makes ctx current before a callback scheduled under it runs.
	// It returns false if the callback must be skipped (a disposed domain).
	Enter func(ctx goja.Value) bool
	// Exit leaves ctx after the callback; leaving a context that an error
	// handler already left is a no-op.
	Exit func(ctx goja.Value)
}

type asyncContext struct {
	hooks   ContextHooks
	current goja.Value
}

// SetContextHooks installs the hooks. Loop goroutine only.
func (iso *Isolate) SetContextHooks(h ContextHooks) {
	if iso.async == nil {
		iso.async = &asyncContext{}
	}
	iso.async.hooks = h
}

// SetContext makes ctx (nil for none) the context that callbacks scheduled
// from now on are bound to. Loop goroutine only, after SetContextHooks.
func (iso *Isolate) SetContext(ctx goja.Value) {
	if iso.async != nil {
		iso.async.current = ctx
	}
}

// captureContext is the context a callback scheduled now is bound to.
func (iso *Isolate) captureContext() goja.Value {
	if iso.async == nil {
		return nil
	}
	return iso.async.current
}

// enterContext enters ctx (if any); false means skip the callback.
func (iso *Isolate) enterContext(ctx goja.Value) bool {
	if ctx == nil || iso.async == nil || iso.async.hooks.Enter == nil {
		return true
	}
	return iso.async.hooks.Enter(ctx)
}

func (iso *Isolate) exitContext(ctx goja.Value) {
	if ctx != nil && iso.async != nil && iso.async.hooks.Exit != nil && !iso.Exiting() {
		iso.async.hooks.Exit(ctx)
	}
}

// inContext wraps a Request's completion so that it runs in ctx. A
// completion bound to a disposed context still runs (it may release Go
// resources), outside any context.
func (iso *Isolate) inContext(ctx goja.Value, fn func()) func() {
	if ctx == nil {
		return fn
	}
	return func() {
		if !iso.enterContext(ctx) {
			fn()
			return
		}
		fn()
		iso.exitContext(ctx)
	}
}
