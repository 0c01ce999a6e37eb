package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

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
	type running struct {
		h        *scheduler.Handle
		out, err *lineWriter
	}
	runs := make([]running, len(scripts))
	for i, script := range scripts {
		if !filepath.IsAbs(script) {
			script = filepath.Join(cwd, script)
		}
		r := running{out: &lineWriter{dst: out}, err: &lineWriter{dst: errOut}}
		host := &modkit.Host{
			Stdin:    bytes.NewReader(nil),
			Stdout:   r.out,
			Stderr:   r.err,
			StdoutFd: int(stdout.Fd()),
			StderrFd: int(stderr.Fd()),
			Argv:     []string{execPath, script},
			ExecArgv: opts.execArgv,
			ExecPath: execPath,
			Env:      modkit.NewEnv(os.Environ()),
			Cwd:      cwd,
			Title:    "node",
			ExposeGC: opts.exposeGC,
		}
		r.h = s.Spawn(scheduler.Spec{
			Name:    fmt.Sprintf("main-%d:%s", i+1, filepath.Base(script)),
			Options: isolate.Options{MaxCallDepth: opts.stackDepth},
			Start:   nodeapi.Start(host, nodeapi.Main{Script: script, Preload: opts.preload}),
		})
		runs[i] = r
	}

	// wait in the order the isolates end: the first non-zero code wins
	type ended struct {
		i   int
		res isolate.Result
	}
	done := make(chan ended, len(runs))
	for i, r := range runs {
		go func(i int, h *scheduler.Handle) { done <- ended{i, h.Wait()} }(i, r.h)
	}
	code := 0
	for range runs {
		e := <-done
		runs[e.i].out.Flush()
		runs[e.i].err.Flush()
		if e.res.Err != nil {
			var ie *isolate.InternalError
			switch {
			case asInternal(e.res.Err, &ie):
				fmt.Fprintf(errOut, "isonode: %s: %v\n%s", scripts[e.i], ie, ie.Stack)
			case e.res.Err != isolate.ErrTerminated:
				fmt.Fprintf(errOut, "isonode: %s: %v\n", scripts[e.i], e.res.Err)
			}
		}
		if code == 0 && e.res.Code != 0 {
			code = e.res.Code
		}
	}
	tty.RestoreTerminals()
	return code
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
	mu  sync.Mutex
	dst io.Writer
	buf []byte
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
	_, err := l.dst.Write(l.buf[:cut])
	l.buf = append(l.buf[:0], l.buf[cut:]...)
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held partial line.
func (l *lineWriter) Flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buf) > 0 {
		_, _ = l.dst.Write(l.buf)
		l.buf = l.buf[:0]
	}
}
