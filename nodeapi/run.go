package nodeapi

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
)

// Main says what an isolate runs: a script file, or code (-e, -p, stdin).
type Main struct {
	// Script is the main module's path (process.argv[1]).
	Script string
	// Code is run in the global scope when Script is empty; Name is its
	// file name in stacks ("[eval]", "[stdin]").
	Code, Name string
	// Print prints Code's completion value (-p).
	Print bool
	// Preload lists modules required before the main one (-r).
	Preload []string
}

// Start returns the start function for isolate.Run (or a scheduler Spec):
// it sets up Node's environment and runs main as the first callback.
func Start(host *modkit.Host, main Main) func(*isolate.Isolate) error {
	return func(iso *isolate.Isolate) error {
		if err := Setup(iso, host); err != nil {
			return err
		}
		e := envOf(iso)
		iso.RunInTopLevel(func() error { return e.runMain(main) })
		return nil
	}
}

// runMain runs main: a script without loading module.js when it can
// (module.RunMain), else through Module.runMain after the preloads.
func (e *env) runMain(main Main) error {
	if len(main.Preload) == 0 && main.Script != "" {
		if ran, err := module.RunMain(e.ctx, e.process); ran {
			return err
		}
	}
	if len(main.Preload) > 0 || main.Script != "" {
		mod := e.requireCore("module").(*goja.Object)
		for _, p := range main.Preload {
			load, _ := goja.AssertFunction(mod.Get("_load"))
			if _, err := load(mod, e.rt.ToValue(p), goja.Null(), e.rt.ToValue(false)); err != nil {
				return err
			}
		}
		if main.Script != "" {
			run, _ := goja.AssertFunction(mod.Get("runMain"))
			_, err := run(mod)
			return err
		}
	}
	name := main.Name
	if name == "" {
		name = "[eval]"
	}
	return e.evalMain(main.Code, name, main.Print)
}

// evalMain runs code in the global scope as Module._evalScript does, but
// without loading module.js (a third of an isolate's startup) unless the
// code uses it: __filename and __dirname are plain globals, and exports,
// module and require are lazy globals that, on the first read of any of
// them, load module.js and take the values _evalScript would have given
// them (made as of now: cwd is the one at start). A global assigned before
// that keeps its assigned value, as it would have after _evalScript.
func (e *env) evalMain(code, name string, print bool) error {
	ex := e.rt.Try(func() {
		g := e.rt.GlobalObject()
		cwd := e.host.Cwd
		hooks := e.iso.Value(module.Key{}).(*module.Hooks)
		var mod, exports, require goja.Value
		materialize := func() {
			if mod != nil {
				return
			}
			e.requireCore("module")
			m, r, err := hooks.EvalModule(e.rt, name, cwd)
			if err != nil {
				panic(err)
			}
			mod, exports, require = m, m.(*goja.Object).Get("exports"), r
		}
		// Same order as _evalScript's assignments: Object.keys(global).
		_ = g.Set("__filename", name)
		e.lazyGlobal("exports", true, func() goja.Value { materialize(); return exports })
		e.lazyGlobal("module", true, func() goja.Value { materialize(); return mod })
		_ = g.Set("__dirname", ".")
		e.lazyGlobal("require", true, func() goja.Value { materialize(); return require })
		result := module.RunInThisContext(e.rt, hooks, name, code)
		if print {
			console := g.Get("console").ToObject(e.rt)
			log, ok := goja.AssertFunction(console.Get("log"))
			if !ok {
				panic(e.rt.NewTypeError("console.log is not a function"))
			}
			if _, err := log(console, result); err != nil {
				panic(err)
			}
		}
	})
	if ex != nil {
		return ex
	}
	return nil
}

// Eval runs code in iso's global scope as `node -e` does (require, module,
// exports, __filename and __dirname become globals) and returns its
// completion value; a throw is returned, not reported as uncaught. Loop
// goroutine, after Setup: this is how an embedder or a test drives JS.
//
//	v, err := nodeapi.Eval(iso, "require('path').join('a', 'b')", "[embed]")
func Eval(iso *isolate.Isolate, code, name string) (goja.Value, error) {
	e := envOf(iso)
	var res goja.Value
	ex := e.rt.Try(func() {
		mod := e.requireCore("module").(*goja.Object)
		fn, _ := goja.AssertFunction(mod.Get("_evalScript"))
		v, err := fn(mod, e.rt.ToValue(code), e.rt.ToValue(name), e.rt.ToValue(false))
		if err != nil {
			panic(err)
		}
		res = v
	})
	if ex != nil {
		return nil, ex
	}
	return res, nil
}
