// Package errorstack gives a goja runtime V8's error stacks: the global error
// constructors become native wrappers that construct the intrinsic error and
// give it a lazily rendered `stack` ("Name: message\n    at fn (file:l:c)"),
// plus Error.captureStackTrace, Error.stackTraceLimit and
// Error.prepareStackTrace with CallSite objects. Both an isolate's Node
// environment (nodeapi) and every vm context (vmctx) install it.
//
// Install on the runtime's goroutine before any other JS runs:
//
//	m := errorstack.Install(rt)
//	… later, printing an error goja threw itself:
//	text := errorstack.ConvertGojaStackText(stackString)
package errorstack

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Machinery is the stack machinery installed in one runtime. Errors goja
// itself throws (reading a property of undefined, calling a non-function)
// go through the same wrappers where goja's layout allows it (see
// routeIntrinsic); otherwise they keep goja's stack text until they are
// printed (ConvertGojaStackText converts it).
type Machinery struct {
	rt            *goja.Runtime
	errorCtor     *goja.Object // the wrapper installed as global Error
	errorToString goja.Callable
	// getOwnPropertyDescriptor is the intrinsic one, taken before user code
	// runs: naming frames reads properties without running getters.
	getOwnPropertyDescriptor goja.Callable
	calls                    []frameCall // captureStack's scratch
	callSiteProto            *goja.Object
	stackSetter              goja.Value
	lines                    lineIndex
}

var errorCtorNames = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"}

// Install replaces rt's error constructors and returns the machinery.
func Install(rt *goja.Runtime) *Machinery {
	em := &Machinery{rt: rt}
	e := em
	errProto := rt.Get("Error").(*goja.Object).Get("prototype").(*goja.Object)
	em.errorToString, _ = goja.AssertFunction(errProto.Get("toString"))
	em.getOwnPropertyDescriptor, _ = goja.AssertFunction(rt.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	for _, name := range errorCtorNames {
		orig := rt.Get(name).(*goja.Object)
		construct, _ := goja.AssertConstructor(orig)
		proto := orig.Get("prototype").(*goja.Object)
		isTypeError := name == "TypeError"
		var wrapper *goja.Object
		wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
			nt := call.NewTarget
			if nt == nil {
				nt = wrapper
			}
			args := call.Arguments
			if isTypeError && len(args) > 0 {
				if goja.IsString(args[0]) {
					if v8, ok := e.callErrorMessage(args[0].String()); ok {
						args = append([]goja.Value{rt.ToValue(v8)}, args[1:]...)
					}
				}
			}
			obj, err := construct(nt, args...)
			if err != nil {
				panic(err)
			}
			e.captureStack(obj, nil)
			return obj
		}).(*goja.Object)
		_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if name == "Error" {
			em.errorCtor = wrapper
			_ = wrapper.Set("stackTraceLimit", 10)
			_ = wrapper.Set("captureStackTrace", e.captureStackTraceJS)
		} else {
			_ = wrapper.SetPrototype(em.errorCtor)
		}
		_ = rt.GlobalObject().DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		routeIntrinsic(rt, name, wrapper)
	}
	return em
}

// captureStackTraceJS is Error.captureStackTrace(targetObject[, constructorOpt]).
func (e *Machinery) captureStackTraceJS(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(e.rt.NewTypeError("Invalid argument"))
	}
	fn, _ := call.Argument(1).(*goja.Object)
	e.captureStack(obj, fn)
	return goja.Undefined()
}

// stackFrame is a captured frame, independent of goja's private fields.
type stackFrame struct {
	fn, file  string
	line, col int
	native    bool
	// evalOrigin is set for code run by eval or new Function: "eval at
	// caller (file:line:col)", as V8 prints before the position.
	evalOrigin string
	call       frameCall
}

// frameString is the frame's line in a stack, after "at ", as V8 writes it:
// "Type.fn [as key] (loc)" for a method call, "new F (loc)" for a
// constructor, "fn (loc)" or a bare loc for a function called without a
// receiver.
func (e *Machinery) frameString(f *stackFrame) string {
	if f.native {
		if f.fn == "" {
			return "native"
		}
		return f.fn + " (native)"
	}
	loc := f.file + ":" + strconv.Itoa(f.line) + ":" + strconv.Itoa(f.col)
	if f.evalOrigin != "" {
		loc = f.evalOrigin + ", " + loc
	}
	name := f.fn
	switch {
	case f.evalOrigin != "":
	case f.call.construct:
		if name == "" { // goja leaves a class's constructor unnamed
			if n := e.ownData(f.call.fn, "name"); n != nil && goja.IsString(n) {
				name = n.String()
			}
		}
		if name == "" {
			name = "<anonymous>"
		}
		name = "new " + name
	case !e.toplevel(f.call.this):
		name = methodCallName(e.typeName(f.call.this), e.methodName(f.call.this, f.call.fn), name)
	}
	if name == "" {
		return loc
	}
	return name + " (" + loc + ")"
}

// gojaEvalFile is the file name goja gives code compiled by eval and
// new Function.
const gojaEvalFile = "<eval>"

// evalOrigin names where eval'd code at frames[i] came from, as V8 does:
// "eval at fn (file:line:col)" for the first frame below it that is not
// eval'd code itself (V8 names the eval call; for a function defined in
// eval'd code and called later, that frame is its caller instead).
func (e *Machinery) evalOrigin(frames []goja.StackFrame, i int) string {
	for k := i + 1; k < len(frames); k++ {
		f := &frames[k]
		if f.SrcName() == "<native>" {
			continue
		}
		p := f.Position()
		if p.Filename == gojaEvalFile {
			continue
		}
		name := f.FuncName()
		if name == "" || name == "<anonymous>" {
			name = "<anonymous>"
		}
		return "eval at " + name + " (" + p.Filename + ":" + strconv.Itoa(p.Line) + ":" +
			strconv.Itoa(e.lines.callColumn(f, p.Line, p.Column)) + ")"
	}
	return "eval at <anonymous>"
}

// convertFrames converts the frames V8 would show, at most limit of them.
// calls holds the frames' receivers (frameCalls), aligned with frames; it
// may be shorter.
func (e *Machinery) convertFrames(frames []goja.StackFrame, calls []frameCall, limit int) []stackFrame {
	out := make([]stackFrame, 0, min(len(frames), limit))
	for i := 0; i < len(frames) && len(out) < limit; i++ {
		f := &frames[i]
		sf := stackFrame{fn: f.FuncName()}
		if i < len(calls) {
			sf.call = calls[i]
		}
		if f.SrcName() == "<native>" {
			sf.native = true
			if sf.fn == "<native>" {
				sf.fn = ""
			}
			if hiddenNative(sf.fn) {
				continue
			}
		} else {
			p := f.Position()
			sf.file, sf.line, sf.col = p.Filename, p.Line, e.lines.callColumn(f, p.Line, p.Column)
			if sf.file == "" {
				sf.file = "<anonymous>"
			}
			if sf.fn == "<anonymous>" {
				sf.fn = ""
			}
			if internalSource(sf.file) {
				continue
			}
			if sf.fn == "" {
				if src := frameFile(f); src != nil {
					sf.fn = inferName(src, functionStart(f))
				}
			}
			if sf.file == gojaEvalFile {
				sf.evalOrigin = e.evalOrigin(frames, i)
				sf.file = "<anonymous>"
				if sf.fn == "" || sf.fn == "anonymous" {
					sf.fn = "eval"
				}
			}
		}
		out = append(out, sf)
	}
	return out
}

// internalSource reports the runtime's own scripts, whose frames V8 would
// not show: the isolate's trampoline ("isolate:…") and vmctx's bridge
// ("vmctx:…").
func internalSource(file string) bool {
	return strings.HasPrefix(file, "isolate:") || strings.HasPrefix(file, "vmctx:")
}

// hiddenNative reports native frames V8 would not show: Function.prototype
// call/apply, bound functions, and Go functions of the runtime itself.
func hiddenNative(name string) bool {
	return name == "call" || name == "apply" || strings.HasPrefix(name, "bound ") || strings.ContainsAny(name, "/(*")
}

// stackTraceLimit reads Error.stackTraceLimit; ok is false when it is not a
// number (V8 then captures no stack).
func (e *Machinery) stackTraceLimit() (int, bool) {
	v := e.errorCtor.Get("stackTraceLimit")
	if v == nil {
		return 0, false
	}
	switch n := v.Export().(type) {
	case int64:
		if n < 0 {
			return 0, true
		}
		return int(n), true
	case float64:
		if n != n || n < 0 {
			return 0, true
		}
		if n > 1e6 {
			return 1 << 20, true
		}
		return int(n), true
	}
	return 0, false
}

// captureStack sets obj.stack from the current JS call stack, less the frame
// of an error constructor called as a function (captureStackTrace's own
// frame is a hidden native one); with skip (V8's constructorOpt), the frames
// up to and including the topmost call of skip are dropped too, and a skip
// that is not on the stack leaves no frames at all, as in V8.
func (e *Machinery) captureStack(obj *goja.Object, skip *goja.Object) {
	limit, ok := e.stackTraceLimit()
	if !ok {
		return
	}
	// Without skip, only the top of a deep stack is needed: capture a margin
	// for the frames V8 hides, and everything if that was not enough.
	depth := 0
	if skip == nil && limit < 1<<10 {
		depth = 2*limit + 8
	}
	for {
		raw := e.rt.CaptureCallStack(depth, nil)
		n := len(raw)
		e.calls = frameCalls(e.rt, n, e.calls[:0])
		calls := e.calls
		if n > 0 && raw[0].SrcName() == "<native>" && slices.Contains(errorCtorNames, raw[0].FuncName()) {
			raw = raw[1:]
		}
		if skip != nil {
			raw = framesBelow(raw, skip)
		}
		calls = calls[min(n-len(raw), len(calls)):]
		frames := e.convertFrames(raw, calls, limit)
		clear(e.calls) // the receivers stay reachable from frames only
		if depth == 0 || len(frames) == limit || n < depth {
			e.defineLazyStack(obj, frames)
			return
		}
		depth = 0
	}
}

// defineLazyStack makes obj.stack an accessor that renders the stack on
// first read and then becomes a plain data property: V8 renders lazily too,
// so a name or message set after construction (class MyError extends Error
// { constructor() { super(m); this.name = 'MyError' } }) shows in the
// header, and Error.prepareStackTrace is the one in force at first read.
func (e *Machinery) defineLazyStack(obj *goja.Object, frames []stackFrame) {
	dropGojaStack(obj)
	getter := e.rt.ToValue(func(goja.FunctionCall) goja.Value {
		v := e.renderStack(obj, frames)
		_ = obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return v
	})
	if e.stackSetter == nil {
		e.stackSetter = e.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			if this, ok := call.This.(*goja.Object); ok {
				_ = this.DefineDataProperty("stack", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			return goja.Undefined()
		})
	}
	_ = obj.DefineAccessorProperty("stack", getter, e.stackSetter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// renderStack is V8's default stack text, or Error.prepareStackTrace's
// result when one is installed.
func (e *Machinery) renderStack(obj *goja.Object, frames []stackFrame) goja.Value {
	if prep, ok := goja.AssertFunction(e.errorCtor.Get("prepareStackTrace")); ok {
		sites := make([]any, len(frames))
		for i, f := range frames {
			sites[i] = e.newCallSite(f)
		}
		if v, err := prep(e.errorCtor, obj, e.rt.NewArray(sites...)); err == nil {
			return v
		}
	}
	header := "Error"
	if v, err := e.errorToString(obj); err == nil {
		header = v.String()
	}
	return e.rt.ToValue(e.formatStack(header, frames))
}

func (e *Machinery) formatStack(header string, frames []stackFrame) string {
	var b strings.Builder
	b.WriteString(header)
	for i := range frames {
		b.WriteString("\n    at ")
		b.WriteString(e.frameString(&frames[i]))
	}
	return b.String()
}

// newCallSite builds a V8 CallSite object for Error.prepareStackTrace.
func (e *Machinery) newCallSite(f stackFrame) *goja.Object {
	rt := e.rt
	if e.callSiteProto == nil {
		p := rt.NewObject()
		get := func(key string) func(goja.FunctionCall) goja.Value {
			return func(call goja.FunctionCall) goja.Value {
				if o, ok := call.This.(*goja.Object); ok {
					if v := o.Get(key); v != nil {
						return v
					}
				}
				return goja.Null()
			}
		}
		constant := func(v goja.Value) func(goja.FunctionCall) goja.Value {
			return func(goja.FunctionCall) goja.Value { return v }
		}
		for name, key := range map[string]string{
			"getFileName": "__file", "getLineNumber": "__line", "getColumnNumber": "__col",
			"getFunctionName": "__fn", "isNative": "__native", "isToplevel": "__toplevel",
			"getScriptNameOrSourceURL": "__file",
		} {
			_ = p.Set(name, get(key))
		}
		// The receiver's type and the method's key are looked up when asked
		// for (depd asks on each deprecated call, for a few frames only); a
		// constructor's frame has neither.
		receiver := func(call goja.FunctionCall) (goja.Value, *goja.Object, bool) {
			o, ok := call.This.(*goja.Object)
			if !ok || o.Get("__toplevel") == nil || o.Get("__toplevel").ToBoolean() || o.Get("__ctor").ToBoolean() {
				return nil, nil, false
			}
			this := o.Get("__this")
			fn, _ := o.Get("__function").(*goja.Object)
			return this, fn, this != nil
		}
		_ = p.Set("getTypeName", func(call goja.FunctionCall) goja.Value {
			if this, _, ok := receiver(call); ok {
				if t := e.typeName(this); t != "" {
					return rt.ToValue(t)
				}
			}
			return goja.Null()
		})
		_ = p.Set("getMethodName", func(call goja.FunctionCall) goja.Value {
			if this, fn, ok := receiver(call); ok {
				if m := e.methodName(this, fn); m != "" {
					return rt.ToValue(m)
				}
			}
			return goja.Null()
		})
		_ = p.Set("toString", func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if f, ok := goja.AssertFunction(o.Get("__string")); ok {
					v, _ := f(goja.Undefined())
					return v
				}
			}
			return goja.Undefined()
		})
		_ = p.Set("isEval", func(call goja.FunctionCall) goja.Value {
			o, ok := call.This.(*goja.Object)
			return rt.ToValue(ok && o.Get("__evalOrigin") != nil)
		})
		_ = p.Set("getEvalOrigin", func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if v := o.Get("__evalOrigin"); v != nil {
					return v
				}
			}
			return goja.Undefined()
		})
		for name, key := range map[string]string{"getThis": "__this", "getFunction": "__function"} {
			_ = p.Set(name, func(call goja.FunctionCall) goja.Value {
				if o, ok := call.This.(*goja.Object); ok {
					if v := o.Get(key); v != nil {
						return v
					}
				}
				return goja.Undefined()
			})
		}
		_ = p.Set("isConstructor", get("__ctor"))
		for _, name := range []string{"isAsync", "isPromiseAll"} {
			_ = p.Set(name, constant(rt.ToValue(false)))
		}
		_ = p.Set("getPromiseIndex", constant(goja.Null()))
		e.callSiteProto = p
	}
	o := rt.CreateObject(e.callSiteProto)
	hidden := func(k string, v any) {
		_ = o.DefineDataProperty(k, rt.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	switch {
	case f.native:
		hidden("__file", goja.Null())
	case f.evalOrigin != "":
		// V8 gives eval'd code no file name.
		hidden("__file", goja.Undefined())
		hidden("__line", f.line)
		hidden("__col", f.col)
		hidden("__evalOrigin", f.evalOrigin)
	default:
		hidden("__file", f.file)
		hidden("__line", f.line)
		hidden("__col", f.col)
	}
	if f.fn != "" {
		hidden("__fn", f.fn)
	} else {
		hidden("__fn", goja.Null())
	}
	toplevel := f.evalOrigin != "" || e.toplevel(f.call.this)
	if f.call.this != nil && f.evalOrigin == "" {
		hidden("__this", f.call.this)
	}
	if f.call.fn != nil {
		hidden("__function", f.call.fn)
	}
	hidden("__ctor", f.call.construct)
	hidden("__native", f.native)
	hidden("__toplevel", toplevel && !f.call.construct)
	hidden("__string", func(goja.FunctionCall) goja.Value { return rt.ToValue(e.frameString(&f)) })
	return o
}

// gojaPC matches the "(pc)" goja appends to a frame's line:col.
var gojaPC = regexp.MustCompile(`\(\d+\)(\)?)$`)

// ConvertGojaStackText rewrites the stack text goja gives the errors it
// throws itself ("\tat fn (file:1:2(34))") into V8's format.
func ConvertGojaStackText(s string) string {
	s = strings.TrimSuffix(s, "\n")
	if !strings.Contains(s, "\n\tat ") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if !strings.HasPrefix(l, "\tat ") {
			out = append(out, l)
			continue
		}
		if strings.Contains(l, "isolate:") || strings.Contains(l, "vmctx:") {
			continue
		}
		if name, ok := strings.CutSuffix(l[len("\tat "):], " (native)"); ok && hiddenNative(name) {
			continue
		}
		out = append(out, "    at "+gojaPC.ReplaceAllString(l[len("\tat "):], "$1"))
	}
	return strings.Join(out, "\n")
}
