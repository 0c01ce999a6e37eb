package events_test

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/events"
	"github.com/isonode/isonode/nodeapi/modkit"
	nodeos "github.com/isonode/isonode/nodeapi/os"
	"github.com/isonode/isonode/nodeapi/path"
	"github.com/isonode/isonode/nodeapi/punycode"
)

// This file runs this helper's conformance fixtures (events, path, os,
// punycode) in a bare goja runtime with a minimal console/process/setTimeout,
// so they can be checked before the real runtime (cmd/node) exists. The
// minimal console.log prints strings as they are and other values with
// String(), so fixtures print primitives or JSON.stringify output.

type timer struct {
	at  float64
	seq int
	fn  goja.Callable
}

type env struct {
	rt     *goja.Runtime
	ctx    *modkit.Context
	mods   map[string]*modkit.Module
	cache  map[string]goja.Value
	stdout bytes.Buffer
	stderr bytes.Buffer
	timers []timer
	seq    int
	now    float64
}

func newEnv(t testing.TB) *env {
	e := &env{
		rt:    goja.New(),
		cache: map[string]goja.Value{},
		mods: map[string]*modkit.Module{
			"events":   &events.Module,
			"path":     &path.Module,
			"os":       &nodeos.Module,
			"punycode": &punycode.Module,
		},
	}
	cwd, _ := os.Getwd()
	e.ctx = &modkit.Context{
		RT: e.rt,
		Host: &modkit.Host{
			Stdout: &e.stdout, Stderr: &e.stderr, StdoutFd: -1, StderrFd: -1,
			Env: modkit.NewEnv(os.Environ()), Cwd: cwd,
		},
		Require: e.require,
	}
	rt := e.rt
	print := func(w *bytes.Buffer) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			parts := make([]string, len(call.Arguments))
			for i, a := range call.Arguments {
				parts[i] = a.String()
			}
			w.WriteString(strings.Join(parts, " ") + "\n")
			return goja.Undefined()
		}
	}
	console := rt.NewObject()
	_ = console.Set("log", print(&e.stdout))
	_ = console.Set("error", print(&e.stderr))
	_ = console.Set("trace", func(call goja.FunctionCall) goja.Value {
		e.stderr.WriteString("Trace\n    at <harness>\n")
		return goja.Undefined()
	})
	_ = rt.Set("console", console)
	process := rt.NewObject()
	_ = process.Set("cwd", func() string { return e.ctx.Host.Cwd })
	_ = process.Set("chdir", func(dir string) { e.ctx.Host.Cwd = dir })
	_ = process.Set("platform", "linux")
	_ = process.Set("env", rt.NewObject())
	_ = rt.Set("process", process)
	_ = rt.Set("setTimeout", func(fn goja.Callable, ms float64) int {
		e.seq++
		e.timers = append(e.timers, timer{at: e.now + ms, seq: e.seq, fn: fn})
		return e.seq
	})
	_ = rt.Set("setImmediate", func(fn goja.Callable) int {
		e.seq++
		e.timers = append(e.timers, timer{at: e.now, seq: e.seq, fn: fn})
		return e.seq
	})
	_ = rt.Set("require", e.require)
	return e
}

func (e *env) require(name string) goja.Value {
	if v, ok := e.cache[name]; ok {
		return v
	}
	m, ok := e.mods[name]
	if !ok {
		panic(e.rt.NewGoError(fmt.Errorf("Cannot find module '%s'", name)))
	}
	var binding goja.Value = goja.Undefined()
	if m.Native != nil {
		b, err := m.Native(e.ctx)
		if err != nil {
			panic(e.rt.NewGoError(err))
		}
		binding = b
	}
	if m.JS == nil {
		e.cache[name] = binding
		return binding
	}
	prg, err := m.JS.Program()
	if err != nil {
		panic(e.rt.NewGoError(err))
	}
	fnv, err := e.rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	module := e.rt.NewObject()
	exports := e.rt.NewObject()
	_ = module.Set("exports", exports)
	if _, err := fn(goja.Undefined(), exports, e.rt.ToValue(e.require), module, e.rt.ToValue(m.JS.Name()), e.rt.ToValue("."), binding); err != nil {
		panic(err)
	}
	v := module.Get("exports")
	e.cache[name] = v
	return v
}

// run runs src as a CommonJS script, then its timers; it returns the exit
// code (1 after an uncaught exception, whose stack goes to stderr).
func (e *env) run(name, src string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			e.stderr.WriteString(fmt.Sprint(r) + "\n")
			code = 1
		}
	}()
	report := func(err error) int {
		if ex, ok := err.(*goja.Exception); ok {
			e.stderr.WriteString("Uncaught " + ex.Value().String() + "\n" + ex.String() + "\n")
		} else {
			e.stderr.WriteString(err.Error() + "\n")
		}
		return 1
	}
	prg, err := goja.Compile(name, "(function (exports, require, module, __filename, __dirname) {"+src+"\n})", false)
	if err != nil {
		return report(err)
	}
	fnv, err := e.rt.RunProgram(prg)
	if err != nil {
		return report(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	module := e.rt.NewObject()
	if _, err := fn(goja.Undefined(), e.rt.NewObject(), e.rt.Get("require"), module, e.rt.ToValue(name), e.rt.ToValue(".")); err != nil {
		return report(err)
	}
	for len(e.timers) > 0 {
		sort.SliceStable(e.timers, func(i, j int) bool {
			if e.timers[i].at != e.timers[j].at {
				return e.timers[i].at < e.timers[j].at
			}
			return e.timers[i].seq < e.timers[j].seq
		})
		t := e.timers[0]
		e.timers = e.timers[1:]
		e.now = t.at
		if _, err := t.fn(goja.Undefined()); err != nil {
			return report(err)
		}
	}
	return 0
}

// needsRuntime lists fixtures this bare harness cannot run.
