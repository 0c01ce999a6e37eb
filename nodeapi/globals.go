package nodeapi

import (
	"runtime"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// installGlobals defines Node's globals on the global object. v0.10's are
// enumerable; later additions are not (v0.10-era tests check for leaks).
// Module-backed globals are accessors that load their module on first use
// and then become plain data properties.
func (e *env) installGlobals() {
	rt := e.rt
	g := rt.GlobalObject()
	data := func(name string, v goja.Value, enumerable bool) {
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag(enumerable))
	}
	data("global", g, true)
	data("GLOBAL", g, true)
	data("root", g, true)
	data("process", e.process, true)

	for i := range moduleGlobals {
		l := &moduleGlobals[i]
		e.lazyGlobal(l.name, l.enumerable, func() goja.Value {
			exports := e.requireCore(l.mod)
			if l.key == "" {
				return exports
			}
			return exports.(*goja.Object).Get(l.key)
		})
	}
	data("queueMicrotask", rt.ToValue(e.queueMicrotask), false)
	if e.host.ExposeGC {
		data("gc", rt.ToValue(func(goja.FunctionCall) goja.Value {
			runtime.GC()
			return goja.Undefined()
		}), false)
	}
}

func flag(b bool) goja.Flag {
	if b {
		return goja.FLAG_TRUE
	}
	return goja.FLAG_FALSE
}

// moduleGlobals are the globals that are a core module's exports (key "")
// or one of its exports, loaded on first use.
var moduleGlobals = []struct {
	name, mod, key string
	enumerable     bool
}{
	{"console", "console", "", true},
	{"Buffer", "buffer", "Buffer", true},
	{"setTimeout", "timers", "setTimeout", true},
	{"setInterval", "timers", "setInterval", true},
	{"clearTimeout", "timers", "clearTimeout", true},
	{"clearInterval", "timers", "clearInterval", true},
	{"setImmediate", "timers", "setImmediate", true},
	{"clearImmediate", "timers", "clearImmediate", true},
	{"URL", "url", "URL", false},
	{"URLSearchParams", "url", "URLSearchParams", false},
	{"TextEncoder", "util", "TextEncoder", false},
	{"TextDecoder", "util", "TextDecoder", false},
	{"performance", "perf_hooks", "performance", false},
}

// lazyGlobal defines name as an accessor that loads the value on first get
// (or takes an assigned one) and replaces itself with a data property. One
// function is both getter and setter (a setter call has an argument), which
// halves what each lazy global costs an isolate.
func (e *env) lazyGlobal(name string, enumerable bool, load func() goja.Value) {
	g := e.rt.GlobalObject()
	acc := e.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 { // set
			_ = g.DefineDataProperty(name, call.Arguments[0], goja.FLAG_TRUE, goja.FLAG_TRUE, flag(enumerable))
			return goja.Undefined()
		}
		v := load()
		if v == nil {
			v = goja.Undefined()
		}
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag(enumerable))
		return v
	})
	_ = g.DefineAccessorProperty(name, acc, acc, goja.FLAG_TRUE, flag(enumerable))
}

// queueMicrotask(fn) runs fn as a promise job; a throw in it is an uncaught
// exception, not a rejection.
func (e *env) queueMicrotask(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		modkit.ThrowInvalidArgType(e.rt, "callback", "of type function", call.Argument(0))
	}
	p, resolve, _ := e.rt.NewPromise()
	then, _ := goja.AssertFunction(e.rt.ToValue(p).(*goja.Object).Get("then"))
	_, _ = then(e.rt.ToValue(p), e.rt.ToValue(func(goja.FunctionCall) goja.Value {
		if _, err := fn(goja.Undefined()); err != nil {
			e.uncaught(err)
		}
		return goja.Undefined()
	}))
	_ = resolve(goja.Undefined())
	return goja.Undefined()
}
