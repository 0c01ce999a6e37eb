// Package vm is Node's 'vm' module over vmctx: every context is a goja
// runtime of its own, driven synchronously from the calling isolate's loop
// goroutine, with copy-in/copy-out sandboxes as in Node v0.10 and limits
// (timeout, call depth, sizes). Unlike Node, the sandbox really isolates:
// `this.constructor.constructor('return process')()` finds no host process,
// because no host object is ever reachable from guest code (see vmctx).
package vm

import (
	_ "embed"
	"errors"
	"runtime"
	"strings"
	"sync"
	"time"
	"weak"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/errorstack"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
	"github.com/isonode/isonode/vmctx"
)

//go:embed vm.js
var vmJS string

// Module is the registry entry for 'vm'.
var Module = modkit.Module{Name: "vm", Native: native, JS: modkit.NewScript("vm.js", vmJS)}

// state is one isolate's vm: its Host and its contextified sandboxes, kept
// in a side table keyed weakly by the sandbox object (nothing is stored on
// the sandbox, so nothing of Go is reachable from JS).
type state struct {
	rt       *goja.Runtime
	iso      *isolate.Isolate
	host     *vmctx.Host
	mu       sync.Mutex // cleanups run on the GC's goroutine
	contexts map[weak.Pointer[goja.Object]]*vmctx.Context
}

func (s *state) lookup(o *goja.Object) *vmctx.Context {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.contexts[weak.Make(o)]
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	host, err := vmctx.NewHost(rt, c.Iso)
	if err != nil {
		return nil, err
	}
	s := &state{rt: rt, iso: c.Iso, host: host, contexts: make(map[weak.Pointer[goja.Object]]*vmctx.Context)}
	b := rt.NewObject()
	// compile(code, filename, lineOffset, columnOffset) → run(mode, target, timeoutMs, limits)
	_ = b.Set("compile", func(call goja.FunctionCall) goja.Value {
		sc := &script{file: call.Argument(1).String(), code: call.Argument(0).String(),
			lineOffset: int(call.Argument(2).ToInteger()), columnOffset: int(call.Argument(3).ToInteger())}
		prg, err := vmctx.Compile(sc.file, sc.code, sc.lineOffset, sc.columnOffset)
		if err != nil {
			panic(s.syntaxError(err))
		}
		return rt.ToValue(func(call goja.FunctionCall) goja.Value { return s.run(prg, sc, call) })
	})
	_ = b.Set("makeContext", func(call goja.FunctionCall) goja.Value {
		sb, ok := call.Argument(0).(*goja.Object)
		if !ok {
			modkit.ThrowInvalidArgType(rt, "contextObject", "of type object", call.Argument(0))
		}
		if s.lookup(sb) != nil {
			return sb
		}
		ctx := s.newContext(call.Argument(1))
		key := weak.Make(sb)
		s.mu.Lock()
		s.contexts[key] = ctx
		s.mu.Unlock()
		runtime.AddCleanup(sb, func(k weak.Pointer[goja.Object]) {
			s.mu.Lock()
			delete(s.contexts, k)
			s.mu.Unlock()
		}, key)
		return sb
	})
	_ = b.Set("isContext", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return rt.ToValue(ok && s.lookup(o) != nil)
	})
	return b, nil
}

// newContext creates a context with the limits of an options object
// (isonode's extension: timeout, maxCallDepth, maxCopyDepth,
// maxStringLength, maxArrayLength, maxBufferSize, maxMemory).
func (s *state) newContext(limits goja.Value) *vmctx.Context {
	var o vmctx.Options
	if lo, ok := limits.(*goja.Object); ok {
		num := func(k string) int {
			v := lo.Get(k)
			if v == nil || !goja.IsNumber(v) {
				return 0
			}
			return int(v.ToInteger())
		}
		o.Timeout = time.Duration(num("timeout")) * time.Millisecond
		o.MaxCallDepth = num("maxCallDepth")
		o.MaxCopyDepth = num("maxCopyDepth")
		o.MaxStringLength = num("maxStringLength")
		o.MaxArrayLength = num("maxArrayLength")
		o.MaxBufferSize = num("maxBufferSize")
		o.MaxMemory = num("maxMemory")
	}
	ctx, err := s.host.NewContext(o)
	if err != nil {
		panic(modkit.NewError(s.rt, "Error", "", "vm: cannot create context: "+err.Error()))
	}
	return ctx
}

const (
	modeThis = iota
	modeNew
	modeContext
)

// script is a compiled script's source, for the uncaught-error printer.
type script struct {
	file, code               string
	lineOffset, columnOffset int
}

// line is line n (1-based, offsets applied) of the script, as compiled.
func (sc *script) line(n int) string {
	i := n - 1 - max(sc.lineOffset, 0)
	lines := strings.SplitN(sc.code, "\n", i+2)
	if i < 0 || i >= len(lines) {
		return ""
	}
	if i == 0 {
		return strings.Repeat(" ", max(sc.columnOffset, 0)) + lines[0]
	}
	return lines[i]
}

// run(mode, target, timeoutMs, limits) runs a compiled script.
func (s *state) run(prg *goja.Program, sc *script, call goja.FunctionCall) goja.Value {
	timeout := time.Duration(call.Argument(2).ToInteger()) * time.Millisecond
	var v goja.Value
	var err error
	switch call.Argument(0).ToInteger() {
	case modeThis:
		v, err = s.host.RunInThisContext(prg, timeout)
	case modeNew:
		sb, _ := call.Argument(1).(*goja.Object)
		if sb == nil {
			sb = s.rt.NewObject()
		}
		ctx := s.lookup(sb)
		if ctx == nil {
			ctx = s.newContext(call.Argument(3))
		}
		v, err = ctx.Run(prg, sb, timeout)
	default:
		sb, _ := call.Argument(1).(*goja.Object)
		ctx := (*vmctx.Context)(nil)
		if sb != nil {
			ctx = s.lookup(sb)
		}
		if ctx == nil {
			modkit.ThrowInvalidArgType(s.rt, "contextifiedObject", "an vm.Context", call.Argument(1))
		}
		v, err = ctx.Run(prg, sb, timeout)
	}
	if err != nil {
		var t *vmctx.Thrown
		if errors.As(err, &t) {
			// uncaught, it is reported at the line of the script that threw
			if o, ok := t.Value.(*goja.Object); ok && t.File == sc.file && t.Line > 0 {
				s.recordSource(o, t.File, t.Line, t.Col, sc.line(t.Line))
			}
			panic(t.Value)
		}
		panic(err)
	}
	return v
}

// syntaxError is the SyntaxError a compile failure throws; its stack starts
// with the location, the line and a caret, as V8's does.
func (s *state) syntaxError(err error) *goja.Object {
	var se *vmctx.SyntaxError
	if !errors.As(err, &se) {
		return modkit.NewError(s.rt, "SyntaxError", "", err.Error())
	}
	obj := modkit.NewError(s.rt, "SyntaxError", "", se.Message)
	// its stack shows the arrow already: uncaught, it is printed with no
	// other (a source of line 0)
	s.recordSource(obj, se.File, 0, 0, "")
	errorstack.SetSyntaxErrorStack(s.rt, obj, se.File, se.Line, se.Col, se.Source, se.Message)
	return obj
}

// recordSource tells the uncaught-error printer where err comes from (the
// script's line, not vm.js's), as Node's arrow for vm scripts does.
func (s *state) recordSource(err *goja.Object, file string, line, col int, src string) {
	if h, ok := s.iso.Value(module.Key{}).(*module.Hooks); ok && h.SyntaxSource != nil {
		h.SyntaxSource(err, file, line, col, src)
	}
}
