package child_process

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
	"golang.org/x/sys/unix"
)

// IsolatePidBase is where the pids of forked isolates start: a forked
// child's pid is IsolatePidBase + its isolate ID. Linux pids never reach
// 1<<22 (PID_MAX_LIMIT), so these cannot name an OS process, and
// process.kill tells them apart by range.
const IsolatePidBase = 1 << 22

// Scheduler spawns the forked isolates. cmd/node and tests may replace it
// before the first fork.
var Scheduler = scheduler.New()

// StartIsolate builds the start function of a forked isolate that runs the
// script with host. nodeapi sets it (child_process cannot import nodeapi).
var StartIsolate func(host *modkit.Host, script string) func(*isolate.Isolate) error

// isoChild is a forked isolate, as its parent and process.kill see it.
type isoChild struct {
	pid     int
	h       *scheduler.Handle
	killSig atomic.Int32
	srcs    []*source
}

var children sync.Map // pid → *isoChild

// forkKey holds a forked isolate's childInfo in its iso.Value map.
type forkKey struct{}

type childInfo struct {
	ch       *channel
	pid      int
	ppid     int
	parentID uint64 // the forking isolate's ID (unique in the process)
}

func pidOf(iso *isolate.Isolate) int { return IsolatePidBase + int(iso.ID()) }

// KillIsolate is process.kill for isolate pids (installed as the process
// package's IsolateKill hook). Signal 0 probes; any other signal
// terminates the isolate, which then reports that signal in 'exit'.
func KillIsolate(pid, sig int) (bool, error) {
	if pid < IsolatePidBase {
		return false, nil
	}
	v, ok := children.Load(pid)
	if !ok {
		return true, unix.ESRCH
	}
	return true, v.(*isoChild).kill(sig)
}

func (k *isoChild) kill(sig int) error {
	if k.h.Isolate().Terminated() {
		return unix.ESRCH
	}
	if sig == 0 {
		return nil
	}
	k.killSig.CompareAndSwap(0, int32(sig))
	for _, s := range k.srcs {
		s.abort()
	}
	k.h.Isolate().Terminate()
	return nil
}

// discardWriter is a silent child's stdout/stderr: writes go to the
// parent's stream, and are dropped once the parent is gone.
type discardWriter struct{ s *source }

func (w discardWriter) Write(p []byte) (int, error) {
	_, _ = w.s.Write(p)
	return len(p), nil
}

// fork runs a module in a new isolate of this process: opts.modulePath as
// given, resolved against the child's cwd (opts.cwd, relative to ours).
// Loop goroutine.
func (s *state) fork(call goja.FunctionCall) goja.Value {
	c := s.c
	rt, iso, h := c.RT, c.Iso, c.Host
	if StartIsolate == nil {
		modkit.Throw(rt, "Error", "ERR_NOT_SUPPORTED", "fork: no isolate starter installed")
	}
	o := call.Argument(0).ToObject(rt)
	modulePath := o.Get("modulePath").String()
	var args, execArgv, envPairs []string
	_ = rt.ExportTo(o.Get("args"), &args)
	_ = rt.ExportTo(o.Get("execArgv"), &execArgv)
	env := h.Env
	if e := o.Get("envPairs"); e != nil && !goja.IsUndefined(e) && !goja.IsNull(e) {
		_ = rt.ExportTo(e, &envPairs)
		env = modkit.NewEnv(envPairs)
	} else if env != nil {
		env = env.Copy()
	} else {
		env = modkit.NewEnv(os.Environ())
	}
	so := &spawnOpts{}
	if cw := o.Get("cwd"); cw != nil && !goja.IsUndefined(cw) && !goja.IsNull(cw) {
		so.Cwd = cw.String()
	}
	cwd := s.cwd(so)
	script := filepath.Clean(modulePath)
	if !filepath.IsAbs(script) {
		script = filepath.Join(cwd, script)
	}
	var pipes [3]bool
	_ = rt.ExportTo(o.Get("pipes"), &pipes)

	child := &modkit.Host{
		Stdin: h.Stdin, Stdout: h.Stdout, Stderr: h.Stderr,
		StdoutFd: h.StdoutFd, StderrFd: h.StderrFd,
		Argv:     append([]string{h.ExecPath, script}, args...),
		ExecArgv: execArgv, ExecPath: h.ExecPath,
		Env: env, Cwd: cwd, Title: "node",
		AllowModule: h.AllowModule, FSRoot: h.FSRoot,
		// as Node, the child's execArgv (the parent's by default) sets
		// its flags
		ExposeGC: slices.Contains(execArgv, "--expose-gc") || slices.Contains(execArgv, "--expose_gc"),
	}
	res := rt.NewObject()
	stdio := []any{goja.Null(), goja.Null(), goja.Null()}
	var stdin *bufPipe
	if pipes[0] {
		stdin = newBufPipe()
		child.Stdin = stdin
		stdio[0] = newSink(c, stdin).obj
	} else if child.Stdin == nil {
		child.Stdin = bytes.NewReader(nil)
	}
	var srcs []*source
	for i := 1; i <= 2; i++ {
		if !pipes[i] {
			continue
		}
		src := newSource(c)
		srcs = append(srcs, src)
		stdio[i] = src.obj
		if i == 1 {
			child.Stdout, child.StdoutFd = discardWriter{src}, -1
		} else {
			child.Stderr, child.StderrFd = discardWriter{src}, -1
		}
	}
	_ = res.Set("stdio", rt.NewArray(stdio...))

	parentCh := newChannel(iso)
	parentCh.unref = true
	childCh := newChannel(nil)
	info := &childInfo{ch: childCh, ppid: s.pid(), parentID: iso.ID()}
	start := StartIsolate(child, script)
	childCh.setPeer(isoPeer{to: parentCh, iso: iso})
	hd := Scheduler.Spawn(scheduler.Spec{
		Name: "fork:" + script,
		// a child has its parent's call-depth and memory limits, unless
		// its execArgv sets them
		Options: c.Iso.Limits().WithExecArgv(execArgv),
		Start: func(ciso *isolate.Isolate) error {
			childCh.iso = ciso
			info.pid = pidOf(ciso)
			ciso.SetValue(forkKey{}, info)
			return start(ciso)
		},
	})
	ciso := hd.Isolate()
	parentCh.setPeer(isoPeer{to: childCh, iso: ciso})
	pid := pidOf(ciso)
	k := &isoChild{pid: pid, h: hd, srcs: srcs}
	children.Store(pid, k)
	chObj := parentCh.bind(c)
	_ = res.Set("channel", chObj)
	_ = res.Set("pid", pid)
	handle := iso.NewHandle("Process")
	_ = res.Set("kill", func(call goja.FunctionCall) goja.Value {
		if err := k.kill(int(call.Argument(0).ToInteger())); err != nil {
			return rt.ToValue(-int(modkit.ErrnoOf(err)))
		}
		return rt.ToValue(0)
	})
	_ = res.Set("ref", func(goja.FunctionCall) goja.Value { handle.Ref(); return goja.Undefined() })
	_ = res.Set("unref", func(goja.FunctionCall) goja.Value { handle.Unref(); return goja.Undefined() })

	parentDone := parentDoneChan(iso)
	go func() {
		select {
		case <-hd.Done():
		case <-parentDone:
			// the parent ended first: the child loses its channel and
			// its piped stdio, and runs on alone.
			childCh.remoteClosedOn(ciso)
			for _, src := range srcs {
				src.abort()
			}
			<-hd.Done()
		}
		r := hd.Wait()
		var oom *isolate.MemoryLimitError
		if errors.As(r.Err, &oom) {
			fmt.Fprintf(child.Stderr, "%s\n", isolate.FatalOutOfMemory)
		}
		children.Delete(pid)
		if stdin != nil {
			stdin.Close()
		}
		for _, src := range srcs {
			src.finish(nil)
		}
		parentCh.remoteClosed()
		iso.Post(func() {
			handle.Close()
			var code, signal goja.Value = rt.ToValue(r.Code), goja.Null()
			if oom != nil {
				// as Node's child that ran out of heap: aborted
				code, signal = goja.Null(), rt.ToValue("SIGABRT")
			} else if errors.Is(r.Err, isolate.ErrTerminated) {
				sig := k.killSig.Load()
				if sig == 0 {
					sig = int32(unix.SIGTERM)
				}
				code, signal = goja.Null(), rt.ToValue(unix.SignalName(unix.Signal(sig)))
			}
			if fn, ok := goja.AssertFunction(res.Get("onexit")); ok {
				iso.MakeCallback(fn, goja.Undefined(), code, signal)
			}
		})
	}()
	return res
}

// parentDoneChan is closed when iso ends: from Scheduler when iso is one of
// ours, else from one poller per parent isolate (the main isolate belongs
// to cmd/node's scheduler, which has no hook for it).
func parentDoneChan(iso *isolate.Isolate) <-chan struct{} {
	if h, ok := Scheduler.Lookup(iso.ID()); ok {
		return h.Done()
	}
	watchMu.Lock()
	defer watchMu.Unlock()
	if ch, ok := watched[iso]; ok {
		return ch
	}
	ch := make(chan struct{})
	watched[iso] = ch
	go func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for range t.C {
			if iso.Terminated() {
				watchMu.Lock()
				delete(watched, iso)
				watchMu.Unlock()
				close(ch)
				return
			}
		}
	}()
	return ch
}

var (
	watchMu sync.Mutex
	watched = map[*isolate.Isolate]chan struct{}{}
)

// pid is this isolate's process.pid: its isolate pid when forked, else the
// OS pid.
func (s *state) pid() int {
	if info, ok := s.c.Iso.Value(forkKey{}).(*childInfo); ok {
		return info.pid
	}
	return os.Getpid()
}

var channelFdClaimed atomic.Bool

// SetupProcess gives a forked isolate's process its IPC channel
// (process.send, 'message', disconnect, connected): the in-process channel
// of an isolate forked by child_process.fork, or, for the first isolate of
// an OS process started with NODE_CHANNEL_FD in its environment (a child
// forked with isolation: 'process', or by Node itself), newline-delimited
// JSON over that file descriptor. nodeapi.Setup calls it; it does nothing
// for other isolates. Loop goroutine.
func SetupProcess(c *modkit.Context, process *goja.Object) {
	var ch *channel
	info, _ := c.Iso.Value(forkKey{}).(*childInfo)
	if info != nil {
		ch = info.ch
		_ = process.Set("pid", info.pid)
		_ = process.Set("ppid", info.ppid)
	} else if c.Host.Env != nil {
		v, ok := c.Host.Env.Get("NODE_CHANNEL_FD")
		if !ok {
			return
		}
		c.Host.Env.Delete("NODE_CHANNEL_FD")
		c.Host.Env.Delete("NODE_CHANNEL_SERIALIZATION_MODE")
		fd, err := strconv.Atoi(v)
		if err != nil || fd < 0 || !channelFdClaimed.CompareAndSwap(false, true) {
			return
		}
		_ = unix.SetNonblock(fd, true)
		f := os.NewFile(uintptr(fd), "ipc")
		ch = newChannel(c.Iso)
		startPipeChannel(ch, f)
	}
	if ch == nil {
		return
	}
	obj := ch.bind(c)
	fn, _ := goja.AssertFunction(ipcExports(c).Get("forkChild"))
	if _, err := fn(goja.Undefined(), process, obj); err != nil {
		panic(err)
	}
	// a cluster worker announces itself ('online') before its main module
	// runs, whether or not that module requires 'cluster'
	if c.Host.Env != nil {
		if _, ok := c.Host.Env.Get("NODE_UNIQUE_ID"); ok {
			c.Require("cluster")
		}
	}
}

var _ io.Writer = discardWriter{}

// ParentPid reports the pid (process.ppid) of the isolate that forked iso
// with child_process.fork, and false when iso was not forked as an isolate.
// iso's loop goroutine.
func ParentPid(iso *isolate.Isolate) (int, bool) {
	if info, ok := iso.Value(forkKey{}).(*childInfo); ok {
		return info.ppid, true
	}
	return 0, false
}

// ParentIsolate reports the ID of the isolate that forked iso with
// child_process.fork, and false when iso was not forked as an isolate.
// Unlike the parent's pid (every main isolate of this process has the OS
// pid), it tells apart primaries that run side by side in one process:
// net groups the cluster workers' shared listening sockets by it. iso's
// loop goroutine.
func ParentIsolate(iso *isolate.Isolate) (uint64, bool) {
	if info, ok := iso.Value(forkKey{}).(*childInfo); ok {
		return info.parentID, true
	}
	return 0, false
}
