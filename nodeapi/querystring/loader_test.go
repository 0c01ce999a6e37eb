package querystring

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// newRuntime builds a bare goja runtime with a minimal core-module require
// for the modules given, the way the loader runs them.
func newRuntime(t testing.TB, mods ...modkit.Module) (*goja.Runtime, func(string) goja.Value) {
	rt := goja.New()
	cache := map[string]goja.Value{}
	byName := map[string]modkit.Module{}
	for _, m := range mods {
		byName[m.Name] = m
	}
	ctx := &modkit.Context{RT: rt}
	var require func(string) goja.Value
	require = func(name string) goja.Value {
		if v, ok := cache[name]; ok {
			return v
		}
		m, ok := byName[name]
		if !ok {
			panic(rt.NewGoError(&missing{name}))
		}
		var binding goja.Value = goja.Undefined()
		if m.Native != nil {
			b, err := m.Native(ctx)
			if err != nil {
				t.Fatal(err)
			}
			binding = b
		}
		module := rt.NewObject()
		exports := rt.NewObject()
		_ = module.Set("exports", exports)
		cache[name] = exports
		if m.JS != nil {
			prg, err := m.JS.Program()
			if err != nil {
				t.Fatal(err)
			}
			fnv, err := rt.RunProgram(prg)
			if err != nil {
				t.Fatal(err)
			}
			fn, _ := goja.AssertFunction(fnv)
			if _, err := fn(goja.Undefined(), exports, rt.ToValue(require), module, rt.ToValue(m.Name+".js"), rt.ToValue("."), binding); err != nil {
				panic(err)
			}
		} else {
			_ = module.Set("exports", binding)
		}
		cache[name] = module.Get("exports")
		return cache[name]
	}
	ctx.Require = require
	_ = rt.Set("require", require)
	return rt, require
}

type missing struct{ name string }

func (m *missing) Error() string { return "Cannot find module '" + m.name + "'" }
