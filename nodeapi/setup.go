package nodeapi

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/errorstack"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
	"github.com/isonode/isonode/nodeapi/v8builtins"
)

// Setup installs Node's environment in iso: the error machinery, process,
// the globals and the loop hooks that give uncaught exceptions, unhandled
// rejections, 'beforeExit' and 'exit' their meaning. Modules behind the
// globals (console, Buffer, timers, …) load on first use. Loop goroutine,
// before any other JS runs in iso.
func Setup(iso *isolate.Isolate, host *modkit.Host) (err error) {
	// A Terminate or Interrupt during setup unwinds as a Go panic of an
	// uncatchable goja error: it ends setup, not the process.
	defer func() {
		if r := recover(); r != nil {
			ie, ok := r.(*goja.InterruptedError)
			if !ok {
				panic(r)
			}
			err = ie
		}
	}()
	markStarted() // embedder modules (embedder.go) are registered by now
	e := newEnv(iso, host)
	iso.SetValue(module.Key{}, &module.Hooks{
		RequireCore:  e.requireCore,
		IsCore:       func(name string) bool { m, _ := lookupCore(name); return m != nil && !m.Internal },
		Allowed:      allowedCore(host),
		CoreNames:    coreNames(),
		SyntaxSource: e.recordSyntaxSource,
		Home:         envString(host.Env, "HOME"),
		NodePath:     envString(host.Env, "NODE_PATH"),
	})
	if ex := e.rt.Try(func() {
		e.errors = errorstack.Install(e.rt)
		v8builtins.Install(e.rt)
		e.process = e.requireCore("process").(*goja.Object)
		e.installGlobals()
		setupChildChannel(e) // forked isolates: process.send & co (childproc.go)
	}); ex != nil {
		return ex
	}
	e.rejections.install(e)
	iso.SetHooks(isolate.Hooks{
		Uncaught:       e.uncaught,
		AfterCallbacks: e.processRejections,
		BeforeExit:     e.beforeExit,
	})
	return nil
}

// coreNames is CoreModuleNames, computed once: no module registers after
// the first Setup (markStarted), and the module loader only reads it.
var coreNames = sync.OnceValue(CoreModuleNames)

// beforeExit emits 'beforeExit' and, if that scheduled nothing, 'exit'.
func (e *env) beforeExit() {
	emitBeforeExit, _ := goja.AssertFunction(e.process.Get("_emitBeforeExit"))
	code := e.process.Get("exitCode").ToInteger()
	e.iso.MakeCallback(emitBeforeExit, e.process, e.rt.ToValue(code))
	if e.iso.Exiting() || e.iso.Alive() {
		return
	}
	e.emitExit()
}

// emitExit emits 'exit' once and ends the isolate with process.exitCode.
func (e *env) emitExit() {
	fn, _ := goja.AssertFunction(e.process.Get("_emitExit"))
	var code int64
	e.iso.RunInTopLevel(func() error {
		v, err := fn(e.process)
		if err == nil {
			code = v.ToInteger()
		}
		return err
	})
	if !e.iso.Exiting() {
		e.iso.Exit(int(code))
	}
}

// envString is env[key], or "" when it is not set.
func envString(env *modkit.Env, key string) string {
	v, _ := env.Get(key)
	return v
}

// allowedCore is the module loader's view of host.AllowModule: it asks with
// canonical names ("node:fs" and "fs" are one module, "sys" is "util").
func allowedCore(host *modkit.Host) func(string) bool {
	if host.AllowModule == nil {
		return nil
	}
	return func(name string) bool {
		_, canon := lookupCore(name)
		return host.AllowModule(canon)
	}
}
