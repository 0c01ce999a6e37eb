package modkit

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/jscompile"
)

// Script is JS source compiled once per process, on first use, and run in
// any number of isolates (a *goja.Program is immutable and shareable).
type Script struct {
	name string
	src  string
	once sync.Once
	prg  *goja.Program
	err  error
}

// CoreWrapperHead and CoreWrapperTail wrap a core module's source. The head
// has no newline, so line numbers in stacks match the file.
const (
	CoreWrapperHead = "(function (exports, require, module, __filename, __dirname, binding) { "
	CoreWrapperTail = "\n})"
)

// NewScript declares a core module's JS half. name is the file name shown in
// stack traces ("events.js", as Node v0.10 shows it). Any goroutine.
func NewScript(name, src string) *Script { return &Script{name: name, src: src} }

// Name is the file name shown in stack traces.
func (s *Script) Name() string { return s.name }

// Source is the unwrapped source.
func (s *Script) Source() string { return s.src }

// Program compiles the wrapped source once. Any goroutine.
func (s *Script) Program() (*goja.Program, error) {
	s.once.Do(func() {
		s.prg, s.err = jscompile.Compile(s.name, CoreWrapperHead+s.src+CoreWrapperTail, false)
	})
	return s.prg, s.err
}
