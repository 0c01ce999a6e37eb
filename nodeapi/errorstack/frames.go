package errorstack

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
)

// framesBelow drops the frames of raw down to and including the topmost call
// of fn; if fn is not on the stack, nothing is left. A JS function is found by
// the identity of its compiled body (so an anonymous `obj[m] = function () {}`
// is found as V8 finds it); a native function, or a goja whose private layout
// changed, falls back to the function's name.
func framesBelow(raw []goja.StackFrame, fn *goja.Object) []goja.StackFrame {
	if prg := functionProgram(fn); prg != 0 {
		for i := range raw {
			if frameProgram(&raw[i]) == prg {
				return raw[i+1:]
			}
		}
		return nil
	}
	name := ""
	if n := fn.Get("name"); n != nil {
		name = n.String()
	}
	if name == "" {
		return raw
	}
	for i := range raw {
		if f := raw[i].FuncName(); f == name || strings.HasSuffix(f, "."+name) {
			return raw[i+1:]
		}
	}
	return nil
}

// functionProgram returns the identity of the compiled body of a JS function
// object (goja's unexported *Program in baseJsFuncObject.prg), or 0 for a
// native function. It reads goja's private layout through reflection: re-check
// it (TestCaptureStackTraceSkipsAnonymousFunction) whenever goja is upgraded.
func functionProgram(fn *goja.Object) uintptr {
	v := reflect.ValueOf(fn).Elem().FieldByName("self")
	if !v.IsValid() || v.Kind() != reflect.Interface || v.IsNil() {
		return 0
	}
	v = v.Elem()
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return 0
	}
	return pointerField(v.Elem(), "prg")
}

// frameProgram returns the identity of the program a stack frame executes
// (goja's unexported StackFrame.prg), 0 for native frames.
func frameProgram(f *goja.StackFrame) uintptr {
	return pointerField(reflect.ValueOf(f).Elem(), "prg")
}

func pointerField(v reflect.Value, name string) uintptr {
	p := v.FieldByName(name)
	if !p.IsValid() || p.Kind() != reflect.Pointer {
		return 0
	}
	return p.Pointer()
}
