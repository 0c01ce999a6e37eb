package vmctx

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// guestErrors gives a context V8's error stack format: the global error
// constructors are replaced by wrappers that construct the intrinsic error
// and give it a lazily rendered `stack` ("Name: message\n    at fn
// (file:line:col)"), plus Error.captureStackTrace and Error.stackTraceLimit.
type guestErrors struct {
	rt       *goja.Runtime
	errorFn  *goja.Object
	toString goja.Callable
	setter   goja.Value
}

func (e *guestErrors) install(rt *goja.Runtime) {
	e.rt = rt
	errProto := rt.Get("Error").(*goja.Object).Get("prototype").(*goja.Object)
	e.toString, _ = goja.AssertFunction(errProto.Get("toString"))
	e.setter = rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if this, ok := call.This.(*goja.Object); ok {
			_ = this.DefineDataProperty("stack", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return goja.Undefined()
	})
	for _, name := range errorNames {
		orig := rt.Get(name).(*goja.Object)
		construct, _ := goja.AssertConstructor(orig)
		proto := orig.Get("prototype").(*goja.Object)
		var wrapper *goja.Object
		wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
			nt := call.NewTarget
			if nt == nil {
				nt = wrapper
			}
			obj, err := construct(nt, call.Arguments...)
			if err != nil {
				panic(err)
			}
			e.capture(obj, "")
			return obj
		}).(*goja.Object)
		_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = wrapper.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if name == "Error" {
			e.errorFn = wrapper
			_ = wrapper.Set("stackTraceLimit", 10)
			_ = wrapper.Set("captureStackTrace", func(call goja.FunctionCall) goja.Value {
				obj, ok := call.Argument(0).(*goja.Object)
				if !ok {
					panic(rt.NewTypeError("Invalid argument"))
				}
				skip := ""
				if fn, ok := call.Argument(1).(*goja.Object); ok {
					skip = primitiveString(fn.Get("name"), "")
				}
				e.capture(obj, skip)
				return goja.Undefined()
			})
		} else {
			_ = wrapper.SetPrototype(e.errorFn)
		}
		_ = rt.GlobalObject().DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

func (e *guestErrors) limit() (int, bool) {
	v := e.errorFn.Get("stackTraceLimit")
	if v == nil || !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	switch {
	case f != f || f < 0:
		return 0, true
	case f > 1e4:
		return 10000, true
	}
	return int(f), true
}

// capture sets obj.stack from the current call stack (V8's format).
func (e *guestErrors) capture(obj *goja.Object, skipUntil string) {
	limit, ok := e.limit()
	if !ok {
		return
	}
	frames := formatFrames(e.rt.CaptureCallStack(0, nil))
	if len(frames) > 0 && strings.HasSuffix(frames[0], "(native)") {
		frames = frames[1:]
	}
	if skipUntil != "" {
		for i, f := range frames {
			if strings.HasPrefix(f, skipUntil+" (") || strings.Contains(f, "."+skipUntil+" (") {
				frames = frames[i+1:]
				break
			}
		}
	}
	if len(frames) > limit {
		frames = frames[:limit]
	}
	getter := e.rt.ToValue(func(goja.FunctionCall) goja.Value {
		header := "Error"
		if v, err := e.toString(obj); err == nil {
			header = v.String()
		}
		var b strings.Builder
		b.WriteString(header)
		for _, f := range frames {
			b.WriteString("\n    at ")
			b.WriteString(f)
		}
		v := e.rt.ToValue(b.String())
		_ = obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return v
	})
	_ = obj.DefineAccessorProperty("stack", getter, e.setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func formatFrames(raw []goja.StackFrame) []string {
	out := make([]string, 0, len(raw))
	for i := range raw {
		f := &raw[i]
		fn := f.FuncName()
		if f.SrcName() == "<native>" {
			if fn == "<native>" {
				fn = ""
			}
			if fn == "call" || fn == "apply" || strings.ContainsAny(fn, "/(*") {
				continue
			}
			if fn == "" {
				out = append(out, "native")
			} else {
				out = append(out, fn+" (native)")
			}
			continue
		}
		if strings.HasPrefix(f.SrcName(), "vmctx:") {
			continue
		}
		p := f.Position()
		file := p.Filename
		if file == "" {
			file = "<anonymous>"
		}
		loc := file + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
		if fn == "" || fn == "<anonymous>" {
			out = append(out, loc)
		} else {
			out = append(out, fn+" ("+loc+")")
		}
	}
	return out
}

var gojaPC = regexp.MustCompile(`\(\d+\)(\)?)$`)

// convertGojaStack rewrites the stack text goja gives the errors it throws
// itself ("\tat fn (file:1:2(34))") into V8's format.
func convertGojaStack(s string) string {
	if !strings.Contains(s, "\n\tat ") {
		return strings.TrimSuffix(s, "\n")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if !strings.HasPrefix(l, "\tat ") {
			out = append(out, l)
			continue
		}
		body := l[len("\tat "):]
		if strings.Contains(body, "vmctx:") || strings.Contains(body, "isolate:trampoline") {
			continue
		}
		if name, ok := strings.CutSuffix(body, " (native)"); ok && (name == "call" || name == "apply" || strings.ContainsAny(name, "/(*")) {
			continue
		}
		out = append(out, "    at "+gojaPC.ReplaceAllString(body, "$1"))
	}
	return strings.Join(out, "\n")
}
