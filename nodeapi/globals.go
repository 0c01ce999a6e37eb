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

	fromModule := func(mod, key string) func() goja.Value {
		return func() goja.Value {
			exports := e.requireCore(mod)
			if key == "" {
				return exports
			}
			return exports.(*goja.Object).Get(key)
		}
	}
	for _, l := range []struct {
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
	} {
		e.lazyGlobal(l.name, l.enumerable, fromModule(l.mod, l.key))
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

// lazyGlobal defines name as an accessor that loads the value on first get
// (or takes an assigned one) and replaces itself with a data property.
func (e *env) lazyGlobal(name string, enumerable bool, load func() goja.Value) {
	g := e.rt.GlobalObject()
	settle := func(v goja.Value) {
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, flag(enumerable))
	}
	getter := e.rt.ToValue(func(goja.FunctionCall) goja.Value {
		v := load()
		if v == nil {
			v = goja.Undefined()
		}
		settle(v)
		return v
	})
	setter := e.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		settle(call.Argument(0))
		return goja.Undefined()
	})
	_ = g.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, flag(enumerable))
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
