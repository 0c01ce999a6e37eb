package nodeapi

import (
	"errors"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/domain"
	"github.com/isonode/isonode/nodeapi/errorstack"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
)

// syntaxSources remembers where recent SyntaxErrors from compiling a file
// point, for the printer; bounded, since caught ones are never printed.
type syntaxSource struct {
	file      string
	line, col int
	src       string
}

const maxSyntaxSources = 32

func (e *env) recordSyntaxSource(err *goja.Object, file string, line, col int, src string) {
	if e.syntax == nil || len(e.syntax) >= maxSyntaxSources {
		e.syntax = make(map[*goja.Object]syntaxSource)
	}
	e.syntax[err] = syntaxSource{file: file, line: line, col: col, src: src}
}

// thrownValue is the JS value behind an error a callback ended with.
func (e *env) thrownValue(err error) (goja.Value, []goja.StackFrame) {
	var so *goja.StackOverflowError
	var ie *goja.InterruptedError
	var ex *goja.Exception
	switch {
	case errors.As(err, &so):
		v := modkit.NewError(e.rt, "RangeError", "", "Maximum call stack size exceeded")
		return v, so.Stack()
	case errors.As(err, &ie):
		msg := "Script execution interrupted."
		if v := ie.Value(); v != nil {
			if verr, ok := v.(error); ok {
				msg = verr.Error()
			} else if s, ok := v.(string); ok {
				msg = s
			}
		}
		return modkit.NewError(e.rt, "Error", "ERR_SCRIPT_EXECUTION_INTERRUPTED", msg), ie.Stack()
	case errors.As(err, &ex):
		return ex.Value(), ex.Stack()
	}
	return modkit.NewError(e.rt, "Error", "", err.Error()), nil
}

var fatalHook atomic.Pointer[func(iso *isolate.Isolate, origin, report string)]

// SetFatalHook installs fn (nil removes it), which is called on the
// isolate's loop goroutine after an uncaught exception or unhandled
// rejection has been printed and before the isolate exits; origin is
// "uncaughtException" or "unhandledRejection", report the printed text.
// The runtime's logs use it. Any goroutine.
func SetFatalHook(fn func(iso *isolate.Isolate, origin, report string)) {
	if fn == nil {
		fatalHook.Store(nil)
		return
	}
	fatalHook.Store(&fn)
}

// uncaught is the isolate's Uncaught hook: 'uncaughtException' listeners
// get the error; without one it is printed as Node prints it and the
// isolate exits with code 1 after emitting 'exit'.
func (e *env) uncaught(err error) {
	if e.iso.Exiting() {
		return
	}
	val, frames := e.thrownValue(err)
	e.fatalException(val, frames, "uncaughtException")
}

// offerFatal gives the fatal error to a handler (the active domain, then
// process's 'uncaughtException' listeners) and reports whether it is dealt
// with (handled, or the isolate is exiting). A handler that threw makes its
// own error the fatal one, and Node then exits with 7 ("internal exception
// handler run-time failure").
func (e *env) offerFatal(handler func() (bool, error), val *goja.Value, frames *[]goja.StackFrame, code *int) bool {
	handled, err := handler()
	if handled {
		return true
	}
	if err != nil {
		if e.iso.Exiting() {
			return true
		}
		*val, *frames = e.thrownValue(err)
		*code = 7
	}
	return false
}

func (e *env) fatalException(val goja.Value, frames []goja.StackFrame, origin string) {
	code := 1
	if origin == "uncaughtException" && !e.fatalDone {
		if e.offerFatal(func() (bool, error) { return domain.HandleUncaught(e.iso, val) }, &val, &frames, &code) {
			return
		}
	}
	if fe, ok := goja.AssertFunction(e.process.Get("_fatalException")); ok && !e.fatalDone {
		if e.offerFatal(func() (bool, error) {
			handled, err := fe(e.process, val, e.rt.ToValue(origin))
			return err == nil && handled.ToBoolean(), err
		}, &val, &frames, &code) {
			return
		}
	}
	e.fatalDone = true
	report := e.formatFatal(val, frames)
	_, _ = e.host.Stderr.Write([]byte(report))
	if h := fatalHook.Load(); h != nil {
		(*h)(e.iso, origin, report)
	}
	_ = e.process.Set("exitCode", code)
	if emit, ok := goja.AssertFunction(e.process.Get("_emitExit")); ok {
		_, _ = emit(e.process)
	}
	if !e.iso.Exiting() {
		e.iso.Exit(code)
	}
}

// formatFatal renders an uncaught error as Node v0.10 does:
//
//	(blank line)
//	/path/to/file.js:3
//	  throw new Error('boom');
//	        ^
//	Error: boom
//	    at …
func (e *env) formatFatal(val goja.Value, frames []goja.StackFrame) string {
	var b strings.Builder
	b.WriteString("\n")
	obj, _ := val.(*goja.Object)
	if ss, ok := e.syntax[obj]; ok && obj != nil {
		writeArrow(&b, ss.file, ss.line, ss.col, ss.src)
	} else if f, ok := firstJSFrame(frames); ok {
		p := f.Position()
		line, col := e.sourceLineAt(p.Filename, p.Line, p.Column)
		writeArrow(&b, p.Filename, p.Line, col, line)
	}
	b.WriteString(e.describeThrown(val))
	b.WriteString("\n")
	return b.String()
}

func firstJSFrame(frames []goja.StackFrame) (*goja.StackFrame, bool) {
	for i := range frames {
		if frames[i].SrcName() != "<native>" && !strings.HasPrefix(frames[i].SrcName(), "isolate:") {
			return &frames[i], true
		}
	}
	return nil, false
}

func writeArrow(b *strings.Builder, file string, line, col int, src string) {
	if file == "" || line <= 0 {
		return
	}
	b.WriteString(file)
	b.WriteString(":")
	b.WriteString(strconv.Itoa(line))
	b.WriteString("\n")
	b.WriteString(src)
	b.WriteString("\n")
	if col > 1 {
		b.WriteString(strings.Repeat(" ", col-1))
	}
	b.WriteString("^\n")
}

// describeThrown is what follows the arrow: an error's stack, or the
// thrown value as a string.
func (e *env) describeThrown(val goja.Value) string {
	if obj, ok := val.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) && !goja.IsNull(st) {
			if s, ok := st.Export().(string); ok && s != "" {
				return errorstack.ConvertGojaStackText(s)
			}
		}
		var out string
		if ex := e.rt.Try(func() { out = val.String() }); ex != nil {
			return "[object]"
		}
		return out
	}
	if val == nil {
		return "undefined"
	}
	return val.String()
}

// sourceLineAt returns line n of a file the isolate compiled (without the
// module wrapper) and the column adjusted for the wrapper.
func (e *env) sourceLineAt(file string, n, col int) (string, int) {
	src, ok := module.SourceOf(file)
	head := module.WrapperHead
	if !ok {
		if m := coreScriptByFile(file); m != nil {
			src, head, ok = modkit.CoreWrapperHead+m.JS.Source(), modkit.CoreWrapperHead, true
		}
	}
	if !ok || n <= 0 {
		return "", col
	}
	lines := strings.SplitN(src, "\n", n+1)
	if n > len(lines) {
		return "", col
	}
	l := lines[n-1]
	if n == 1 && strings.HasPrefix(l, head) {
		l, col = l[len(head):], col-len(head)
	}
	return l, col
}

func coreScriptByFile(file string) *modkit.Module {
	for i := range coreModules {
		if m := &coreModules[i]; m.JS != nil && m.JS.Name() == file {
			return m
		}
	}
	return nil
}
