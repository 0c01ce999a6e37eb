// Package modkit is what every core module package builds on: the Module
// descriptor that the registry table lists, the per-isolate Context a module
// is loaded with, compiled-once JS sources, and Node-style errors.
//
// A core module has a Go half (Native), a JS half (JS), or both. When both
// are present the JS half receives the Go half's result as an extra
// parameter named `binding`:
//
//	//go:embed events.js
//	var eventsJS string
//
//	var Module = modkit.Module{
//		Name:   "events",
//		JS:     modkit.NewScript("events.js", eventsJS),
//	}
//
//	var Module = modkit.Module{
//		Name: "path_binding_example",
//		Native: func(c *modkit.Context) (*goja.Object, error) {
//			b := c.RT.NewObject()
//			b.Set("fast", func(call goja.FunctionCall) goja.Value { … })
//			return b, nil
//		},
//		JS: modkit.NewScript("example.js", exampleJS), // uses binding.fast
//	}
//
// Everything here runs on the isolate's loop goroutine, except NewScript and
// Script.Program, which any goroutine may call.
package modkit

import (
	"io"
	"maps"
	"os"
	"slices"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/fsroot"
	"github.com/isonode/isonode/isolate"
	"golang.org/x/sys/unix"
)

// Module describes one core module for the registry table.
type Module struct {
	// Name is what require() takes: "events", "fs", …
	Name string
	// Native builds the module's Go half. Called at most once per isolate,
	// the first time the module is required.
	Native func(c *Context) (*goja.Object, error)
	// JS is the module's JS half, run once per isolate as a CommonJS body
	// with the parameters (exports, require, module, __filename, __dirname,
	// binding). Its module.exports is the module's exports.
	JS *Script
	// Internal modules are loadable only by other core modules (their
	// require), not by user code.
	Internal bool
}

// Context is what a module is loaded with. Loop goroutine only.
type Context struct {
	Iso  *isolate.Isolate
	RT   *goja.Runtime
	Host *Host
	// Require loads a core module by name (user modules are not visible to
	// core modules). On failure it panics with a JS exception, so it can be
	// used directly inside native functions.
	Require func(name string) goja.Value
	// WhenLoaded runs fn with a core module's exports once that module has
	// loaded in this isolate: now if it has, else right after it loads
	// (whoever requires it). A module that defers work until another one
	// exists uses it.
	WhenLoaded func(name string, fn func(exports goja.Value))
}

// Host is the isolate's view of its surroundings: what Node takes from the
// OS process, kept per isolate so that many isolates share one process.
// nodeapi fills it before the isolate runs any JS.
type Host struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// StdoutFd and StderrFd are the OS file descriptors behind Stdout and
	// Stderr, or -1 when those are not files (a test's buffer, a pipe to a
	// parent isolate).
	StdoutFd, StderrFd int
	Argv               []string // process.argv: [execPath, script, args…]
	ExecArgv           []string
	ExecPath           string
	// Env is process.env, a copy of the OS environment owned by the isolate.
	Env *Env
	// Cwd is the isolate's working directory: process.chdir changes it for
	// this isolate only, and relative paths in fs resolve against it.
	Cwd string
	// Title is process.title.
	Title string
	// ExposeGC installs the global gc() (--expose-gc).
	ExposeGC bool
	// AllowModule, when not nil, is an embedder's allow-list of the core
	// modules scripts may require, asked with canonical names ("fs",
	// "util"); require() of a refused one throws ERR_ACCESS_DENIED. Core
	// modules' own requires and the globals (process, Buffer, console,
	// timers) are not affected. Forked isolates inherit it.
	AllowModule func(name string) bool
	// FSRoot, when not nil, is the directory the isolate sees as "/": fs
	// and the module loader resolve every path inside it (Cwd is then a
	// path in that view). nil is the host's file system. Forked isolates
	// inherit it.
	FSRoot *fsroot.Root
}

// OSFd maps a Node fd to the OS file descriptor behind it: 0–2 are the
// Host's stdio (-1 when those are not OS files, as in tests and forked
// isolates); other fds are the OS's own.
func (h *Host) OSFd(fd int) int {
	switch fd {
	case 0:
		if f, ok := h.Stdin.(*os.File); ok && f != nil {
			return int(f.Fd())
		}
		return -1
	case 1:
		return h.StdoutFd
	case 2:
		return h.StderrFd
	}
	return fd
}

// IsTerminal reports whether the OS fd is a terminal (false for -1).
func IsTerminal(fd int) bool {
	if fd < 0 {
		return false
	}
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// Env is an ordered string map: process.env.
type Env struct {
	mu   sync.Mutex
	keys []string
	vals map[string]string
}

// NewEnv builds an Env from "KEY=value" pairs (os.Environ()'s form).
func NewEnv(pairs []string) *Env {
	e := &Env{vals: make(map[string]string, len(pairs))}
	for _, kv := range pairs {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' && i > 0 {
				e.Set(kv[:i], kv[i+1:])
				break
			}
		}
	}
	return e
}

// Get returns the value of key.
func (e *Env) Get(key string) (string, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	v, ok := e.vals[key]
	return v, ok
}

// Set sets key to val.
func (e *Env) Set(key, val string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, ok := e.vals[key]; !ok {
		e.keys = append(e.keys, key)
	}
	e.vals[key] = val
}

// Delete removes key.
func (e *Env) Delete(key string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, ok := e.vals[key]; !ok {
		return
	}
	delete(e.vals, key)
	for i, k := range e.keys {
		if k == key {
			e.keys = append(e.keys[:i], e.keys[i+1:]...)
			break
		}
	}
}

// Keys returns the keys in insertion order.
func (e *Env) Keys() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.keys...)
}

// Pairs returns the environment as "KEY=value" pairs, for spawning processes.
func (e *Env) Pairs() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]string, 0, len(e.keys))
	for _, k := range e.keys {
		out = append(out, k+"="+e.vals[k])
	}
	return out
}

// Copy returns an independent copy (for a forked child).
func (e *Env) Copy() *Env {
	e.mu.Lock()
	defer e.mu.Unlock()
	return &Env{keys: slices.Clone(e.keys), vals: maps.Clone(e.vals)}
}
