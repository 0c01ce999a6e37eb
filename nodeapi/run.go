package nodeapi

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
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

func (e *env) runMain(main Main) error {
	mod := e.requireCore("module").(*goja.Object)
	call := func(name string, args ...goja.Value) error {
		fn, _ := goja.AssertFunction(mod.Get(name))
		_, err := fn(mod, args...)
		return err
	}
	for _, p := range main.Preload {
		load, _ := goja.AssertFunction(mod.Get("_load"))
		if _, err := load(mod, e.rt.ToValue(p), goja.Null(), e.rt.ToValue(false)); err != nil {
			return err
		}
	}
	if main.Script != "" {
		return call("runMain")
	}
	name := main.Name
	if name == "" {
		name = "[eval]"
	}
	return call("_evalScript", e.rt.ToValue(main.Code), e.rt.ToValue(name), e.rt.ToValue(main.Print))
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
