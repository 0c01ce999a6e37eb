package string_decoder

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// testEnv is a goja runtime with the buffer module loaded by hand (no
// module loader needed), a global Buffer, require() and a console.log that
// prints primitives and Buffers the way the fixtures expect.
type testEnv struct {
	rt   *goja.Runtime
	ctx  *modkit.Context
	out  strings.Builder
	mods map[string]goja.Value
}

var testModules = map[string]*modkit.Module{"buffer": &buffer.Module, "string_decoder": &Module}

func newTestEnv(t testing.TB) *testEnv {
	iso := isolate.New(isolate.Options{})
	rt := iso.Runtime()
	e := &testEnv{rt: rt, mods: map[string]goja.Value{}}
	e.ctx = &modkit.Context{Iso: iso, RT: rt}
	e.ctx.Require = e.require
	exp := e.require("buffer").(*goja.Object)
	_ = rt.Set("Buffer", exp.Get("Buffer"))
	_ = rt.Set("require", func(name string) goja.Value { return e.require(name) })
	console := rt.NewObject()
	_ = console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = e.render(a)
		}
		e.out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	_ = rt.Set("console", console)
	return e
}

func (e *testEnv) render(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if f, ok := goja.AssertFunction(o.Get("inspect")); ok {
			r, err := f(o)
			if err == nil {
				return r.String()
			}
		}
		j, _ := e.rt.RunString("(function(x){return JSON.stringify(x)})")
		fn, _ := goja.AssertFunction(j)
		r, _ := fn(goja.Undefined(), o)
		return r.String()
	}
	return v.String()
}

func (e *testEnv) require(name string) goja.Value {
	if v, ok := e.mods[name]; ok {
		return v
	}
	m, ok := testModules[name]
	if !ok {
		panic(e.rt.NewTypeError("no module " + name))
	}
	var bind goja.Value = goja.Undefined()
	if m.Native != nil {
		b, err := m.Native(e.ctx)
		if err != nil {
			panic(err)
		}
		bind = b
	}
	module := e.rt.NewObject()
	exports := e.rt.NewObject()
	_ = module.Set("exports", exports)
	e.mods[name] = exports
	prg, err := m.JS.Program()
	if err != nil {
		panic(err)
	}
	fv, err := e.rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fv)
	if _, err := fn(goja.Undefined(), exports, e.rt.ToValue(e.require), module, e.rt.ToValue(m.JS.Name()), e.rt.ToValue("."), bind); err != nil {
		panic(err)
	}
	v := module.Get("exports")
	e.mods[name] = v
	return v
}

// run runs src and returns what console.log printed, or the uncaught error.
func (e *testEnv) run(src string) (string, error) {
	e.out.Reset()
	_, err := e.rt.RunString(src)
	return e.out.String(), err
}

func (e *testEnv) eval(t testing.TB, src string) goja.Value {
	t.Helper()
	v, err := e.rt.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}
