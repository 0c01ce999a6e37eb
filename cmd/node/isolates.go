package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/tty"
	"github.com/isonode/isonode/scheduler"
)

// runIsolates is `node --isolates a.js b.js …` and `--isolates-from=FILE`:
// every script is the main module of its own isolate (own process object
// with argv [execPath, script], globals, module cache, cwd and env copy),
// all in this process. Their stdout and stderr are line-buffered per
// isolate and written whole lines at a time, so lines never tear (a partial
// last line is written when its isolate ends). Stdin is empty for all of
// them. The command ends when every script's isolate has ended, with the
// exit code of the first one to end with a non-zero code, or 0;
// process.exit() ends only the isolate that calls it.
func runIsolates(opts *options, stdout, stderr *os.File) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "%s: %v\n", filepath.Base(os.Args[0]), err)
		return 9
	}
	if opts.eval != nil || opts.interactive {
		return fail(fmt.Errorf("--isolates cannot be combined with -e, -p or -i"))
	}
	var scripts []string
	if opts.isolatesFrom != "" {
		list, err := readScriptList(opts.isolatesFrom)
		if err != nil {
			return fail(err)
		}
		scripts = append(scripts, list...)
	}
	if opts.isolates {
		scripts = append(scripts, opts.args...)
	} else if opts.script != "" {
		scripts = append(scripts, opts.script)
		scripts = append(scripts, opts.args...)
	}
	if len(scripts) == 0 {
		return fail(fmt.Errorf("--isolates: no scripts given"))
	}

	execPath, err := os.Executable()
	if err != nil {
		execPath = os.Args[0]
	}
	cwd, err := os.Getwd()
	if err != nil {
		cwd = "/"
	}
	s := scheduler.New()
	stop, err := observe(s, opts, stderr)
	if err != nil {
		return fail(err)
	}
	defer stop()

	out, errOut := &lockedWriter{w: stdout}, &lockedWriter{w: stderr}
	names := scriptNames(scripts)
	runs := make([]*scriptRun, len(scripts))
	for i, script := range scripts {
		if !filepath.IsAbs(script) {
			script = filepath.Join(cwd, script)
		}
		r := &scriptRun{
			script: scripts[i],
			out:    &lineWriter{dst: out},
			err:    &lineWriter{dst: errOut},
		}
		outFd, errFd := int(stdout.Fd()), int(stderr.Fd())
		if opts.isolatesPrefix {
			prefix := []byte("[" + names[i] + "] ")
			r.out.prefix, r.err.prefix = prefix, prefix
			outFd, errFd = -1, -1 // fs.writeSync(1, …) goes through the prefixing writer
		}
		r.spawn = func(n int) *scheduler.Handle {
			host := &modkit.Host{
				Stdin:    bytes.NewReader(nil),
				Stdout:   r.out,
				Stderr:   r.err,
				StdoutFd: outFd,
				StderrFd: errFd,
				Argv:     []string{execPath, script},
				ExecArgv: opts.execArgv,
				ExecPath: execPath,
				Env:      modkit.NewEnv(os.Environ()),
				Cwd:      cwd,
				Title:    "node",
				ExposeGC: opts.exposeGC,
			}
			name := fmt.Sprintf("main-%d:%s", i+1, filepath.Base(script))
			if n > 0 {
				name += fmt.Sprintf("#%d", n)
			}
			return s.Spawn(scheduler.Spec{
				Name:    name,
				Options: opts.limits,
				Start:   nodeapi.Start(host, nodeapi.Main{Script: script, Preload: opts.preload}),
			})
		}
		runs[i] = r
	}

	// SIGTERM and SIGINT stop every script: see stopOnSignal
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(sigs)
	var (
		stopMu   sync.Mutex
		stopping syscall.Signal // the first signal received, 0 until then
	)
	stopped := func() syscall.Signal {
		stopMu.Lock()
		defer stopMu.Unlock()
		return stopping
	}

	// every script runs on its own goroutine, restarted as allowed, and
	// reports its final result; the first non-zero code wins
	done := make(chan int, len(runs))
	for i, r := range runs {
		r.h = r.spawn(0)
		go func(i int, r *scriptRun) {
			for n := 1; ; n++ {
				res := r.h.Wait()
				r.out.Flush()
				r.err.Flush()
				r.report(res)
				r.setResult(res)
				if res.Err == isolate.ErrTerminated {
					if sig := stopped(); sig != 0 {
						r.setCode(128 + int(sig)) // as a process killed by sig
					}
				}
				failed := res.Code != 0 || (res.Err != nil && res.Err != isolate.ErrTerminated)
				if !failed || n > opts.isolatesRestart {
					break
				}
				// checked and spawned under r.mu, so that a signal's
				// stop reaches the new run (see the loop below)
				r.mu.Lock()
				if stopped() != 0 {
					r.mu.Unlock()
					break
				}
				fmt.Fprintf(r.err, "isonode: %s ended with code %d; restarting (%d/%d)\n", r.script, r.code, n, opts.isolatesRestart)
				r.err.Flush()
				r.h = r.spawn(n)
				r.mu.Unlock()
			}
			done <- i
		}(i, r)
	}

	code := 0
	for left := len(runs); left > 0; {
		select {
		case i := <-done:
			left--
			if c := runs[i].exitCode(); code == 0 && c != 0 {
				code = c
			}
		case sig := <-sigs:
			stopMu.Lock()
			first := stopping == 0
			if first {
				stopping = sig.(syscall.Signal)
			}
			stopMu.Unlock()
			for _, r := range runs {
				r.mu.Lock()
				h := r.h
				r.mu.Unlock()
				if first {
					stopOnSignal(h.Isolate(), sig.(syscall.Signal))
				} else {
					h.Isolate().Terminate() // a second signal: stop now
				}
			}
		}
	}
	tty.RestoreTerminals()
	return code
}

// scriptRun is one script of --isolates, across its restarts.
type scriptRun struct {
	script   string
	spawn    func(restart int) *scheduler.Handle
	out, err *lineWriter
	mu       sync.Mutex
	h        *scheduler.Handle // the current run
	code     int               // the last run's exit code
}

func (r *scriptRun) setResult(res isolate.Result) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.code = res.Code
	switch {
	case outOfMemory(res.Err):
		r.code = isolate.ExitAborted
	case r.code == 0 && res.Err != nil && res.Err != isolate.ErrTerminated:
		r.code = 1 // a crash of Go code inside the isolate
	}
}

func (r *scriptRun) setCode(c int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.code = c
}

func (r *scriptRun) exitCode() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.code
}

// report writes an isolate's abnormal end (not a termination) to the
// script's stderr.
func (r *scriptRun) report(res isolate.Result) {
	if res.Err == nil || res.Err == isolate.ErrTerminated {
		return
	}
	describeEnd(r.err, "isonode: "+r.script+": ", res.Err)
	r.err.Flush()
}

// stopOnSignal stops iso gracefully on sig: a script listening for sig
// (process.on('SIGTERM', …)) gets it from the process module and ends
// itself; one that is not listening is terminated. An isolate too busy to
// look within a second (a long synchronous loop) is terminated too.
func stopOnSignal(iso *isolate.Isolate, sig syscall.Signal) {
	name := "SIGTERM"
	if sig == syscall.SIGINT {
		name = "SIGINT"
	}
	looked := make(chan struct{})
	posted := iso.Post(func() {
		defer close(looked)
		rt := iso.Runtime()
		proc, ok := rt.Get("process").(*goja.Object)
		if ok {
			if listeners, ok := goja.AssertFunction(proc.Get("listeners")); ok {
				if v, err := listeners(proc, rt.ToValue(name)); err == nil {
					if arr, ok := v.(*goja.Object); ok && arr.Get("length").ToInteger() > 0 {
						return
					}
				}
			}
		}
		iso.Terminate()
	})
	if !posted {
		return
	}
	go func() {
		select {
		case <-looked:
		case <-time.After(time.Second):
			iso.Terminate()
		}
	}()
}

// scriptNames are the names --isolates-prefix shows: each script's base
// name, or the path as given when two scripts share a base name.
func scriptNames(scripts []string) []string {
	count := map[string]int{}
	for _, s := range scripts {
		count[filepath.Base(s)]++
	}
	names := make([]string, len(scripts))
	for i, s := range scripts {
		names[i] = filepath.Base(s)
		if count[names[i]] > 1 {
			names[i] = s
		}
	}
	return names
}

// readScriptList reads --isolates-from's file: one script path per line;
// blank lines and lines starting with '#' are skipped. Relative paths are
// relative to the working directory, as on the command line.
func readScriptList(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("--isolates-from: %w", err)
	}
	defer f.Close()
	var list []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		list = append(list, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--isolates-from: %w", err)
	}
	return list, nil
}

// lockedWriter makes each Write whole: isolates share it.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// lineWriter is one isolate's stdout or stderr: it passes complete lines
// to dst (all complete lines of one Write in a single dst.Write) and holds
// a partial last line until its newline arrives, it grows past maxPartial,
// or Flush.
type lineWriter struct {
	mu     sync.Mutex
	dst    io.Writer
	buf    []byte
	prefix []byte // written before every line, if set
	mid    bool   // the last write to dst ended inside a line
}

const maxPartial = 64 << 10

func (l *lineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	cut := bytes.LastIndexByte(l.buf, '\n') + 1
	if cut == 0 && len(l.buf) >= maxPartial {
		cut = len(l.buf)
	}
	if cut == 0 {
		return len(p), nil
	}
	_, err := l.dst.Write(l.prefixed(l.buf[:cut]))
	l.buf = append(l.buf[:0], l.buf[cut:]...)
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held partial line (ended with a newline when l has a
// prefix).
func (l *lineWriter) Flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buf) > 0 {
		p := l.prefixed(l.buf)
		if len(l.prefix) > 0 && p[len(p)-1] != '\n' {
			// prefixed lines are always whole: the next one may be
			// another script's
			p = append(p, '\n')
		}
		_, _ = l.dst.Write(p)
		l.buf = l.buf[:0]
		l.mid = false // what follows starts a new line
	}
}

// prefixed returns p with l.prefix before each line that starts in it.
// l.mu held.
func (l *lineWriter) prefixed(p []byte) []byte {
	if len(l.prefix) == 0 || len(p) == 0 {
		return p
	}
	out := make([]byte, 0, len(p)+len(l.prefix)*(1+bytes.Count(p, []byte{'\n'})))
	for len(p) > 0 {
		if !l.mid {
			out = append(out, l.prefix...)
		}
		line := p
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			line = p[:i+1]
		}
		out = append(out, line...)
		p = p[len(line):]
		l.mid = line[len(line)-1] != '\n'
	}
	return out
}
