// Package process is the native half of Node's `process` object. The JS half
// (process.js) makes it an EventEmitter and adds exit, nextTick, stdio and
// the fatal-exception plumbing. process is a core module of its own here
// ("process", as in later Node) and the global of the same name.
package process

import (
	_ "embed"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

//go:embed process.js
var processJS string

// Version is the Node version isonode reports: the v0.10 line it implements.
const Version = "v0.10.48"

// IsonodeVersion is isonode's own version, in process.versions.isonode.
const IsonodeVersion = "0.1.0"

// Module is the registry entry for 'process'.
var Module = modkit.Module{Name: "process", Native: native, JS: modkit.NewScript("node.js", processJS)}

func native(c *modkit.Context) (*goja.Object, error) {
	rt, h, iso := c.RT, c.Host, c.Iso
	p := &state{c: c, rt: rt, h: h, iso: iso}
	lb := &lazyBinding{p: p, defs: make(map[string]any, 16), vals: make(map[string]goja.Value, 32)}
	b := rt.NewDynamicObject(lb)
	set := func(k string, v any) { lb.defs[k] = v }

	argv := make([]any, len(h.Argv))
	for i, a := range h.Argv {
		argv[i] = a
	}
	execArgv := make([]any, len(h.ExecArgv))
	for i, a := range h.ExecArgv {
		execArgv[i] = a
	}
	set("argv", rt.NewArray(argv...))
	set("execArgv", rt.NewArray(execArgv...))
	set("execPath", h.ExecPath)
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("platform", runtime.GOOS)
	set("arch", nodeArch())
	set("version", Version)
	versions := rt.NewObject()
	for _, kv := range [][2]string{
		{"http_parser", "1.0"}, {"node", strings.TrimPrefix(Version, "v")}, {"v8", "3.14.5.9"},
		{"ares", "1.9.0-DEV"}, {"uv", "0.10.37"}, {"zlib", "1.2.8"}, {"modules", "11"},
		{"openssl", "1.0.1u"}, {"isonode", IsonodeVersion}, {"go", runtime.Version()},
	} {
		_ = versions.Set(kv[0], kv[1])
	}
	set("versions", versions)
	set("env", rt.NewDynamicObject(&envObject{rt: rt, env: h.Env}))

	set("exposeGC", h.ExposeGC)
	set("isolateName", iso.Name())
	set("signals", rt.NewDynamicObject(signalTable{rt}))
	set("methods", rt.NewDynamicObject(procMethods{lb}))
	set("lazyEmitter", rt.NewDynamicObject(&lazyEmitter{c: c}))
	return b, nil
}

// lazyEmitter stands for EventEmitter.prototype in process's prototype
// chain until the 'events' module loads (process.js then puts the real one
// in its place): reading one of EventEmitter.prototype's properties through
// it loads 'events'. Most isolates never call process.on, and loading
// 'events' is a fifth of an isolate's startup.
type lazyEmitter struct {
	c     *modkit.Context
	proto *goja.Object // EventEmitter.prototype, once loaded
}

// emitterProtoNames are the own properties of EventEmitter.prototype but
// constructor (lazy_test.go keeps the list in step with events.js).
var emitterProtoNames = []string{"_events", "_eventsCount", "_maxListeners",
	"setMaxListeners", "getMaxListeners", "emit", "addListener", "on", "prependListener",
	"once", "prependOnceListener", "removeListener", "off", "removeAllListeners",
	"listeners", "rawListeners", "listenerCount", "eventNames"}

func (l *lazyEmitter) load() *goja.Object {
	if l.proto == nil {
		ee, _ := l.c.Require("events").(*goja.Object)
		l.proto, _ = ee.Get("prototype").(*goja.Object)
	}
	return l.proto
}

func (l *lazyEmitter) Get(key string) goja.Value {
	if !l.Has(key) {
		return nil
	}
	return l.load().Get(key)
}

func (*lazyEmitter) Has(key string) bool {
	for _, n := range emitterProtoNames {
		if n == key {
			return true
		}
	}
	return false
}

func (l *lazyEmitter) Set(key string, val goja.Value) bool {
	return l.load().Set(key, val) == nil
}

func (l *lazyEmitter) Delete(key string) bool {
	return l.load().Delete(key) == nil
}

func (l *lazyEmitter) Keys() []string { return l.load().Keys() }

// natives are the binding's functions, shared by all isolates: the binding
// makes a JS function of one, bound to its isolate's state, when process.js
// first reads it.
var natives = map[string]func(p *state, call goja.FunctionCall) goja.Value{
	"cwd": func(p *state, _ goja.FunctionCall) goja.Value { return p.rt.ToValue(p.h.Cwd) },
	"chdir": func(p *state, call goja.FunctionCall) goja.Value {
		dir := call.Argument(0)
		if _, ok := dir.Export().(string); !ok {
			modkit.ThrowInvalidArgType(p.rt, "directory", "of type string", dir)
		}
		target := dir.String()
		if !filepath.IsAbs(target) {
			target = filepath.Join(p.h.Cwd, target)
		}
		st, err := os.Stat(target)
		if err == nil && !st.IsDir() {
			err = unix.ENOTDIR
		}
		if err != nil {
			panic(modkit.ErrnoError(p.rt, err, "chdir", p.h.Cwd, dir.String()))
		}
		p.h.Cwd = filepath.Clean(target)
		return goja.Undefined()
	},
	"umask": func(p *state, call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		if goja.IsUndefined(arg) {
			old := unix.Umask(0)
			unix.Umask(old)
			return p.rt.ToValue(old)
		}
		var mask int64
		if s, ok := arg.Export().(string); ok {
			m, err := strconv.ParseInt(s, 8, 32)
			if err != nil {
				modkit.Throw(p.rt, "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '%s'", s)
			}
			mask = m
		} else {
			mask = arg.ToInteger()
		}
		return p.rt.ToValue(unix.Umask(int(mask & 0o777)))
	},
	"hrtime": func(p *state, call goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds() + hrtimeBase
		sec, nsec := ns/1e9, ns%1e9
		if arg := call.Argument(0); !goja.IsUndefined(arg) {
			prev, ok := arg.(*goja.Object)
			if !ok || prev.ClassName() != "Array" {
				modkit.ThrowInvalidArgType(p.rt, "time", "an instance of Array", arg)
			}
			var t []int64
			if err := p.rt.ExportTo(prev, &t); err != nil || len(t) != 2 {
				panic(modkit.OutOfRange(p.rt, "time", "2", prev.Get("length")))
			}
			sec, nsec = sec-t[0], nsec-t[1]
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return p.rt.NewArray(sec, nsec)
	},
	"hrtimeBigint": func(p *state, _ goja.FunctionCall) goja.Value {
		return p.rt.ToValue(big.NewInt(time.Since(processStart).Nanoseconds() + hrtimeBase))
	},
	"uptime":      func(p *state, _ goja.FunctionCall) goja.Value { return p.rt.ToValue(p.iso.Uptime().Seconds()) },
	"memoryUsage": func(p *state, _ goja.FunctionCall) goja.Value { return memoryUsage(p.rt) },
	"rss":         func(p *state, _ goja.FunctionCall) goja.Value { return p.rt.ToValue(rss()) },
	// cpuUsage() → [user µs, system µs] of the OS process (all isolates).
	"cpuUsage": func(p *state, _ goja.FunctionCall) goja.Value {
		var ru unix.Rusage
		if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
			panic(modkit.ErrnoError(p.rt, err, "getrusage", "", ""))
		}
		return p.rt.NewArray(ru.Utime.Sec*1e6+ru.Utime.Usec, ru.Stime.Sec*1e6+ru.Stime.Usec)
	},
	// activeResources() → the kinds of this isolate's open, ref'd handles,
	// one entry per handle, plus one per timer.
	"activeResources": func(p *state, _ goja.FunctionCall) goja.Value {
		var out []any
		for kind, n := range p.iso.Handles() {
			for i := 0; i < n; i++ {
				out = append(out, kind)
			}
		}
		return p.rt.NewArray(out...)
	},
	"reallyExit": func(p *state, call goja.FunctionCall) goja.Value {
		p.iso.Exit(int(call.Argument(0).ToInteger()))
		return goja.Undefined()
	},
	"abort": func(p *state, _ goja.FunctionCall) goja.Value {
		_, _ = p.h.Stderr.Write([]byte("isonode: process.abort() called; ending this isolate\n"))
		p.iso.Exit(134)
		return goja.Undefined()
	},
	"kill": func(p *state, call goja.FunctionCall) goja.Value {
		pid := call.Argument(0).ToInteger()
		sig := call.Argument(1).ToInteger()
		if IsolateKill != nil {
			if handled, err := IsolateKill(int(pid), int(sig)); handled {
				if err != nil {
					panic(modkit.ErrnoError(p.rt, err, "kill", "", ""))
				}
				return p.rt.ToValue(true)
			}
		}
		if err := unix.Kill(int(pid), unix.Signal(sig)); err != nil {
			panic(modkit.ErrnoError(p.rt, err, "kill", "", ""))
		}
		return p.rt.ToValue(true)
	},
	"nextTick": func(p *state, call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			modkit.ThrowInvalidArgType(p.rt, "callback", "of type function", call.Argument(0))
		}
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = append(args, call.Arguments[1:]...)
		}
		p.iso.NextTick(fn, args...)
		return goja.Undefined()
	},
	"getTitle": func(p *state, _ goja.FunctionCall) goja.Value { return p.rt.ToValue(p.h.Title) },
	"setTitle": func(p *state, call goja.FunctionCall) goja.Value {
		p.h.Title = call.Argument(0).String()
		if f := OSTitle; f != nil {
			f(p.h, p.h.Title)
		}
		return goja.Undefined()
	},
	"isatty": func(p *state, call goja.FunctionCall) goja.Value {
		return p.rt.ToValue(modkit.IsTerminal(p.h.OSFd(int(call.Argument(0).ToInteger()))))
	},
	"writeFd": func(p *state, call goja.FunctionCall) goja.Value {
		fd := call.Argument(0).ToInteger()
		w := p.h.Stdout
		if fd == 2 {
			w = p.h.Stderr
		}
		var data []byte
		switch v := call.Argument(1).Export().(type) {
		case string:
			data = []byte(v)
		case []byte:
			data = v
		default:
			data = []byte(call.Argument(1).String())
		}
		if _, err := w.Write(data); err != nil {
			panic(modkit.ErrnoError(p.rt, err, "write", "", ""))
		}
		return goja.Undefined()
	},
	"windowSize": func(p *state, call goja.FunctionCall) goja.Value {
		fd := p.h.OSFd(int(call.Argument(0).ToInteger()))
		if fd < 0 {
			return goja.Undefined()
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return goja.Undefined()
		}
		return p.rt.NewArray(int(ws.Col), int(ws.Row))
	},
	"getuid":  idFn(os.Getuid),
	"geteuid": idFn(os.Geteuid),
	"getgid":  idFn(os.Getgid),
	"getegid": idFn(os.Getegid),
	"getgroups": func(p *state, _ goja.FunctionCall) goja.Value {
		gs, err := os.Getgroups()
		if err != nil {
			panic(modkit.ErrnoError(p.rt, err, "getgroups", "", ""))
		}
		// as Node's, the list always holds the effective group ID
		egid, seen := os.Getegid(), false
		out := make([]any, 0, len(gs)+1)
		for _, g := range gs {
			out = append(out, g)
			seen = seen || g == egid
		}
		if !seen {
			out = append(out, egid)
		}
		return p.rt.NewArray(out...)
	},
	"setuid":  setID("setuid", unix.Setuid, lookupUser),
	"seteuid": setID("seteuid", func(id int) error { return unix.Setreuid(-1, id) }, lookupUser),
	"setgid":  setID("setgid", unix.Setgid, lookupGroup),
	"setegid": setID("setegid", func(id int) error { return unix.Setregid(-1, id) }, lookupGroup),
	"gc": func(p *state, _ goja.FunctionCall) goja.Value {
		runtime.GC()
		return goja.Undefined()
	},
	// hide(obj, name, value) and accessor(obj, name, get, set): see process.js.
	"hide": func(p *state, call goja.FunctionCall) goja.Value {
		_ = call.Argument(0).ToObject(p.rt).DefineDataProperty(call.Argument(1).String(), call.Argument(2),
			goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return goja.Undefined()
	},
	"accessor": func(p *state, call goja.FunctionCall) goja.Value {
		var setter goja.Value
		if len(call.Arguments) > 3 {
			setter = call.Arguments[3]
		}
		_ = call.Argument(0).ToObject(p.rt).DefineAccessorProperty(call.Argument(1).String(), call.Argument(2), setter,
			goja.FLAG_TRUE, goja.FLAG_TRUE)
		return goja.Undefined()
	},
	// whenEventsLoaded(fn) calls fn(EventEmitter) once 'events' has loaded.
	"whenEventsLoaded": func(p *state, call goja.FunctionCall) goja.Value {
		fn, _ := goja.AssertFunction(call.Argument(0))
		p.c.WhenLoaded("events", func(ee goja.Value) {
			if _, err := fn(goja.Undefined(), ee); err != nil {
				panic(err)
			}
		})
		return goja.Undefined()
	},
	"watchSignal": watchSignalNative,
}

// state is what the natives of one isolate's binding work on.
type state struct {
	c   *modkit.Context
	rt  *goja.Runtime
	h   *modkit.Host
	iso *isolate.Isolate
}

func idFn(f func() int) func(*state, goja.FunctionCall) goja.Value {
	return func(p *state, _ goja.FunctionCall) goja.Value { return p.rt.ToValue(f()) }
}

func setID(name string, f func(int) error, lookup func(string) (int, bool)) func(*state, goja.FunctionCall) goja.Value {
	return func(p *state, call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		var id int
		switch v := arg.Export().(type) {
		case int64:
			id = int(v)
		case float64:
			id = int(v)
		case string:
			n, ok := lookup(v)
			if !ok {
				modkit.Throw(p.rt, "Error", "ERR_UNKNOWN_CREDENTIAL", "%s identifier does not exist: %s", credKind(name), v)
			}
			id = n
		default:
			modkit.ThrowInvalidArgType(p.rt, "id", "one of type number or string", arg)
		}
		if err := f(id); err != nil {
			panic(modkit.ErrnoError(p.rt, err, name, "", ""))
		}
		return goja.Undefined()
	}
}

// IsolateKill, when set (child_process sets it), handles process.kill for
// pids that name isolates forked in this process rather than OS processes:
// it reports whether pid was such a pid, and the error (ESRCH) if the
// isolate is gone.
var IsolateKill func(pid, sig int) (handled bool, err error)

// OSTitle, when not nil, is told each new process.title with the Host of
// the isolate that set it, so that the command can show the title of its
// main isolate as the OS process's (what ps prints). It runs on that
// isolate's loop goroutine. Set it before isolates start.
var OSTitle func(h *modkit.Host, title string)

var processStart = time.Now()

// hrtimeBase offsets hrtime so that it reads like a monotonic clock of the
// machine rather than starting at zero.
var hrtimeBase = func() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0
	}
	return ts.Nano()
}()

func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return runtime.GOARCH
}

func credKind(name string) string {
	if strings.HasSuffix(name, "uid") {
		return "User"
	}
	return "Group"
}

func rss() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

var memSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/total:bytes"},
	{Name: "/memory/classes/heap/unused:bytes"},
}

func memoryUsage(rt *goja.Runtime) goja.Value {
	s := make([]metrics.Sample, len(memSamples))
	copy(s, memSamples)
	metrics.Read(s)
	used := int64(s[0].Value.Uint64())
	total := used + int64(s[2].Value.Uint64())
	o := rt.NewObject()
	_ = o.Set("rss", rss())
	_ = o.Set("heapTotal", total)
	_ = o.Set("heapUsed", used)
	_ = o.Set("external", 0)
	_ = o.Set("arrayBuffers", 0)
	return o
}

// envObject is process.env: reads and writes go to the isolate's Env, and
// assigned values become strings, as in Node.
// lazyBinding is process.js's binding: its values (defs, and the shared
// natives) are made JS values on first use, so that the natives process.js
// only calls later (or never) cost an isolate nothing until then.
type lazyBinding struct {
	p    *state
	defs map[string]any
	vals map[string]goja.Value // made or assigned; nil: deleted
}

func (b *lazyBinding) Get(key string) goja.Value {
	if v, ok := b.vals[key]; ok {
		return v
	}
	var v goja.Value
	if d, ok := b.defs[key]; ok {
		v = b.p.rt.ToValue(d)
	} else if fn, ok := natives[key]; ok {
		p := b.p
		v = p.rt.ToValue(func(call goja.FunctionCall) goja.Value { return fn(p, call) })
	} else {
		return nil
	}
	b.vals[key] = v
	return v
}

func (b *lazyBinding) Set(key string, val goja.Value) bool {
	b.vals[key] = val
	return true
}

func (b *lazyBinding) Has(key string) bool {
	if v, ok := b.vals[key]; ok {
		return v != nil
	}
	_, isDef := b.defs[key]
	_, isNative := natives[key]
	return isDef || isNative
}

func (b *lazyBinding) Delete(key string) bool {
	b.vals[key] = nil
	return true
}

func (b *lazyBinding) Keys() []string {
	var keys []string
	add := func(k string) {
		if b.Has(k) {
			keys = append(keys, k)
		}
	}
	for k := range b.defs {
		add(k)
	}
	for k := range natives {
		add(k)
	}
	for k, v := range b.vals {
		_, isDef := b.defs[k]
		_, isNative := natives[k]
		if v != nil && !isDef && !isNative {
			keys = append(keys, k)
		}
	}
	return keys
}

// procMethods serves the process methods that are binding natives used
// rarely (see process.js), from the binding.
type procMethods struct{ b *lazyBinding }

// procMethodNames are the methods procMethods serves.
var procMethodNames = []string{"cwd", "chdir", "umask", "uptime", "abort", "getuid", "geteuid",
	"getgid", "getegid", "getgroups", "setuid", "seteuid", "setgid", "setegid"}

func (m procMethods) Get(key string) goja.Value {
	if !m.Has(key) {
		return nil
	}
	return m.b.Get(key)
}

func (procMethods) Has(key string) bool {
	for _, n := range procMethodNames {
		if n == key {
			return true
		}
	}
	return false
}

func (procMethods) Set(string, goja.Value) bool { return false }
func (procMethods) Delete(string) bool          { return false }
func (procMethods) Keys() []string              { return procMethodNames }

type envObject struct {
	rt  *goja.Runtime
	env *modkit.Env
}

func (o *envObject) Get(key string) goja.Value {
	if v, ok := o.env.Get(key); ok {
		return o.rt.ToValue(v)
	}
	return nil
}

func (o *envObject) Set(key string, val goja.Value) bool {
	o.env.Set(key, val.String())
	return true
}

func (o *envObject) Has(key string) bool {
	_, ok := o.env.Get(key)
	return ok
}

func (o *envObject) Delete(key string) bool {
	o.env.Delete(key)
	return true
}

func (o *envObject) Keys() []string { return o.env.Keys() }
