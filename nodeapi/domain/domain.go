// Package domain is Node's 'domain' module (v0.10): Domain objects that
// catch the errors of the event emitters, timers, ticks and I/O callbacks
// created while they are active.
//
// The semantics live in domain.js. Two hooks reach below it: the isolate
// carries the active domain from where a nextTick callback or an I/O request
// is scheduled to where it runs (isolate.ContextHooks), and the uncaught-
// exception path (nodeapi's fatal handler) asks HandleUncaught whether the
// active domain takes a thrown error before Node's usual handling.
package domain

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed domain.js
var domainJS string

// Module is the registry entry for 'domain'.
var Module = modkit.Module{Name: "domain", Native: native, JS: modkit.NewScript("domain.js", domainJS)}

// key stores the JS uncaught-exception handler of an isolate that loaded
// 'domain'.
type key struct{}

func native(c *modkit.Context) (*goja.Object, error) {
	rt, iso := c.RT, c.Iso
	b := rt.NewObject()
	_ = b.Set("setActive", func(call goja.FunctionCall) goja.Value {
		d := call.Argument(0)
		if goja.IsUndefined(d) || goja.IsNull(d) {
			d = nil
		}
		iso.SetContext(d)
		return goja.Undefined()
	})
	// install(enter, exit, uncaught): enter(d) enters d and returns false
	// if d is disposed; exit(d) leaves it; uncaught(er) reports whether the
	// active domain handled a thrown error (it throws if a handler threw).
	_ = b.Set("install", func(call goja.FunctionCall) goja.Value {
		enter, _ := goja.AssertFunction(call.Argument(0))
		exit, _ := goja.AssertFunction(call.Argument(1))
		uncaught, _ := goja.AssertFunction(call.Argument(2))
		if enter == nil || exit == nil || uncaught == nil {
			panic(rt.NewTypeError("domain binding: install needs three functions"))
		}
		iso.SetValue(key{}, uncaught)
		iso.SetContextHooks(isolate.ContextHooks{
			Enter: func(d goja.Value) bool {
				ok, err := enter(goja.Undefined(), d)
				return err == nil && ok.ToBoolean()
			},
			Exit: func(d goja.Value) { _, _ = exit(goja.Undefined(), d) },
		})
		return goja.Undefined()
	})
	return b, nil
}

// HandleUncaught offers an uncaught exception to the active domain, as
// Node's process._fatalException does before 'uncaughtException': it
// reports whether a domain's 'error' handler took it. A non-nil error is
// what that handler threw (no outer domain caught it either). It is false,
// nil when 'domain' was never loaded or no domain is active. Loop goroutine
// only.
func HandleUncaught(iso *isolate.Isolate, er goja.Value) (bool, error) {
	fn, ok := iso.Value(key{}).(goja.Callable)
	if !ok {
		return false, nil
	}
	res, err := fn(goja.Undefined(), er)
	if err != nil {
		return false, err
	}
	return res.ToBoolean(), nil
}
