package errorstack

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// frameCall is what V8 keeps of a JS frame beyond its position: the
// receiver (`this`), the function, and whether it runs as a constructor.
// From them stack lines get V8's "Type.method [as key]" and "new F" forms.
type frameCall struct {
	this      goja.Value
	fn        *goja.Object
	construct bool
}

// vmLayout holds the offsets of the goja internals frameCalls reads:
// Runtime.vm, and in the vm and in each saved call context (goja's
// unexported context type) the program, stack base and new.target. goja
// keeps a call's callee at stack[sb-1] and its receiver at stack[sb].
type vmLayout struct {
	ok                                bool
	vm                                uintptr
	prg, stack, sb, callStack, target uintptr
	ctxSize, ctxPrg, ctxSB, ctxTarget uintptr
}

var (
	layoutOnce sync.Once
	layout     vmLayout
)

// loadLayout finds the offsets through reflection once per process; any
// mismatch with what is expected leaves layout.ok false and frames without
// receivers (TestFrameReceiversAndInferredNames fails then: re-check on a
// goja upgrade).
func loadLayout() {
	valueType := reflect.TypeOf((*goja.Value)(nil)).Elem()
	field := func(t reflect.Type, name string, kind reflect.Kind) (uintptr, bool) {
		f, ok := t.FieldByName(name)
		if !ok || f.Type.Kind() != kind || kind == reflect.Interface && f.Type != valueType {
			return 0, false
		}
		return f.Offset, true
	}
	rtT := reflect.TypeOf(goja.Runtime{})
	vmF, ok := rtT.FieldByName("vm")
	if !ok || vmF.Type.Kind() != reflect.Pointer || vmF.Type.Elem().Kind() != reflect.Struct {
		return
	}
	vmT := vmF.Type.Elem()
	l := vmLayout{vm: vmF.Offset}
	var oks [8]bool
	l.prg, oks[0] = field(vmT, "prg", reflect.Pointer)
	l.stack, oks[1] = field(vmT, "stack", reflect.Slice)
	l.sb, oks[2] = field(vmT, "sb", reflect.Int)
	l.callStack, oks[3] = field(vmT, "callStack", reflect.Slice)
	l.target, oks[4] = field(vmT, "newTarget", reflect.Interface)
	if f, ok := vmT.FieldByName("stack"); !ok || f.Type.Elem() != valueType {
		return
	}
	cs, _ := vmT.FieldByName("callStack")
	ctxT := cs.Type.Elem()
	if ctxT.Kind() != reflect.Struct {
		return
	}
	l.ctxSize = ctxT.Size()
	l.ctxPrg, oks[5] = field(ctxT, "prg", reflect.Pointer)
	l.ctxSB, oks[6] = field(ctxT, "sb", reflect.Int)
	l.ctxTarget, oks[7] = field(ctxT, "newTarget", reflect.Interface)
	for _, ok := range oks {
		if !ok {
			return
		}
	}
	l.ok = true
	layout = l
}

// constructs reports whether a frame running fn with new.target target is a
// constructor call: goja leaves new.target set in functions a constructor
// calls, so it must be fn itself, or a class that extends fn (a super()
// call).
func constructs(target goja.Value, fn *goja.Object) bool {
	t, ok := target.(*goja.Object)
	if !ok || fn == nil {
		return false
	}
	for i := 0; t != nil && i < maxProtoDepth; i++ {
		if t == fn {
			return true
		}
		t = t.Prototype()
	}
	return false
}

// sliceHeader is the layout of any Go slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// frameCalls appends to out the receivers and functions of the n topmost
// frames, in the order rt.CaptureCallStack returns them (it walks goja's call
// contexts the same way); native frames get none. It must run on rt's
// goroutine, in the same call stack state as the CaptureCallStack it pairs
// with.
func frameCalls(rt *goja.Runtime, n int, out []frameCall) []frameCall {
	layoutOnce.Do(loadLayout)
	if !layout.ok || n <= 0 {
		return out
	}
	vm := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(rt), layout.vm))
	if vm == nil {
		return out
	}
	stack := *(*[]goja.Value)(unsafe.Add(vm, layout.stack))
	n += len(out)
	add := func(prg unsafe.Pointer, sb int, target goja.Value) {
		if prg == nil && sb <= 0 {
			return // goja skips these contexts too
		}
		var c frameCall
		if prg != nil && sb >= 1 && sb < len(stack) {
			c.this = stack[sb]
			c.fn, _ = stack[sb-1].(*goja.Object)
			c.construct = constructs(target, c.fn)
		}
		out = append(out, c)
	}
	add(*(*unsafe.Pointer)(unsafe.Add(vm, layout.prg)), *(*int)(unsafe.Add(vm, layout.sb)),
		*(*goja.Value)(unsafe.Add(vm, layout.target)))
	cs := (*sliceHeader)(unsafe.Add(vm, layout.callStack))
	for i := cs.len - 1; i >= 0 && len(out) < n; i-- {
		ctx := unsafe.Add(cs.data, uintptr(i)*layout.ctxSize)
		add(*(*unsafe.Pointer)(unsafe.Add(ctx, layout.ctxPrg)), *(*int)(unsafe.Add(ctx, layout.ctxSB)),
			*(*goja.Value)(unsafe.Add(ctx, layout.ctxTarget)))
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// toplevel reports a frame V8 prints without a receiver type: a function
// called without a receiver (undefined, null, or the global object a sloppy
// function gets in their place), or one whose receiver is unknown.
func (e *Machinery) toplevel(this goja.Value) bool {
	if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
		return true
	}
	o, ok := this.(*goja.Object)
	return ok && o == e.rt.GlobalObject()
}

// ownDescriptor returns the descriptor of o's own property key, or nil.
func (e *Machinery) ownDescriptor(o *goja.Object, key string) *goja.Object {
	d, err := e.getOwnPropertyDescriptor(goja.Undefined(), o, e.rt.ToValue(key))
	if err != nil {
		return nil
	}
	desc, _ := d.(*goja.Object)
	return desc
}

// ownData returns o's own data property key, or nil when o has none (an
// accessor counts as none: V8 runs no getter while it names frames).
func (e *Machinery) ownData(o *goja.Object, key string) goja.Value {
	if desc := e.ownDescriptor(o, key); desc != nil {
		return desc.Get("value")
	}
	return nil
}

// holds reports whether o's own property key is fn: its value, or its
// getter or setter.
func (e *Machinery) holds(o *goja.Object, key string, fn *goja.Object) (found, is bool) {
	desc := e.ownDescriptor(o, key)
	if desc == nil {
		return false, false
	}
	for _, k := range [...]string{"value", "get", "set"} {
		if v := desc.Get(k); v != nil && v.SameAs(fn) {
			return true, true
		}
	}
	return true, false
}

// maxProtoDepth bounds the prototype chains walked while naming a frame.
const maxProtoDepth = 64

// typeName is V8's CallSite.getTypeName: the name of the receiver's
// constructor ("Function" for a function receiver).
func (e *Machinery) typeName(this goja.Value) string {
	o, ok := this.(*goja.Object)
	if !ok {
		o = this.ToObject(e.rt)
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return "Function"
	}
	for p, i := o, 0; p != nil && i < maxProtoDepth; p, i = p.Prototype(), i+1 {
		c, ok := e.ownData(p, "constructor").(*goja.Object)
		if !ok {
			continue
		}
		if n := e.ownData(c, "name"); n != nil && goja.IsString(n) {
			return n.String()
		}
		return ""
	}
	return ""
}

// maxMethodKeys bounds the properties methodName looks at.
const maxMethodKeys = 4096

// methodName is V8's CallSite.getMethodName: the key under which the
// receiver (or the first object of its prototype chain that has one) holds
// fn as a value, getter or setter, "" when none or more than one key does.
// Past the function's own name, only enumerable named properties count, as
// in V8 (not array elements, not a class's methods).
func (e *Machinery) methodName(this goja.Value, fn *goja.Object) string {
	o, ok := this.(*goja.Object)
	if !ok || fn == nil {
		return ""
	}
	if n := e.ownData(fn, "name"); n != nil && goja.IsString(n) && n.String() != "" {
		name := n.String()
		for p, i := o, 0; p != nil && i < maxProtoDepth; p, i = p.Prototype(), i+1 {
			if found, is := e.holds(p, name, fn); found {
				if is {
					return name
				}
				break
			}
		}
	}
	budget := maxMethodKeys
	for p, i := o, 0; p != nil && i < maxProtoDepth; p, i = p.Prototype(), i+1 {
		found := ""
		for _, k := range p.Keys() {
			if budget--; budget < 0 {
				return ""
			}
			if k != "" && k[0] >= '0' && k[0] <= '9' {
				continue // V8 looks at named properties only, not elements
			}
			if _, is := e.holds(p, k, fn); is {
				if found != "" {
					return ""
				}
				found = k
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// methodCallName is how V8 names a method call's frame: the function's name
// prefixed with the receiver's type unless it is a qualified one, and
// "[as key]" when the method's key is not the function's name; an anonymous
// function is "Type.key" or "Type.<anonymous>".
func methodCallName(typeName, method, fn string) string {
	if fn == "" {
		if method == "" {
			method = "<anonymous>"
		}
		if typeName == "" {
			return method
		}
		return typeName + "." + method
	}
	name := fn
	// An inferred name ("exports.run", "Foo.bar") is already qualified.
	if typeName != "" && !strings.Contains(fn, ".") {
		name = typeName + "." + fn
	}
	if method != "" && fn != method && !strings.HasSuffix(fn, "."+method) {
		name += " [as " + method + "]"
	}
	return name
}
