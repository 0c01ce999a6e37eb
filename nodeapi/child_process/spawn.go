package child_process

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

// spawnOpts is what child_process.js hands the binding (normalized there).
type spawnOpts struct {
	File     string
	Args     []string
	Env      []string // nil: the isolate's env
	Cwd      string
	Detached bool
	UID, GID int // -1: unset
	Stdio    []stdioSpec
	// spawnSync only
	Input     []byte
	Timeout   time.Duration
	MaxBuffer int
	KillSig   int
}

type stdioSpec struct {
	Type string // pipe, ignore, inherit, fd, ipc
	Fd   int
}

func (s *state) parseSpawnOpts(v goja.Value) *spawnOpts {
	rt := s.c.RT
	o := v.ToObject(rt)
	get := func(k string) goja.Value { return o.Get(k) }
	isSet := func(x goja.Value) bool { return x != nil && !goja.IsUndefined(x) && !goja.IsNull(x) }
	so := &spawnOpts{File: get("file").String(), UID: -1, GID: -1}
	_ = rt.ExportTo(get("args"), &so.Args)
	if e := get("envPairs"); isSet(e) {
		_ = rt.ExportTo(e, &so.Env)
		if so.Env == nil {
			so.Env = []string{}
		}
	}
	if c := get("cwd"); isSet(c) {
		so.Cwd = c.String()
	}
	so.Detached = get("detached").ToBoolean()
	if u := get("uid"); isSet(u) {
		so.UID = int(u.ToInteger())
	}
	if g := get("gid"); isSet(g) {
		so.GID = int(g.ToInteger())
	}
	if st, ok := get("stdio").(*goja.Object); ok {
		n := int(st.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			e := st.Get(strconv.Itoa(i)).ToObject(rt)
			spec := stdioSpec{Type: e.Get("type").String()}
			if fd := e.Get("fd"); isSet(fd) {
				spec.Fd = int(fd.ToInteger())
			}
			so.Stdio = append(so.Stdio, spec)
		}
	}
	if in := get("input"); isSet(in) {
		if b, ok := buffer.Bytes(rt, in); ok {
			so.Input = append([]byte(nil), b...)
		} else {
			so.Input = []byte(in.String())
		}
	}
	if t := get("timeout"); isSet(t) {
		so.Timeout = time.Duration(t.ToFloat() * float64(time.Millisecond))
	}
	if m := get("maxBuffer"); isSet(m) {
		f := m.ToFloat()
		if f > 1<<50 {
			f = 1 << 50
		}
		so.MaxBuffer = int(f)
	}
	so.KillSig = int(unix.SIGTERM)
	if k := get("killSignal"); isSet(k) {
		so.KillSig = int(k.ToInteger())
	}
	return so
}

// cwd is where the child starts: options.cwd against the isolate's working
// directory, which is the default.
func (s *state) cwd(so *spawnOpts) string {
	base := s.c.Host.Cwd
	if base == "" {
		base, _ = os.Getwd()
	}
	if so.Cwd == "" {
		return base
	}
	if filepath.IsAbs(so.Cwd) {
		return so.Cwd
	}
	return filepath.Join(base, so.Cwd)
}

func (s *state) env(so *spawnOpts) []string {
	if so.Env != nil {
		return so.Env
	}
	if s.c.Host.Env == nil {
		return os.Environ()
	}
	return s.c.Host.Env.Pairs()
}

// lookPath finds file as execvp does, on the PATH of the child's
// environment (the isolate's when the child's has none).
func (s *state) lookPath(file string, env []string, cwd string) (string, error) {
	if strings.Contains(file, "/") {
		return file, nil
	}
	path, found := "", false
	for _, kv := range env {
		if strings.HasPrefix(kv, "PATH=") {
			path, found = kv[5:], true
		}
	}
	if !found && s.c.Host.Env != nil {
		path, found = s.c.Host.Env.Get("PATH")
	}
	if !found {
		path = "/usr/local/bin:/usr/bin:/bin"
	}
	var denied error
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		cand := filepath.Join(dir, file)
		probe := cand
		if !filepath.IsAbs(probe) {
			probe = filepath.Join(cwd, probe)
		}
		st, err := os.Stat(probe)
		if err != nil || st.IsDir() {
			continue
		}
		if st.Mode()&0o111 == 0 {
			denied = unix.EACCES
			continue
		}
		return probe, nil
	}
	if denied != nil {
		return "", denied
	}
	return "", unix.ENOENT
}

// started is a running OS child and what the parent holds of its stdio.
type started struct {
	proc *os.Process
	// parent ends of 'pipe' entries, by child fd (nil elsewhere)
	reads  map[int]*os.File
	writes map[int]*os.File
	ipc    map[int]*os.File
	// copies run for 'inherit' when the isolate's stdio is not an OS file
	copies sync.WaitGroup
	nCopy  int
}

// start launches the process with its stdio wired as specified.
func (s *state) start(so *spawnOpts) (*started, error) {
	h := s.c.Host
	cwd := s.cwd(so)
	env := s.env(so)
	st := &started{reads: map[int]*os.File{}, writes: map[int]*os.File{}, ipc: map[int]*os.File{}}
	var childFiles []*os.File // closed in the parent after the start
	var parentFiles []*os.File
	fail := func(err error) (*started, error) {
		for _, f := range childFiles {
			f.Close()
		}
		for _, f := range parentFiles {
			f.Close()
		}
		return nil, err
	}
	stdio := so.Stdio
	for len(stdio) < 3 {
		stdio = append(stdio, stdioSpec{Type: "pipe"})
	}
	files := make([]*os.File, len(stdio))
	var copyFns []func()
	dupFd := func(fd int) (*os.File, error) {
		nfd, err := unix.Dup(fd)
		if err != nil {
			return nil, err
		}
		unix.CloseOnExec(nfd)
		f := os.NewFile(uintptr(nfd), "fd"+strconv.Itoa(fd))
		childFiles = append(childFiles, f)
		return f, nil
	}
	// inherit maps the isolate's fd 0-2 (its Host) to a file for the child.
	inherit := func(i int) (*os.File, error) {
		switch i {
		case 0:
			if f, ok := h.Stdin.(*os.File); ok {
				return dupFd(fileFd(f))
			}
			if h.Stdin == nil {
				return dupFd(0)
			}
			r, w, err := os.Pipe()
			if err != nil {
				return nil, err
			}
			childFiles = append(childFiles, r)
			src := h.Stdin
			copyFns = append(copyFns, func() {
				go func() { _, _ = io.Copy(w, src); w.Close() }()
			})
			return r, nil
		case 1, 2:
			fd, wr := h.StdoutFd, h.Stdout
			if i == 2 {
				fd, wr = h.StderrFd, h.Stderr
			}
			if fd >= 0 || wr == nil {
				if fd < 0 {
					fd = i
				}
				return dupFd(fd)
			}
			r, w, err := os.Pipe()
			if err != nil {
				return nil, err
			}
			childFiles = append(childFiles, w)
			st.nCopy++
			st.copies.Add(1)
			copyFns = append(copyFns, func() {
				go func() {
					defer st.copies.Done()
					_, _ = io.Copy(wr, r)
					r.Close()
				}()
			})
			return nil, nil // set below: w
		}
		return dupFd(i)
	}
	for i, sp := range stdio {
		switch sp.Type {
		case "ignore":
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return fail(err)
			}
			childFiles = append(childFiles, f)
			files[i] = f
		case "pipe", "overlapped":
			r, w, err := os.Pipe()
			if err != nil {
				return fail(err)
			}
			if i == 0 {
				files[i] = r
				childFiles = append(childFiles, r)
				parentFiles = append(parentFiles, w)
				st.writes[i] = w
			} else {
				files[i] = w
				childFiles = append(childFiles, w)
				parentFiles = append(parentFiles, r)
				st.reads[i] = r
			}
		case "ipc":
			fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err != nil {
				return fail(err)
			}
			_ = unix.SetNonblock(fds[0], true)
			pf := os.NewFile(uintptr(fds[0]), "ipc")
			cf := os.NewFile(uintptr(fds[1]), "ipc-child")
			parentFiles = append(parentFiles, pf)
			childFiles = append(childFiles, cf)
			files[i] = cf
			st.ipc[i] = pf
			env = append(withoutKeys(env, "NODE_CHANNEL_FD", "NODE_CHANNEL_SERIALIZATION_MODE"),
				"NODE_CHANNEL_FD="+strconv.Itoa(i), "NODE_CHANNEL_SERIALIZATION_MODE=json")
		case "inherit", "fd":
			fd := i
			if sp.Type == "fd" {
				fd = sp.Fd
			}
			var f *os.File
			var err error
			if fd <= 2 {
				n := len(childFiles)
				f, err = inherit(fd)
				if err == nil && f == nil {
					f = childFiles[n] // the pipe's write end
				}
			} else {
				f, err = dupFd(fd)
			}
			if err != nil {
				return fail(err)
			}
			files[i] = f
		default:
			files[i] = nil
		}
	}
	path, err := s.lookPath(so.File, env, cwd)
	if err != nil {
		return fail(err)
	}
	attr := &os.ProcAttr{Dir: cwd, Env: env, Files: files, Sys: &syscall.SysProcAttr{Setsid: so.Detached}}
	if so.UID >= 0 || so.GID >= 0 {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: os.Geteuid() != 0}
		if so.UID >= 0 {
			cred.Uid = uint32(so.UID)
		}
		if so.GID >= 0 {
			cred.Gid = uint32(so.GID)
		}
		attr.Sys.Credential = cred
	}
	if st, err := os.Stat(cwd); err != nil || !st.IsDir() {
		if err == nil {
			err = unix.ENOTDIR
		}
		return fail(err)
	}
	argv := so.Args
	if len(argv) == 0 {
		argv = []string{so.File}
	}
	proc, err := os.StartProcess(path, argv, attr)
	if err != nil {
		return fail(err)
	}
	for _, f := range childFiles {
		f.Close()
	}
	for _, fn := range copyFns {
		fn()
	}
	st.proc = proc
	return st, nil
}

func withoutKeys(env []string, keys ...string) []string {
	out := env[:0:0]
	for _, kv := range env {
		drop := false
		for _, k := range keys {
			if strings.HasPrefix(kv, k+"=") {
				drop = true
			}
		}
		if !drop {
			out = append(out, kv)
		}
	}
	return out
}

// exitOf turns a wait status into Node's (code, signal).
func exitOf(ps *os.ProcessState) (code goja.Value, signal goja.Value, rawCode int, sig string) {
	if ps == nil {
		return nil, goja.Null(), 0, ""
	}
	ws, _ := ps.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		name := unix.SignalName(ws.Signal())
		return goja.Null(), nil, 0, name
	}
	return nil, goja.Null(), ws.ExitStatus(), ""
}

// spawnError is the {errno, code} JS builds 'spawn <file> ENOENT' from.
func (s *state) spawnError(err error) goja.Value {
	rt := s.c.RT
	errno := modkit.ErrnoOf(err)
	o := rt.NewObject()
	code := unix.ErrnoName(errno)
	if code == "" {
		code = "UNKNOWN"
	}
	_ = o.Set("errno", -int(errno))
	_ = o.Set("code", code)
	return o
}

// spawn starts an OS process for a ChildProcess. Loop goroutine.
func (s *state) spawn(call goja.FunctionCall) goja.Value {
	rt, iso := s.c.RT, s.c.Iso
	so := s.parseSpawnOpts(call.Argument(0))
	res := rt.NewObject()
	st, err := s.start(so)
	if err != nil {
		_ = res.Set("error", s.spawnError(err))
		return res
	}
	handle := iso.NewHandle("Process")
	_ = res.Set("pid", st.proc.Pid)
	stdio := make([]any, len(so.Stdio))
	for i := range stdio {
		stdio[i] = goja.Null()
	}
	for i, f := range st.writes {
		stdio[i] = newSink(s.c, f).obj
	}
	var pumps sync.WaitGroup
	for i, f := range st.reads {
		src := newSource(s.c)
		pumps.Add(1)
		go func(f *os.File) {
			defer pumps.Done()
			src.pump(f)
		}(f)
		stdio[i] = src.obj
	}
	for i, f := range st.ipc {
		ch := newChannel(iso)
		ch.unref = true
		obj := ch.bind(s.c)
		startPipeChannel(ch, f)
		stdio[i] = obj
		_ = res.Set("channel", obj)
		_ = res.Set("channelFd", i)
	}
	_ = res.Set("stdio", rt.NewArray(stdio...))
	_ = res.Set("copies", st.nCopy > 0)
	var mu sync.Mutex
	exited := false
	_ = res.Set("kill", func(call goja.FunctionCall) goja.Value {
		mu.Lock()
		done := exited
		mu.Unlock()
		if done {
			return rt.ToValue(-int(unix.ESRCH))
		}
		if err := st.proc.Signal(syscall.Signal(call.Argument(0).ToInteger())); err != nil {
			if errors.Is(err, os.ErrProcessDone) {
				return rt.ToValue(-int(unix.ESRCH))
			}
			return rt.ToValue(-int(modkit.ErrnoOf(err)))
		}
		return rt.ToValue(0)
	})
	_ = res.Set("ref", func(goja.FunctionCall) goja.Value { handle.Ref(); return goja.Undefined() })
	_ = res.Set("unref", func(goja.FunctionCall) goja.Value { handle.Unref(); return goja.Undefined() })
	go func() {
		ps, _ := st.proc.Wait()
		mu.Lock()
		exited = true
		mu.Unlock()
		waitTimeout(&pumps, exitGrace)
		iso.Post(func() {
			code, signal, raw, sig := exitOf(ps)
			if code == nil {
				code = rt.ToValue(raw)
			}
			if signal == nil {
				signal = rt.ToValue(sig)
			}
			if st.nCopy == 0 {
				handle.Close()
			}
			if fn, ok := goja.AssertFunction(res.Get("onexit")); ok {
				iso.MakeCallback(fn, goja.Undefined(), code, signal)
			}
		})
		if st.nCopy > 0 {
			st.copies.Wait()
			iso.Post(func() {
				handle.Close()
				if fn, ok := goja.AssertFunction(res.Get("oncopiesdone")); ok {
					iso.MakeCallback(fn, goja.Undefined())
				}
			})
		}
	}()
	return res
}

// spawnSync runs a process to completion on the loop goroutine.
func (s *state) spawnSync(call goja.FunctionCall) goja.Value {
	rt := s.c.RT
	so := s.parseSpawnOpts(call.Argument(0))
	res := rt.NewObject()
	st, err := s.start(so)
	if err != nil {
		_ = res.Set("error", s.spawnError(err))
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", goja.Null())
		return res
	}
	_ = res.Set("pid", st.proc.Pid)
	if w, ok := st.writes[0]; ok {
		go func() {
			if len(so.Input) > 0 {
				_, _ = w.Write(so.Input)
			}
			w.Close()
		}()
	}
	for _, f := range st.ipc {
		f.Close()
	}
	type out struct {
		fd  int
		buf bytes.Buffer
	}
	var mu sync.Mutex
	var overflow bool
	var wg sync.WaitGroup
	outs := map[int]*out{}
	kill := make(chan struct{}, 1)
	for i, f := range st.reads {
		o := &out{fd: i}
		outs[i] = o
		wg.Add(1)
		go func(f *os.File) {
			defer wg.Done()
			defer f.Close()
			buf := make([]byte, readChunk)
			for {
				n, err := f.Read(buf)
				if n > 0 {
					mu.Lock()
					o.buf.Write(buf[:n])
					if so.MaxBuffer > 0 && o.buf.Len() > so.MaxBuffer && !overflow {
						overflow = true
						o.buf.Truncate(so.MaxBuffer)
						select {
						case kill <- struct{}{}:
						default:
						}
					}
					mu.Unlock()
				}
				if err != nil {
					return
				}
			}
		}(f)
	}
	waited := make(chan *os.ProcessState, 1)
	go func() {
		ps, _ := st.proc.Wait()
		waited <- ps
	}()
	var timer <-chan time.Time
	if so.Timeout > 0 {
		t := time.NewTimer(so.Timeout)
		defer t.Stop()
		timer = t.C
	}
	var ps *os.ProcessState
	var why string
	for ps == nil {
		select {
		case ps = <-waited:
		case <-timer:
			why = "ETIMEDOUT"
			timer = nil
			killSync(st, so.KillSig)
		case <-kill:
			if why == "" {
				why = "ENOBUFS"
			}
			killSync(st, so.KillSig)
		}
	}
	wg.Wait()
	st.copies.Wait()
	mu.Lock()
	if overflow && why == "" {
		why = "ENOBUFS"
	}
	mu.Unlock()
	code, signal, raw, sig := exitOf(ps)
	if code == nil {
		code = rt.ToValue(raw)
	}
	if signal == nil {
		signal = rt.ToValue(sig)
	}
	_ = res.Set("status", code)
	_ = res.Set("signal", signal)
	output := make([]any, len(so.Stdio))
	for i := range output {
		output[i] = goja.Null()
		if o, ok := outs[i]; ok {
			output[i] = buffer.New(s.c, o.buf.Bytes())
		}
	}
	_ = res.Set("output", rt.NewArray(output...))
	if why != "" {
		e := rt.NewObject()
		errno := unix.ETIMEDOUT
		if why == "ENOBUFS" {
			errno = unix.ENOBUFS
		}
		_ = e.Set("errno", -int(errno))
		_ = e.Set("code", why)
		_ = res.Set("error", e)
	}
	return res
}

// exitGrace bounds how long a child's exit is held back while its output
// pipes drain: as in Node, what the child wrote before exiting is delivered
// ('data', 'end') before 'exit', unless a grandchild keeps a pipe open or
// the parent stopped reading.
const exitGrace = 50 * time.Millisecond

// waitTimeout waits for wg, at most d.
func waitTimeout(wg *sync.WaitGroup, d time.Duration) {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
}

// killSync signals a spawnSync child that ran out of time or buffer, and
// closes the parent's ends of its output pipes, as Node does: a grandchild
// that inherited them must not keep spawnSync waiting.
func killSync(st *started, sig int) {
	_ = st.proc.Signal(syscall.Signal(sig))
	for _, f := range st.reads {
		_ = f.Close()
	}
}

// fileFd is f's descriptor, without the switch to blocking mode that
// (*os.File).Fd makes (the isolate may be reading it through the poller).
func fileFd(f *os.File) int {
	fd := -1
	if rc, err := f.SyscallConn(); err == nil {
		_ = rc.Control(func(u uintptr) { fd = int(u) })
	}
	return fd
}
