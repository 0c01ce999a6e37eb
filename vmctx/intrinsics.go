package vmctx

import (
	"reflect"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/errorstack"
)

// intrinsicsProgram captures, before any host code could replace them, the
// host built-ins the bridge uses, so that a host script replacing
// Map.prototype.set or the like cannot make the bridge run it.
var intrinsicsProgram = goja.MustCompile("vmctx:intrinsics", `(function () {
'use strict';
var gp = Object.getPrototypeOf, gd = Object.getOwnPropertyDescriptor;
return {
  Object: Object, Array: Array, Date: Date, RegExp: RegExp, Map: Map, Set: Set,
  ArrayBuffer: ArrayBuffer, DataView: DataView,
  Error: Error, TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError,
  ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError,
  Int8Array: Int8Array, Uint8Array: Uint8Array, Uint8ClampedArray: Uint8ClampedArray,
  Int16Array: Int16Array, Uint16Array: Uint16Array, Int32Array: Int32Array, Uint32Array: Uint32Array,
  Float32Array: Float32Array, Float64Array: Float64Array, BigInt64Array: BigInt64Array, BigUint64Array: BigUint64Array,
  mapProto: Map.prototype, setProto: Set.prototype,
  typedTag: gd(gp(Uint8Array.prototype), Symbol.toStringTag).get,
  mapForEach: Map.prototype.forEach, setForEach: Set.prototype.forEach,
  mapSet: Map.prototype.set, setAdd: Set.prototype.add, mapClear: Map.prototype.clear, setClear: Set.prototype.clear,
  then: Promise.prototype.then
};
})()`, true)

// shimProgram makes the functions standing for functions of the other
// runtime: each calls a native with (new.target, this, arguments).
var shimProgram = goja.MustCompile("vmctx:shim", `(function (call) {
'use strict';
return function () { return call(new.target, this, arguments); };
})`, true)

var typedNames = []string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}

var errorNames = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"}

// group is a set of built-ins a guest captures together, on first need.
type group uint8

const (
	gDate group = 1 << iota
	gRegExp
	gMap
	gSet
	gBuffers
	gAll = gDate | gRegExp | gMap | gSet | gBuffers
)

// groupOf maps global names to the group to capture before the guest may
// see them.
var groupOf = func() map[string]group {
	m := map[string]group{"Date": gDate, "RegExp": gRegExp, "Map": gMap, "Set": gSet, "ArrayBuffer": gBuffers, "DataView": gBuffers}
	for _, n := range typedNames {
		m[n] = gBuffers
	}
	return m
}()

// intrinsics are one runtime's captured built-ins. A host's are captured at
// once; a guest's are captured by group on first need (see lazyGlobals).
type intrinsics struct {
	rt                      *goja.Runtime
	global                  *goja.Object
	objectProto, arrayProto *goja.Object
	mapProto, setProto      *goja.Object
	ctors                   map[string]*goja.Object
	typedTag                goja.Callable
	mapForEach, setForEach  goja.Callable
	mapSet, setAdd          goja.Callable
	mapClear, setClear      goja.Callable
	then                    goja.Callable // nil for a guest: read its promises' then
	shim                    goja.Callable

	src    *goja.Object              // a guest's original global object
	gd     goja.Callable             // a guest's Object.getOwnPropertyDescriptor
	loaded group                     // the groups captured
	stacks bool                      // a guest's errorstack is installed
	onLoad func(group, *goja.Object) // runs when a group was captured
}

// captureIntrinsics captures a host runtime's built-ins.
func captureIntrinsics(rt *goja.Runtime) (*intrinsics, error) {
	v, err := rt.RunProgram(intrinsicsProgram)
	if err != nil {
		return nil, err
	}
	o := v.(*goja.Object)
	in := &intrinsics{rt: rt, global: rt.GlobalObject(), ctors: make(map[string]*goja.Object), loaded: gAll}
	obj := func(k string) *goja.Object { return o.Get(k).(*goja.Object) }
	fn := func(k string) goja.Callable { f, _ := goja.AssertFunction(o.Get(k)); return f }
	in.objectProto, in.arrayProto = rt.NewObject().Prototype(), rt.NewArray().Prototype()
	in.mapProto, in.setProto = obj("mapProto"), obj("setProto")
	for _, k := range append(append([]string{"Object", "Array", "Date", "RegExp", "Map", "Set", "ArrayBuffer", "DataView"}, errorNames...), typedNames...) {
		in.ctors[k] = obj(k)
	}
	in.typedTag = fn("typedTag")
	in.mapForEach, in.setForEach, in.mapSet, in.setAdd = fn("mapForEach"), fn("setForEach"), fn("mapSet"), fn("setAdd")
	in.mapClear, in.setClear, in.then = fn("mapClear"), fn("setClear"), fn("then")
	if in.shim, err = newShim(rt); err != nil {
		return nil, err
	}
	return in, nil
}

// guestIntrinsics captures what a fresh guest runtime needs at once (its
// error constructors, taken before errorstack replaces them, and
// Object.getOwnPropertyDescriptor); the rest is captured by need from src,
// the original global object, which guest code never reaches.
func guestIntrinsics(rt *goja.Runtime, onLoad func(group, *goja.Object)) (*intrinsics, error) {
	src := rt.GlobalObject()
	in := &intrinsics{rt: rt, ctors: make(map[string]*goja.Object, 8), src: src, onLoad: onLoad}
	in.objectProto, in.arrayProto = rt.NewObject().Prototype(), rt.NewArray().Prototype()
	for _, k := range errorNames {
		in.ctors[k] = src.Get(k).(*goja.Object)
	}
	in.gd, _ = goja.AssertFunction(src.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	var err error
	in.shim, err = newShim(rt)
	return in, err
}

func newShim(rt *goja.Runtime) (goja.Callable, error) {
	v, err := rt.RunProgram(shimProgram)
	if err != nil {
		return nil, err
	}
	f, _ := goja.AssertFunction(v)
	return f, nil
}

// need captures the groups of g not captured yet. The objects read belong
// to built-ins guest code has not been given yet (for Map, Set, Date and
// the buffers, reachable only through their globals), or are constructors
// whose prototype property cannot change, so no guest code runs.
func (in *intrinsics) need(g group) {
	g &^= in.loaded
	if g == 0 {
		return
	}
	in.loaded |= g
	ctor := func(name string) *goja.Object {
		o := in.src.Get(name).(*goja.Object)
		in.ctors[name] = o
		return o
	}
	method := func(o *goja.Object, name string) goja.Callable {
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	if g&gDate != 0 {
		ctor("Date")
	}
	if g&gRegExp != 0 {
		ctor("RegExp")
	}
	if g&gMap != 0 {
		p := ctor("Map").Get("prototype").(*goja.Object)
		in.mapProto, in.mapForEach, in.mapSet, in.mapClear = p, method(p, "forEach"), method(p, "set"), method(p, "clear")
	}
	if g&gSet != 0 {
		p := ctor("Set").Get("prototype").(*goja.Object)
		in.setProto, in.setForEach, in.setAdd, in.setClear = p, method(p, "forEach"), method(p, "add"), method(p, "clear")
	}
	if g&gBuffers != 0 {
		ctor("ArrayBuffer")
		ctor("DataView")
		for _, n := range typedNames {
			ctor(n)
		}
		taProto := in.ctors["Uint8Array"].Prototype().Get("prototype")
		if d, err := in.gd(goja.Undefined(), taProto, goja.SymToStringTag); err == nil {
			if do, ok := d.(*goja.Object); ok {
				in.typedTag, _ = goja.AssertFunction(do.Get("get"))
			}
		}
	}
	if in.onLoad != nil {
		in.onLoad(g, in.src)
	}
}

// ctor is the captured constructor name.
func (in *intrinsics) ctor(name string) *goja.Object {
	if g, ok := groupOf[name]; ok {
		in.need(g)
	}
	return in.ctors[name]
}

// lazyGlobals is the prototype of a guest's global object: it serves the
// built-ins from the original global object, capturing each group before
// its first built-in is handed out. It is the guest's only way to the
// original global object, and it cannot be written to.
type lazyGlobals struct{ in *intrinsics }

// builtinNames are the names of a fresh runtime's global object.
var builtinNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for _, k := range goja.New().GlobalObject().GetOwnPropertyNames() {
		if k != "globalThis" {
			m[k] = true
		}
	}
	return m
})

func (l lazyGlobals) Get(key string) goja.Value {
	if !builtinNames()[key] {
		return nil
	}
	if g, ok := groupOf[key]; ok {
		l.in.need(g)
	}
	if !l.in.stacks && isErrorName(key) {
		// V8's stack machinery, on first use of an error constructor: it
		// defines its wrappers on the global object (its own lookups of
		// the constructors come back here and get the originals)
		l.in.stacks = true
		errorstack.Install(l.in.rt)
		return l.in.global.Get(key)
	}
	return l.in.src.Get(key)
}

func isErrorName(key string) bool {
	for _, n := range errorNames {
		if n == key {
			return true
		}
	}
	return false
}

func (l lazyGlobals) Has(key string) bool         { return builtinNames()[key] }
func (l lazyGlobals) Set(string, goja.Value) bool { return false }
func (l lazyGlobals) Delete(key string) bool      { return !builtinNames()[key] }
func (l lazyGlobals) Keys() []string              { return nil }

var (
	proxyType       = reflect.TypeOf(goja.Proxy{})
	promiseType     = reflect.TypeOf((*goja.Promise)(nil))
	arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})
	mapType         = reflect.TypeOf([][2]any{})
	setType         = reflect.TypeOf([]any{})
)

// kind classifies an object without running any of its code.
type kind int

const (
	kPlain kind = iota
	kFunction
	kProxy
	kArray
	kDate
	kRegExp
	kError
	kMap
	kSet
	kPromise
	kArrayBuffer
	kTyped
	kDataView
	kBoxed
	kOpaque
)

func (in *intrinsics) kindOf(o *goja.Object) kind {
	t := o.ExportType()
	switch t {
	case proxyType:
		if _, ok := goja.AssertFunction(o); ok {
			return kFunction
		}
		return kProxy
	case promiseType:
		return kPromise
	case arrayBufferType:
		return kArrayBuffer
	case mapType:
		if o.ClassName() == "Object" {
			return kMap
		}
	case setType:
		if o.ClassName() == "Object" {
			return kSet
		}
	}
	switch o.ClassName() {
	case "Function", "AsyncFunction", "GeneratorFunction":
		return kFunction
	case "Array":
		return kArray
	case "Date":
		return kDate
	case "RegExp":
		return kRegExp
	case "Error":
		return kError
	case "Map":
		return kMap
	case "Set":
		return kSet
	case "Number", "String", "Boolean":
		return kBoxed
	case "Object", "global":
		if t != nil && t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Interface {
			in.need(gBuffers)
			if in.typedTag != nil {
				if tag, err := in.typedTag(o); err == nil && !goja.IsUndefined(tag) {
					return kTyped
				}
			}
			return kDataView
		}
		if _, ok := goja.AssertFunction(o); ok {
			return kFunction
		}
		return kPlain
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kFunction
	}
	return kOpaque
}

// ordinary reports whether o may be updated in place: a non-exotic object
// whose prototype is the runtime's Object.prototype (Array.prototype for
// arrays).
func (in *intrinsics) ordinary(o *goja.Object, k kind) bool {
	p := o.Prototype()
	switch k {
	case kPlain:
		return p == in.objectProto && o != in.global
	case kArray:
		return p == in.arrayProto
	case kMap:
		in.need(gMap)
		return p == in.mapProto
	case kSet:
		in.need(gSet)
		return p == in.setProto
	case kTyped:
		return true
	}
	return false
}
