package nodeapi

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/errorstack"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// env is the Node environment of one isolate. Loop goroutine only.
type env struct {
	iso  *isolate.Isolate
	rt   *goja.Runtime
	host *modkit.Host
	ctx  *modkit.Context

	cache   map[string]goja.Value   // core module exports by canonical name
	loading map[string]*goja.Object // core modules being loaded (cycles)
	// onLoad holds the WhenLoaded callbacks of modules not loaded yet.
	onLoad []onLoad
	// coreRequire is the require() core modules' JS halves receive.
	coreRequire goja.Value
	process     *goja.Object
	errors      *errorstack.Machinery
	rejections  rejectionTracker
	fatalDone   bool
	syntax      map[*goja.Object]syntaxSource
}

type envKey struct{}

func envOf(iso *isolate.Isolate) *env {
	e, _ := iso.Value(envKey{}).(*env)
	return e
}

func newEnv(iso *isolate.Isolate, host *modkit.Host) *env {
	e := &env{
		iso:     iso,
		rt:      iso.Runtime(),
		host:    host,
		cache:   make(map[string]goja.Value),
		loading: make(map[string]*goja.Object),
	}
	e.ctx = &modkit.Context{Iso: iso, RT: e.rt, Host: host, Require: e.requireCore, WhenLoaded: e.whenLoaded}
	e.coreRequire = e.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		return e.requireCore(call.Argument(0).String())
	})
	iso.SetValue(envKey{}, e)
	return e
}

// requireCore returns a core module's exports, building it on first use.
// It panics with a JS error for an unknown name (usable inside natives).
func (e *env) requireCore(name string) goja.Value {
	m, canon := lookupCore(name)
	if m == nil {
		err := modkit.NewError(e.rt, "Error", "MODULE_NOT_FOUND", "Cannot find module '"+name+"'")
		panic(err)
	}
	if v, ok := e.cache[canon]; ok {
		return v
	}
	if mod, ok := e.loading[canon]; ok {
		return mod.Get("exports")
	}
	var binding *goja.Object
	if m.Native != nil {
		b, err := m.Native(e.ctx)
		if err != nil {
			panic(modkit.NewError(e.rt, "Error", "", err.Error()))
		}
		binding = b
	}
	if m.JS == nil {
		if binding == nil {
			binding = e.rt.NewObject()
		}
		e.cache[canon] = binding
		e.loaded(canon, binding)
		return binding
	}
	prg, err := m.JS.Program()
	if err != nil {
		panic(modkit.NewError(e.rt, "SyntaxError", "", m.JS.Name()+": "+err.Error()))
	}
	fnv, err := e.rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	exports := e.rt.NewObject()
	mod := e.rt.NewObject()
	_ = mod.Set("exports", exports)
	_ = mod.Set("id", canon)
	_ = mod.Set("filename", m.JS.Name())
	_ = mod.Set("loaded", false)
	e.loading[canon] = mod
	var b goja.Value = goja.Undefined()
	if binding != nil {
		b = binding
	}
	_, err = fn(exports, exports, e.coreRequire, mod, e.rt.ToValue(m.JS.Name()), e.rt.ToValue("."), b)
	delete(e.loading, canon)
	if err != nil {
		panic(err)
	}
	_ = mod.Set("loaded", true)
	v := mod.Get("exports")
	e.cache[canon] = v
	e.loaded(canon, v)
	return v
}

// whenLoaded is modkit.Context.WhenLoaded.
func (e *env) whenLoaded(name string, fn func(goja.Value)) {
	_, canon := lookupCore(name)
	if v, ok := e.cache[canon]; ok {
		fn(v)
		return
	}
	e.onLoad = append(e.onLoad, onLoad{canon, fn})
}

// onLoad is a WhenLoaded callback waiting for module name.
type onLoad struct {
	name string
	fn   func(goja.Value)
}

// loaded runs the WhenLoaded callbacks of the module canon, just cached.
func (e *env) loaded(canon string, exports goja.Value) {
	var run []onLoad
	kept := e.onLoad[:0]
	for _, w := range e.onLoad {
		if w.name == canon {
			run = append(run, w)
		} else {
			kept = append(kept, w)
		}
	}
	if run == nil {
		return
	}
	e.onLoad = kept
	for _, w := range run {
		w.fn(exports)
	}
}
