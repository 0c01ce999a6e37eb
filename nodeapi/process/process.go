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
	lb := &lazyBinding{rt: rt, defs: make(map[string]any, 48), vals: make(map[string]goja.Value, 32)}
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

	set("cwd", func(goja.FunctionCall) goja.Value { return rt.ToValue(h.Cwd) })
	set("chdir", func(call goja.FunctionCall) goja.Value {
		dir := call.Argument(0)
		if _, ok := dir.Export().(string); !ok {
			modkit.ThrowInvalidArgType(rt, "directory", "of type string", dir)
		}
		target := dir.String()
		if !filepath.IsAbs(target) {
			target = filepath.Join(h.Cwd, target)
		}
		st, err := os.Stat(target)
		if err == nil && !st.IsDir() {
			err = unix.ENOTDIR
		}
		if err != nil {
			panic(modkit.ErrnoError(rt, err, "chdir", h.Cwd, dir.String()))
		}
		h.Cwd = filepath.Clean(target)
		return goja.Undefined()
	})
	set("umask", func(call goja.FunctionCall) goja.Value {
		arg := call.Argument(0)
		if goja.IsUndefined(arg) {
			old := unix.Umask(0)
			unix.Umask(old)
			return rt.ToValue(old)
		}
		var mask int64
		if s, ok := arg.Export().(string); ok {
			m, err := strconv.ParseInt(s, 8, 32)
			if err != nil {
				modkit.Throw(rt, "TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '%s'", s)
			}
			mask = m
		} else {
			mask = arg.ToInteger()
		}
		return rt.ToValue(unix.Umask(int(mask & 0o777)))
	})
	set("hrtime", func(call goja.FunctionCall) goja.Value {
		ns := time.Since(processStart).Nanoseconds() + hrtimeBase
		sec, nsec := ns/1e9, ns%1e9
		if arg := call.Argument(0); !goja.IsUndefined(arg) {
			prev, ok := arg.(*goja.Object)
			if !ok || prev.ClassName() != "Array" {
				modkit.ThrowInvalidArgType(rt, "time", "an instance of Array", arg)
			}
			var p []int64
			if err := rt.ExportTo(prev, &p); err != nil || len(p) != 2 {
				panic(modkit.OutOfRange(rt, "time", "2", prev.Get("length")))
			}
			sec, nsec = sec-p[0], nsec-p[1]
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return rt.NewArray(sec, nsec)
	})
	set("hrtimeBigint", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(big.NewInt(time.Since(processStart).Nanoseconds() + hrtimeBase))
	})
	set("uptime", func(goja.FunctionCall) goja.Value { return rt.ToValue(iso.Uptime().Seconds()) })
	set("memoryUsage", func(goja.FunctionCall) goja.Value { return memoryUsage(rt) })
	set("rss", func(goja.FunctionCall) goja.Value { return rt.ToValue(rss()) })
	// cpuUsage() → [user µs, system µs] of the OS process (all isolates).
	set("cpuUsage", func(goja.FunctionCall) goja.Value {
		var ru unix.Rusage
		if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
			panic(modkit.ErrnoError(rt, err, "getrusage", "", ""))
		}
		return rt.NewArray(ru.Utime.Sec*1e6+ru.Utime.Usec, ru.Stime.Sec*1e6+ru.Stime.Usec)
	})
	// activeResources() → the kinds of this isolate's open, ref'd handles,
	// one entry per handle, plus one per timer.
	set("activeResources", func(goja.FunctionCall) goja.Value {
		var out []any
		for kind, n := range iso.Handles() {
			for i := 0; i < n; i++ {
				out = append(out, kind)
			}
		}
		return rt.NewArray(out...)
	})
	set("reallyExit", func(call goja.FunctionCall) goja.Value {
		iso.Exit(int(call.Argument(0).ToInteger()))
		return goja.Undefined()
	})
	set("abort", func(goja.FunctionCall) goja.Value {
		_, _ = h.Stderr.Write([]byte("isonode: process.abort() called; ending this isolate\n"))
		iso.Exit(134)
		return goja.Undefined()
	})
	set("kill", func(call goja.FunctionCall) goja.Value {
		pid := call.Argument(0).ToInteger()
		sig := call.Argument(1).ToInteger()
		if IsolateKill != nil {
			if handled, err := IsolateKill(int(pid), int(sig)); handled {
				if err != nil {
					panic(modkit.ErrnoError(rt, err, "kill", "", ""))
				}
				return rt.ToValue(true)
			}
		}
		if err := unix.Kill(int(pid), unix.Signal(sig)); err != nil {
			panic(modkit.ErrnoError(rt, err, "kill", "", ""))
		}
		return rt.ToValue(true)
	})
	set("nextTick", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			modkit.ThrowInvalidArgType(rt, "callback", "of type function", call.Argument(0))
		}
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = append(args, call.Arguments[1:]...)
		}
		iso.NextTick(fn, args...)
		return goja.Undefined()
	})
	set("getTitle", func(goja.FunctionCall) goja.Value { return rt.ToValue(h.Title) })
	set("setTitle", func(call goja.FunctionCall) goja.Value {
		h.Title = call.Argument(0).String()
		return goja.Undefined()
	})
	set("isatty", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(modkit.IsTerminal(h.OSFd(int(call.Argument(0).ToInteger()))))
	})
	set("writeFd", func(call goja.FunctionCall) goja.Value {
		fd := call.Argument(0).ToInteger()
		w := h.Stdout
		if fd == 2 {
			w = h.Stderr
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
			panic(modkit.ErrnoError(rt, err, "write", "", ""))
		}
		return goja.Undefined()
	})
	set("windowSize", func(call goja.FunctionCall) goja.Value {
		fd := h.OSFd(int(call.Argument(0).ToInteger()))
		if fd < 0 {
			return goja.Undefined()
		}
		ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if err != nil {
			return goja.Undefined()
		}
		return rt.NewArray(int(ws.Col), int(ws.Row))
	})
	idFn := func(f func() int) func(goja.FunctionCall) goja.Value {
		return func(goja.FunctionCall) goja.Value { return rt.ToValue(f()) }
	}
	set("getuid", idFn(os.Getuid))
	set("geteuid", idFn(os.Geteuid))
	set("getgid", idFn(os.Getgid))
	set("getegid", idFn(os.Getegid))
	set("getgroups", func(goja.FunctionCall) goja.Value {
		gs, err := os.Getgroups()
		if err != nil {
			panic(modkit.ErrnoError(rt, err, "getgroups", "", ""))
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
		return rt.NewArray(out...)
	})
	setID := func(name string, f func(int) error, lookup func(string) (int, bool)) {
		set(name, func(call goja.FunctionCall) goja.Value {
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
					modkit.Throw(rt, "Error", "ERR_UNKNOWN_CREDENTIAL", "%s identifier does not exist: %s", credKind(name), v)
				}
				id = n
			default:
				modkit.ThrowInvalidArgType(rt, "id", "one of type number or string", arg)
			}
			if err := f(id); err != nil {
				panic(modkit.ErrnoError(rt, err, name, "", ""))
			}
			return goja.Undefined()
		})
	}
	setID("setuid", unix.Setuid, lookupUser)
	setID("seteuid", func(id int) error { return unix.Setreuid(-1, id) }, lookupUser)
	setID("setgid", unix.Setgid, lookupGroup)
	setID("setegid", func(id int) error { return unix.Setregid(-1, id) }, lookupGroup)
	set("exposeGC", h.ExposeGC)
	set("gc", func(goja.FunctionCall) goja.Value {
		runtime.GC()
		return goja.Undefined()
	})
	set("isolateName", iso.Name())
	set("watchSignal", signalBinding(iso))
	set("signals", rt.NewDynamicObject(signalTable{rt}))
	set("methods", rt.NewDynamicObject(procMethods{lb}))
	return b, nil
}

// IsolateKill, when set (child_process sets it), handles process.kill for
// pids that name isolates forked in this process rather than OS processes:
// it reports whether pid was such a pid, and the error (ESRCH) if the
// isolate is gone.
var IsolateKill func(pid, sig int) (handled bool, err error)

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
// lazyBinding is process.js's binding: its values are made JS values on
// first use, so that the natives process.js only calls later (or never)
// cost an isolate nothing until then.
type lazyBinding struct {
	rt   *goja.Runtime
	defs map[string]any
	vals map[string]goja.Value
}

func (b *lazyBinding) Get(key string) goja.Value {
	if v, ok := b.vals[key]; ok {
		return v
	}
	d, ok := b.defs[key]
	if !ok {
		return nil
	}
	v := b.rt.ToValue(d)
	b.vals[key] = v
	return v
}

func (b *lazyBinding) Set(key string, val goja.Value) bool {
	b.defs[key] = val
	b.vals[key] = val
	return true
}

func (b *lazyBinding) Has(key string) bool {
	_, ok := b.defs[key]
	return ok
}

func (b *lazyBinding) Delete(key string) bool {
	delete(b.defs, key)
	delete(b.vals, key)
	return true
}

func (b *lazyBinding) Keys() []string {
	keys := make([]string, 0, len(b.defs))
	for k := range b.defs {
		keys = append(keys, k)
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
