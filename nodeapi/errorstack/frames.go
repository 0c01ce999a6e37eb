package errorstack

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// routeIntrinsic makes goja construct the errors it throws itself with
// wrapper, the constructor installed as the global name, so they get V8's
// stack too: goja builds them from the runtime's unexported global.<name>
// constructor. It writes goja's private layout through reflection: if the
// layout changed, it does nothing (TestEngineThrownErrorsHaveV8Stacks fails).
func routeIntrinsic(rt *goja.Runtime, name string, wrapper *goja.Object) {
	idx, ok := intrinsicField(name)
	if !ok {
		return
	}
	f := reflect.ValueOf(rt).Elem().FieldByIndex(idx)
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(wrapper))
}

// intrinsicFields caches, per constructor name, the index path of
// goja.Runtime's global.<name> field (FieldByName scans goja's large
// global struct: done once per process, not once per isolate).
var intrinsicFields sync.Map // string → []int, or nil if absent

func intrinsicField(name string) ([]int, bool) {
	if v, ok := intrinsicFields.Load(name); ok {
		idx := v.([]int)
		return idx, idx != nil
	}
	var idx []int
	if g, ok := reflect.TypeOf(goja.Runtime{}).FieldByName("global"); ok && g.Type.Kind() == reflect.Struct {
		if f, ok := g.Type.FieldByName(name); ok && f.Type == reflect.TypeOf((*goja.Object)(nil)) {
			idx = append(append([]int(nil), g.Index...), f.Index...)
		}
	}
	intrinsicFields.Store(name, idx)
	return idx, idx != nil
}

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

// dropGojaStack empties the frames goja captured for an error object
// (errorObject.stack), which goja renders into its own stack text as soon as
// "stack" is redefined: ours replaces that text, so rendering it would be
// wasted work. If goja's private layout changed, it does nothing.
func dropGojaStack(obj *goja.Object) {
	self := reflect.ValueOf(obj).Elem().FieldByName("self")
	if !self.IsValid() || self.Kind() != reflect.Interface || self.IsNil() {
		return
	}
	p := self.Elem()
	if p.Kind() != reflect.Pointer || p.Elem().Kind() != reflect.Struct {
		return
	}
	f := p.Elem().FieldByName("stack")
	if !f.IsValid() || f.Kind() != reflect.Slice || f.Type().Elem() != reflect.TypeOf(goja.StackFrame{}) {
		return
	}
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
}
