// Package isonode is the Go embedding API of isonode, a Node.js-compatible
// JavaScript runtime on goja: a Go program runs Node scripts, evaluates
// code and exchanges messages with scripts, each in its own isolate (its
// own goja runtime on its own event-loop goroutine), all inside the
// program's process.
//
// (The package sits at the module's root, as isonode, rather than in a
// package named embed, so that it does not shadow the standard library's
// embed package in the programs that use it.)
//
//	rt, err := isonode.New(isonode.Options{Stdout: os.Stdout})
//	code, err := rt.Run(ctx, "app.js", "--port", "8080") // like `node app.js --port 8080`
//	out, err := rt.Eval(ctx, "[1, 2].map(function (x) { return x * 2 })") // `[2,4]`
//	p := rt.Spawn(ctx, isonode.Spec{Script: "worker.js", OnMessage: handle})
//	p.Post(map[string]any{"job": 1}) // process.on('message') in worker.js
//	code, err = p.Wait()
//
// Every isolate gets its own process object (argv [execPath, script,
// args…]), globals, module cache, copy of Options.Env and working
// directory. Cancelling the context passed to Run, Eval or Spawn
// terminates the isolate, also in the middle of `while (true) {}`.
//
// Go-implemented core modules (addons) are registered with Register before
// the first isolate of the process starts; scripts load them with require.
//
// All methods may be called from any goroutine.
package isonode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/fsroot"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/metrics"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
	"github.com/isonode/isonode/scheduler"
	"github.com/prometheus/client_golang/prometheus"
)

// Options configure a Runtime. The zero value is usable.
type Options struct {
	// Stdout and Stderr receive the scripts' process.stdout and
	// process.stderr (console.log, …); os.Stdout and os.Stderr when nil.
	// Isolates share them: each Write is one whole chunk, made under a lock
	// held by the Runtime, so a writer need not be safe for concurrent use.
	Stdout, Stderr io.Writer
	// Stdin is every isolate's process.stdin; empty when nil. Isolates
	// running at the same time would share (and split) one reader.
	Stdin io.Reader
	// Env is process.env ("KEY=value" pairs), copied for every isolate;
	// os.Environ() when nil.
	Env []string
	// Cwd is every isolate's initial working directory (relative script
	// paths resolve against it); os.Getwd() when empty.
	Cwd string
	// MaxCallDepth limits the JS call depth (isolate.DefaultMaxCallDepth
	// when 0); deeper calls throw RangeError.
	MaxCallDepth int
	// MaxMemory, when positive, is each isolate's memory budget in bytes per
	// callback: a callback that grows the heap by more ends its isolate
	// with an *isolate.MemoryLimitError (see isolate.Options.MaxMemory).
	// 0: the default budget (V8's heap limit, in long callbacks); -1: none.
	MaxMemory int64
	// ExecPath is process.execPath and process.argv[0]; os.Executable()
	// when empty.
	ExecPath string
	// Modules, when not nil, is the allow-list of core modules scripts may
	// require ("path", "events", …; "node:" prefixes and aliases count as
	// the module they name). require() of any other core module throws an
	// Error with code ERR_ACCESS_DENIED; script files and node_modules
	// packages still load and are held to the same list, and so are
	// isolates the scripts fork. The globals (process, Buffer, console,
	// timers) stay. nil allows every core module.
	Modules []string
	// FSRoot, when not empty, is a directory the scripts see as "/": fs,
	// require and the module loader resolve every path inside it — "..",
	// absolute paths and symlinks (absolute or relative) cannot lead out,
	// as in a chroot (the kernel's openat2 RESOLVE_IN_ROOT; Linux 5.6 or
	// later). Cwd and script paths are then paths in that view ("/" by
	// default). It confines the file system only: exclude child_process
	// (see Modules) from scripts that must not reach the host, and net's
	// Unix sockets take host paths.
	FSRoot string
	// Metrics, if set, gets isonode's collectors for this Runtime's
	// isolates (see package metrics); the Go and process collectors are
	// left to the embedder.
	Metrics prometheus.Registerer
}

// Runtime runs scripts, each in its own isolate, on one scheduler.
type Runtime struct {
	opts           Options
	stdout, stderr io.Writer
	sched          *scheduler.Scheduler
	allowModule    func(name string) bool // from Options.Modules; nil: all
	root           *fsroot.Root           // from Options.FSRoot; nil: the host's
}

// New returns a Runtime. It fails when Options.FSRoot cannot be opened or
// the metrics collectors cannot be registered with opts.Metrics.
func New(opts Options) (*Runtime, error) {
	r := &Runtime{opts: opts, sched: scheduler.New()}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	r.stdout, r.stderr = &lockedWriter{w: opts.Stdout}, &lockedWriter{w: opts.Stderr}
	if opts.Stdout == opts.Stderr {
		r.stderr = r.stdout
	}
	if opts.FSRoot != "" {
		root, err := fsroot.OpenDir(opts.FSRoot)
		if err != nil {
			return nil, fmt.Errorf("isonode: file-system root: %w", err)
		}
		r.root = root
		if r.opts.Cwd == "" {
			r.opts.Cwd = "/"
		}
	}
	if r.opts.Cwd == "" {
		r.opts.Cwd, _ = os.Getwd()
	}
	if r.opts.ExecPath == "" {
		if p, err := os.Executable(); err == nil {
			r.opts.ExecPath = p
		} else {
			r.opts.ExecPath = "node"
		}
	}
	if r.opts.Env == nil {
		r.opts.Env = os.Environ()
	}
	r.opts.Stdout, r.opts.Stderr = opts.Stdout, opts.Stderr
	if opts.Modules != nil {
		allowed := make(map[string]bool, len(opts.Modules))
		for _, m := range opts.Modules {
			allowed[strings.TrimPrefix(m, "node:")] = true
		}
		r.allowModule = func(name string) bool { return allowed[name] }
	}
	if opts.Metrics != nil {
		err := metrics.Register(opts.Metrics, r.sched, metrics.Options{NoGoCollector: true, NoProcessCollector: true})
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Scheduler returns the scheduler that runs this Runtime's isolates (for
// metrics, or to list and stop them).
func (r *Runtime) Scheduler() *scheduler.Scheduler { return r.sched }

// Close terminates every isolate of the Runtime and waits for them.
func (r *Runtime) Close() { r.sched.StopAll() }

// Run runs script (a path, relative to Options.Cwd) as `node script
// args…` would, until its event loop is empty or it calls process.exit, and
// returns its exit code (1 after an uncaught exception, as in Node). err is
// ctx.Err() when ctx ended the script, ErrStopped when Stop did, and an
// *isolate.InternalError when Go code crashed inside it.
func (r *Runtime) Run(ctx context.Context, script string, args ...string) (exitCode int, err error) {
	return r.Spawn(ctx, Spec{Script: script, Args: args}).Wait()
}

// Eval runs code in a fresh isolate, as `node -p` does (require, module,
// __filename are globals; timers it starts run to the end), and returns
// its completion value encoded by the isolate's JSON.stringify. When the
// value is a promise (or thenable), its settled value is returned, or its
// rejection as the error. A value JSON has no text for (undefined, a
// function, a symbol) gives "" (not valid JSON: check for it). A throw
// returns a *ScriptError. If the isolate ends with a non-zero exit code
// after the value was produced (an uncaught error in a timer, process.exit),
// the value comes with an *ExitError.
func (r *Runtime) Eval(ctx context.Context, code string) (result string, err error) {
	var (
		mu     sync.Mutex
		done   bool
		res    string
		resErr error
	)
	set := func(s string, e error) {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			done, res, resErr = true, s, e
		}
	}
	h := r.spawn(ctx, "eval", nil, func(iso *isolate.Isolate) {
		iso.RunInTopLevel(func() error {
			v, err := nodeapi.Eval(iso, code, "[eval]")
			if err != nil {
				set("", scriptError(iso.Runtime(), err))
				return nil
			}
			settle(iso.Runtime(), v, set)
			return nil
		})
	})
	code2, werr := h.Wait()
	mu.Lock()
	defer mu.Unlock()
	if werr != nil {
		return res, werr
	}
	if !done {
		if code2 != 0 {
			return "", &ExitError{Code: code2}
		}
		return "", errors.New("isonode: Eval: the promise never settled")
	}
	if resErr == nil && code2 != 0 {
		return res, &ExitError{Code: code2}
	}
	return res, resErr
}

// settle calls set with v's JSON, or, for a thenable, with its outcome.
func settle(rt *goja.Runtime, v goja.Value, set func(string, error)) {
	if obj, ok := v.(*goja.Object); ok {
		if then, ok := goja.AssertFunction(obj.Get("then")); ok {
			onOK := rt.ToValue(func(c goja.FunctionCall) goja.Value {
				settle(rt, c.Argument(0), set)
				return goja.Undefined()
			})
			onErr := rt.ToValue(func(c goja.FunctionCall) goja.Value {
				set("", scriptError(rt, &goja.Exception{}, c.Argument(0)))
				return goja.Undefined()
			})
			if _, err := then(obj, onOK, onErr); err != nil {
				set("", scriptError(rt, err))
			}
			return
		}
	}
	stringify, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("stringify"))
	s, err := stringify(goja.Undefined(), v)
	if err != nil {
		set("", scriptError(rt, err))
		return
	}
	if goja.IsUndefined(s) {
		set("", nil)
		return
	}
	set(s.String(), nil)
}

// ScriptError is a JS exception (or rejection) that reached Eval.
type ScriptError struct {
	// Message is the thrown value as text ("TypeError: x is not a function").
	Message string
	// Stack is the error's stack, when it has one.
	Stack string
}

func (e *ScriptError) Error() string { return e.Message }

// scriptError converts a throw on the loop goroutine; thrown, if given, is
// the thrown value itself (a rejection reason).
func scriptError(rt *goja.Runtime, err error, thrown ...goja.Value) error {
	var v goja.Value
	if len(thrown) > 0 {
		v = thrown[0]
	} else if ex, ok := err.(*goja.Exception); ok {
		v = ex.Value()
	} else {
		return err
	}
	se := &ScriptError{}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		se.Message = fmt.Sprint(v)
		return se
	}
	se.Message = v.String()
	if obj, ok := v.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			se.Stack = st.String()
		}
	}
	return se
}

// ExitError reports a script that ended with a non-zero exit code where
// Eval returns no code of its own.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("isonode: exit code %d", e.Code) }

// ErrStopped is Wait's error for an isolate ended by Process.Stop or
// Runtime.Close.
var ErrStopped = isolate.ErrTerminated

// Spec says what Spawn runs: a script file or code.
type Spec struct {
	// Script is the main module's path (relative to Options.Cwd).
	Script string
	// Code, when Script is empty, runs in the global scope as `node -e`.
	Code string
	// Args follow the script in process.argv.
	Args []string
	// Name names the isolate (logs, metrics); the script's base name by
	// default.
	Name string
	// OnMessage receives, as JSON text, every value the script passes to
	// process.send. It is called on the isolate's loop goroutine: it must
	// not block for long (and must not call Wait or Stop of this Process).
	OnMessage func(msg []byte)
}

// Process is a spawned isolate.
type Process struct {
	h     *scheduler.Handle
	ctx   context.Context
	ready chan struct{} // closed when deliver is set (or setup failed)
	deliv goja.Callable
}

// Spawn starts the script or code of spec in a new isolate and returns at
// once. The script gets process.send(value) (to spec.OnMessage) and
// 'message' events on process (from Post); as for a forked child, a
// 'message' listener keeps it alive until removed.
func (r *Runtime) Spawn(ctx context.Context, spec Spec) *Process {
	var p *Process
	main := func(iso *isolate.Isolate) {
		hooks, _ := iso.Value(module.Key{}).(*module.Hooks)
		rt := iso.Runtime()
		iso.RunInTopLevel(func() error {
			p.deliv = installChannel(iso, hooks, spec.OnMessage)
			close(p.ready)
			mod := hooks.RequireCore("module").(*goja.Object)
			if spec.Script != "" {
				fn, _ := goja.AssertFunction(mod.Get("runMain"))
				_, err := fn(mod)
				return err
			}
			fn, _ := goja.AssertFunction(mod.Get("_evalScript"))
			_, err := fn(mod, rt.ToValue(spec.Code), rt.ToValue("[eval]"), rt.ToValue(false))
			return err
		})
	}
	name := spec.Name
	if name == "" && spec.Script != "" {
		name = filepath.Base(spec.Script)
	}
	p = &Process{ctx: ctx, ready: make(chan struct{})}
	script := spec.Script
	if script != "" && !filepath.IsAbs(script) {
		script = filepath.Join(r.opts.Cwd, script)
	}
	argv := []string{r.opts.ExecPath}
	if script != "" {
		argv = append(argv, script)
	}
	argv = append(argv, spec.Args...)
	hp := r.spawn(ctx, name, argv, main)
	p.h = hp.h
	go func() {
		<-p.h.Done()
		select {
		case <-p.ready:
		default:
			close(p.ready)
		}
	}()
	return p
}

// installChannel gives process its send/'message' pair and returns the
// function that emits one message (JSON text) on process.
func installChannel(iso *isolate.Isolate, hooks *module.Hooks, onMessage func([]byte)) goja.Callable {
	rt := iso.Runtime()
	process := hooks.RequireCore("process")
	handle := iso.NewHandle("EmbedChannel")
	handle.Unref()
	send := func(text string) {
		if onMessage != nil {
			onMessage([]byte(text))
		}
	}
	v, err := rt.RunString(channelJS)
	if err != nil {
		panic(err)
	}
	install, _ := goja.AssertFunction(v)
	deliver, err := install(goja.Undefined(), process, rt.ToValue(send),
		rt.ToValue(func() { handle.Ref() }), rt.ToValue(func() { handle.Unref() }))
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(deliver)
	return fn
}

const channelJS = `(function (process, send, ref, unref) {
  Object.defineProperty(process, 'send', { configurable: true, writable: true, value: function (msg, cb) {
    var text = JSON.stringify(msg);
    send(text === undefined ? 'null' : text);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  } });
  process.on('newListener', function (ev) { if (ev === 'message' && process.listeners('message').length === 0) ref(); });
  process.on('removeListener', function (ev) { if (ev === 'message' && process.listeners('message').length === 0) unref(); });
  return function (text) { process.emit('message', JSON.parse(text)); };
})`

// Post sends msg (encoded with encoding/json) to the script, which gets it
// decoded as a 'message' event on process. Messages arrive in order; one
// posted while the script has no 'message' listener is dropped, as in Node.
func (p *Process) Post(msg any) error {
	text, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	iso := p.h.Isolate()
	ok := iso.Post(func() {
		<-p.ready
		if p.deliv != nil {
			iso.MakeCallback(p.deliv, goja.Undefined(), iso.Runtime().ToValue(string(text)))
		}
	})
	if !ok {
		return errors.New("isonode: Post: the process has ended")
	}
	return nil
}

// Wait blocks until the script ends and returns its exit code; err as for
// Runtime.Run.
func (p *Process) Wait() (exitCode int, err error) {
	res := p.h.Wait()
	if res.Err != nil && errors.Is(res.Err, isolate.ErrTerminated) && p.ctx != nil && p.ctx.Err() != nil {
		return res.Code, p.ctx.Err()
	}
	return res.Code, res.Err
}

// Stop terminates the script and waits for it to end.
func (p *Process) Stop() (exitCode int, err error) {
	p.h.Isolate().Terminate()
	return p.Wait()
}

// Done is closed when the script has ended.
func (p *Process) Done() <-chan struct{} { return p.h.Done() }

// spawn starts an isolate with Node's environment whose first callback is
// main; ctx's end terminates it.
func (r *Runtime) spawn(ctx context.Context, name string, argv []string, main func(*isolate.Isolate)) *Process {
	if argv == nil {
		argv = []string{r.opts.ExecPath}
	}
	stdin := r.opts.Stdin
	if stdin == nil {
		stdin = eofReader{}
	}
	host := &modkit.Host{
		Stdin: stdin, Stdout: r.stdout, Stderr: r.stderr,
		StdoutFd: -1, StderrFd: -1,
		Argv: argv, ExecPath: r.opts.ExecPath,
		Env: modkit.NewEnv(r.opts.Env), Cwd: r.opts.Cwd, Title: "node",
		AllowModule: r.allowModule, FSRoot: r.root,
	}
	h := r.sched.Spawn(scheduler.Spec{
		Name:    name,
		Options: isolate.Options{MaxCallDepth: r.opts.MaxCallDepth, MaxMemory: r.opts.MaxMemory},
		Start: func(iso *isolate.Isolate) error {
			if err := nodeapi.Setup(iso, host); err != nil {
				return err
			}
			main(iso)
			return nil
		},
	})
	if ctx != nil && ctx.Done() != nil {
		go func() {
			select {
			case <-ctx.Done():
				h.Isolate().Terminate()
			case <-h.Done():
			}
		}()
	}
	return &Process{h: h, ctx: ctx}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// lockedWriter makes every Write of the isolates sharing w whole.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
