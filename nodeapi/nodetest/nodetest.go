// Package nodetest gives unit tests and benchmarks of core modules the full
// isonode environment: an isolate with Node's globals (nodeapi.Setup),
// driven from the test's own goroutine, with stdout and stderr captured.
// Test files using it must be external test packages (package x_test),
// since nodeapi imports every core module.
//
//	e := nodetest.New(t)
//	if got := e.Eval(t, "require('path').join('a', 'b')"); got != "a/b" { … }
package nodetest

import (
	"bytes"
	"os"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Env is one isolate set up for tests. Use it from one goroutine.
type Env struct {
	Iso            *isolate.Isolate
	RT             *goja.Runtime
	Stdout, Stderr bytes.Buffer
}

// New creates an isolate with Node's environment; tb fails if setup fails.
func New(tb testing.TB) *Env {
	tb.Helper()
	e := &Env{Iso: isolate.New(isolate.Options{Name: tb.Name()})}
	e.RT = e.Iso.Runtime()
	cwd, _ := os.Getwd()
	host := &modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: &e.Stdout, Stderr: &e.Stderr,
		StdoutFd: -1, StderrFd: -1, Argv: []string{"node", "[test]"}, ExecPath: "node",
		Env: modkit.NewEnv(os.Environ()), Cwd: cwd, Title: "node",
	}
	if err := nodeapi.Setup(e.Iso, host); err != nil {
		tb.Fatal(err)
	}
	return e
}

// Run runs src in the global scope (require is a global there) and then
// drains nextTicks and promise jobs, as after any callback.
func (e *Env) Run(src string) (goja.Value, error) {
	var v goja.Value
	var err error
	e.Iso.RunInTopLevel(func() error {
		v, err = nodeapi.Eval(e.Iso, src, "[test]")
		return nil
	})
	return v, err
}

// Eval runs src and returns its completion value as a string; tb fails on
// a throw.
func (e *Env) Eval(tb testing.TB, src string) string {
	tb.Helper()
	v, err := e.Run(src)
	if err != nil {
		tb.Fatalf("%s: %v", src, err)
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// Require returns a core module's exports.
func (e *Env) Require(tb testing.TB, name string) goja.Value {
	tb.Helper()
	v, err := e.Run("require(" + quote(name) + ")")
	if err != nil {
		tb.Fatalf("require(%q): %v", name, err)
	}
	return v
}

func quote(s string) string {
	b := []byte{'\''}
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' || s[i] == '\\' {
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(append(b, '\''))
}
