// Package utiltest loads core modules into a bare goja runtime for unit
// tests, before (and independently of) the real module loader: a tiny
// require for core modules, a console built on util.format and a stub
// process whose stdout/stderr are buffers.
package utiltest

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Env is a runtime with modules loadable through Require.
type Env struct {
	Iso            *isolate.Isolate
	RT             *goja.Runtime
	Stdout, Stderr bytes.Buffer
	mods           map[string]modkit.Module
	cache          map[string]goja.Value
}

// New creates an Env that can require the given modules. It installs the
// globals console, process (stdout, stderr, env, pid, nextTick, argv) and
// require.
func New(mods ...modkit.Module) *Env {
	iso := isolate.New(isolate.Options{})
	e := &Env{Iso: iso, RT: iso.Runtime(), mods: map[string]modkit.Module{}, cache: map[string]goja.Value{}}
	for _, m := range mods {
		e.mods[m.Name] = m
	}
	rt := e.RT
	rt.Set("require", func(call goja.FunctionCall) goja.Value { return e.Require(call.Argument(0).String()) })
	proc := rt.NewObject()
	mkStream := func(buf *bytes.Buffer) *goja.Object {
		s := rt.NewObject()
		_ = s.Set("write", func(call goja.FunctionCall) goja.Value {
			buf.WriteString(call.Argument(0).String())
			return rt.ToValue(true)
		})
		return s
	}
	_ = proc.Set("stdout", mkStream(&e.Stdout))
	_ = proc.Set("stderr", mkStream(&e.Stderr))
	env := rt.NewObject()
	if v, ok := os.LookupEnv("NODE_DEBUG"); ok {
		_ = env.Set("NODE_DEBUG", v)
	}
	_ = proc.Set("env", env)
	_ = proc.Set("pid", 4242)
	_ = proc.Set("argv", []any{"node", "script"})
	rt.Set("process", proc)
	_, err := rt.RunString(`
process.nextTick = function (fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  Promise.resolve().then(function () { fn.apply(null, args); });
};
globalThis.console = (function () {
  var util = require('util');
  return {
    log: function () { process.stdout.write(util.format.apply(null, arguments) + '\n'); },
    info: function () { process.stdout.write(util.format.apply(null, arguments) + '\n'); },
    error: function () { process.stderr.write(util.format.apply(null, arguments) + '\n'); },
    warn: function () { process.stderr.write(util.format.apply(null, arguments) + '\n'); },
    trace: function () { process.stderr.write('Trace: ' + util.format.apply(null, arguments) + '\n'); }
  };
})();
`)
	if err != nil {
		panic(err)
	}
	return e
}

// Require loads a core module (panicking with a JS error if unknown).
func (e *Env) Require(name string) goja.Value {
	if v, ok := e.cache[name]; ok {
		return v
	}
	m, ok := e.mods[name]
	if !ok {
		panic(e.RT.NewGoError(fmt.Errorf("Cannot find module '%s'", name)))
	}
	rt := e.RT
	c := &modkit.Context{Iso: e.Iso, RT: rt, Require: e.Require}
	var bindingV goja.Value = goja.Undefined()
	if m.Native != nil {
		o, err := m.Native(c)
		if err != nil {
			panic(rt.NewGoError(err))
		}
		bindingV = o
	}
	exports := rt.NewObject()
	module := rt.NewObject()
	_ = module.Set("exports", exports)
	e.cache[name] = exports
	if m.JS != nil {
		prg, err := m.JS.Program()
		if err != nil {
			panic(rt.NewGoError(err))
		}
		fv, err := rt.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		fn, _ := goja.AssertFunction(fv)
		req := rt.ToValue(func(call goja.FunctionCall) goja.Value { return e.Require(call.Argument(0).String()) })
		if _, err := fn(goja.Undefined(), exports, req, module, rt.ToValue(m.JS.Name()), rt.ToValue("."), bindingV); err != nil {
			panic(err)
		}
		e.cache[name] = module.Get("exports")
	} else {
		e.cache[name] = bindingV
	}
	return e.cache[name]
}

// Run runs src as a script; it returns the error text of an uncaught
// exception ("" if none).
func (e *Env) Run(name, src string) string {
	_, err := e.RT.RunScript(name, src)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			return ex.Value().String()
		}
		return err.Error()
	}
	return ""
}

// Eval evaluates src and returns its value as a string; it fails t on error.
func (e *Env) Eval(t testing.TB, src string) string {
	t.Helper()
	v, err := e.RT.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v.String()
}

func diff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	var out []string
	n := len(wl)
	if len(gl) > n {
		n = len(gl)
	}
	for i := 0; i < n; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			out = append(out, fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, w, g))
			if len(out) > 15 {
				break
			}
		}
	}
	return strings.Join(out, "\n")
}
