package vmctx

import (
	"reflect"

	"github.com/dop251/goja"
)

// intrinsicsProgram captures, before any guest code runs, the built-ins the
// bridge uses, so that guest code replacing Map.prototype.set or the like
// cannot make the bridge run it.
var intrinsicsProgram = goja.MustCompile("vmctx:intrinsics", `(function () {
'use strict';
var gp = Object.getPrototypeOf, gd = Object.getOwnPropertyDescriptor, dp = Object.defineProperty;
var TA = gp(Uint8Array.prototype);
function g(o, k) { return gd(o, k).get; }
return {
  Object: Object, Array: Array, Date: Date, RegExp: RegExp, Map: Map, Set: Set,
  ArrayBuffer: ArrayBuffer, DataView: DataView,
  Error: Error, TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError,
  ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError,
  Int8Array: Int8Array, Uint8Array: Uint8Array, Uint8ClampedArray: Uint8ClampedArray,
  Int16Array: Int16Array, Uint16Array: Uint16Array, Int32Array: Int32Array, Uint32Array: Uint32Array,
  Float32Array: Float32Array, Float64Array: Float64Array, BigInt64Array: BigInt64Array, BigUint64Array: BigUint64Array,
  objectProto: Object.prototype, arrayProto: Array.prototype, mapProto: Map.prototype, setProto: Set.prototype,
  typedTag: g(TA, Symbol.toStringTag),
  reSource: g(RegExp.prototype, 'source'), reGlobal: g(RegExp.prototype, 'global'),
  reIgnoreCase: g(RegExp.prototype, 'ignoreCase'), reMultiline: g(RegExp.prototype, 'multiline'),
  reDotAll: g(RegExp.prototype, 'dotAll'), reUnicode: g(RegExp.prototype, 'unicode'), reSticky: g(RegExp.prototype, 'sticky'),
  mapForEach: Map.prototype.forEach, setForEach: Set.prototype.forEach,
  mapSet: Map.prototype.set, setAdd: Set.prototype.add, mapClear: Map.prototype.clear, setClear: Set.prototype.clear,
  then: Promise.prototype.then,
  shim: function (call, name, length) {
    var f = function () { return call(new.target, this, arguments); };
    dp(f, 'name', { value: name, configurable: true });
    dp(f, 'length', { value: length, configurable: true });
    return f;
  }
};
})()`, true)

var typedNames = []string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}

var errorNames = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"}

// intrinsics are one runtime's captured built-ins.
type intrinsics struct {
	rt                                     *goja.Runtime
	global                                 *goja.Object
	objectProto, arrayProto                *goja.Object
	mapProto, setProto                     *goja.Object
	ctors                                  map[string]*goja.Object
	typedTag, reSource                     goja.Callable
	reFlags                                [6]goja.Callable // g i m s u y
	mapForEach, setForEach, mapSet, setAdd goja.Callable
	mapClear, setClear, then, shim         goja.Callable
}

const reFlagLetters = "gimsuy"

func captureIntrinsics(rt *goja.Runtime) (*intrinsics, error) {
	v, err := rt.RunProgram(intrinsicsProgram)
	if err != nil {
		return nil, err
	}
	o := v.(*goja.Object)
	in := &intrinsics{rt: rt, global: rt.GlobalObject(), ctors: make(map[string]*goja.Object)}
	obj := func(k string) *goja.Object { return o.Get(k).(*goja.Object) }
	fn := func(k string) goja.Callable { f, _ := goja.AssertFunction(o.Get(k)); return f }
	in.objectProto, in.arrayProto = obj("objectProto"), obj("arrayProto")
	in.mapProto, in.setProto = obj("mapProto"), obj("setProto")
	for _, k := range append(append([]string{"Object", "Array", "Date", "RegExp", "Map", "Set", "ArrayBuffer", "DataView"}, errorNames...), typedNames...) {
		in.ctors[k] = obj(k)
	}
	in.typedTag, in.reSource = fn("typedTag"), fn("reSource")
	for i, k := range []string{"reGlobal", "reIgnoreCase", "reMultiline", "reDotAll", "reUnicode", "reSticky"} {
		in.reFlags[i] = fn(k)
	}
	in.mapForEach, in.setForEach, in.mapSet, in.setAdd = fn("mapForEach"), fn("setForEach"), fn("mapSet"), fn("setAdd")
	in.mapClear, in.setClear, in.then, in.shim = fn("mapClear"), fn("setClear"), fn("then"), fn("shim")
	return in, nil
}

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
			if tag, err := in.typedTag(o); err == nil && !goja.IsUndefined(tag) {
				return kTyped
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
		return p == in.mapProto
	case kSet:
		return p == in.setProto
	case kTyped:
		return true
	}
	return false
}
