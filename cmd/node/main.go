// Command node is isonode's Node.js-compatible command line:
//
//	node [options] [ -e script | script.js ] [arguments]
//
// The main script runs in one isolate spawned by the scheduler; the process
// exits with that isolate's exit code.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/isonode/isonode/internal/gctune"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/process"
	"github.com/isonode/isonode/nodeapi/tty"
	"github.com/isonode/isonode/scheduler"
	"golang.org/x/sys/unix"
)

// gcHeadroom is the least allocation between two collections (see
// internal/gctune); GOGC in the environment turns the pacing off.
const gcHeadroom = 64 << 20

func main() {
	if os.Getenv("GOGC") == "" {
		gctune.Start(gcHeadroom)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	opts, err := parseArgs(args)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", filepath.Base(os.Args[0]), err)
		return 9
	}
	for _, w := range opts.warnings {
		fmt.Fprintf(stderr, "isonode: warning: %s\n", w)
	}
	switch {
	case opts.version:
		fmt.Fprintln(stdout, process.Version)
		return 0
	case opts.help:
		fmt.Fprint(stdout, usage)
		return 0
	case opts.v8Options:
		fmt.Fprintln(stdout, "isonode runs on goja, not V8: V8 options are accepted and ignored.")
		return 0
	}
	if opts.isolates || opts.isolatesFrom != "" {
		return runIsolates(opts, stdout, stderr) // isolates.go
	}

	execPath, err := os.Executable()
	if err != nil {
		execPath = os.Args[0]
	}
	cwd, err := os.Getwd()
	if err != nil {
		cwd = "/"
	}
	main := nodeapi.Main{Preload: opts.preload}
	argv := []string{execPath}
	switch {
	case opts.eval != nil:
		main.Code, main.Name, main.Print = *opts.eval, "[eval]", opts.print
	case opts.script != "" && opts.script != "-":
		script := opts.script
		if !filepath.IsAbs(script) {
			script = filepath.Join(cwd, script)
		}
		main.Script = script
		argv = append(argv, script)
	case opts.interactive || (opts.script == "" && isTerminal(stdin)):
		main.Code, main.Name = replCode, "[repl]"
	default:
		code, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "node: reading stdin: %v\n", err)
			return 1
		}
		main.Code, main.Name = string(code), "[stdin]"
		if opts.script == "-" {
			argv = append(argv, "-")
		}
	}
	argv = append(argv, opts.args...)

	host := &modkit.Host{
		Stdin:    stdin,
		Stdout:   stdout,
		Stderr:   stderr,
		StdoutFd: int(stdout.Fd()),
		StderrFd: int(stderr.Fd()),
		Argv:     argv,
		ExecArgv: opts.execArgv,
		ExecPath: execPath,
		Env:      modkit.NewEnv(os.Environ()),
		Cwd:      cwd,
		Title:    "node",
		ExposeGC: opts.exposeGC,
	}
	s := scheduler.New()
	stop, err := observe(s, opts, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", filepath.Base(os.Args[0]), err)
		return 9
	}
	defer stop()
	process.OSTitle = func(h *modkit.Host, title string) {
		if h == host {
			setProcTitle(title)
		}
	}
	h := s.Spawn(scheduler.Spec{
		Name:    "main",
		Options: opts.limits,
		Start:   nodeapi.Start(host, main),
	})
	res := h.Wait()
	tty.RestoreTerminals()
	describeEnd(stderr, "isonode: ", res.Err)
	if outOfMemory(res.Err) {
		return isolate.ExitAborted
	}
	return res.Code
}

// describeEnd writes to w how an isolate ended abnormally, after who (the
// program's name, and the script's with --isolates): an internal error
// with its Go stack, a memory budget exceeded after Node's FATAL line.
// A normal end or a termination writes nothing.
func describeEnd(w io.Writer, who string, err error) {
	if err == nil || err == isolate.ErrTerminated {
		return
	}
	var ie *isolate.InternalError
	switch {
	case asInternal(err, &ie):
		fmt.Fprintf(w, "%s%v\n%s", who, ie, ie.Stack)
	case outOfMemory(err):
		fmt.Fprintf(w, "%s\n%s%v\n", isolate.FatalOutOfMemory, who, err)
	default:
		fmt.Fprintf(w, "%s%v\n", who, err)
	}
}

// outOfMemory reports whether err ended an isolate over its memory budget,
// which exits with isolate.ExitAborted, as Node at its heap limit.
func outOfMemory(err error) bool {
	var oom *isolate.MemoryLimitError
	return errors.As(err, &oom)
}

func asInternal(err error, target **isolate.InternalError) bool {
	ie, ok := err.(*isolate.InternalError)
	if ok {
		*target = ie
	}
	return ok
}

func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// replCode starts the REPL on the isolate's stdio; leaving it ends the
// process, as in Node.
const replCode = "require('repl').start({ prompt: '> ', useGlobal: true })" +
	".on('exit', function () { process.exit(); })"

const usage = `Usage: node [options] [ -e script | script.js ] [arguments]

Options:
  -v, --version        print node's version
  -e, --eval script    evaluate script
  -p, --print script   evaluate script and print result
  -i, --interactive    always enter the REPL even if stdin
                       does not appear to be a terminal
  -r, --require module preload the module before the main script
  --no-deprecation     silence deprecation warnings
  --throw-deprecation  throw an exception on deprecations
  --trace-deprecation  show stack traces on deprecations
  --expose-gc          expose gc() (runs Go's garbage collector)
  --stack-size=depth   maximum JS call depth (default 10000)
  --max-old-space-size=MB  an isolate's memory budget: a callback that grows
                       the heap by more ends the isolate
  --v8-options         V8 options are accepted and ignored

isonode options:
  --isolates a.js b.js …  run every script at once, each in its own isolate
                       (own process, globals, module cache, env, cwd) in this
                       process; exits when all have ended, with the first
                       non-zero exit code; output is line-buffered per script
  --isolates-from=file as --isolates, with one script path per line of file
  --isolates-prefix    prefix each output line with [script name]
  --isolates-restart=n restart a script that fails, up to n times; SIGTERM or
                       SIGINT stops every script (listeners get the signal)
  --metrics-addr=host:port  serve Prometheus metrics on http://host:port/metrics
  --log-level=level    the runtime's own logs: debug, info, warn (default), error
  --log-format=format  json or console (default); logs go to stderr

Environment variables:
NODE_PATH              ':'-separated list of directories prefixed to the module search path.
ISONODE_METRICS_ADDR   host:port of the metrics endpoint (as --metrics-addr).

isonode runs every script, vm context and forked child as an isolate in one process.
`
