package vmctx

import (
	"strconv"

	"github.com/dop251/goja"
)

// installStringCaps bounds String.prototype.repeat, padStart and padEnd by
// the length of the string they would build: each is replaced by a native
// that checks, then calls the original. Before any guest code runs.
func installStringCaps(rt *goja.Runtime, maxStr int) {
	proto := rt.ToValue("").ToObject(rt).Prototype()
	capStr := func(name string, length int, size func(s goja.String, n float64) float64) {
		orig, _ := goja.AssertFunction(proto.Get(name))
		f := rt.ToValue(func(call goja.FunctionCall) goja.Value {
			if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
				panic(rt.NewTypeError("String.prototype." + name + " called on null or undefined"))
			}
			if size(call.This.ToString().(goja.String), call.Argument(0).ToFloat()) > float64(maxStr) {
				panic(newErrorIn(rt, "RangeError", "Invalid string length"))
			}
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	capStr("repeat", 1, func(s goja.String, n float64) float64 {
		if n > 0 {
			return float64(s.Length()) * n
		}
		return 0
	})
	pad := func(_ goja.String, n float64) float64 { return n }
	capStr("padStart", 1, pad)
	capStr("padEnd", 1, pad)
}

var typedSizes = map[string]int{"ArrayBuffer": 1, "Int8Array": 1, "Uint8Array": 1, "Uint8ClampedArray": 1,
	"Int16Array": 2, "Uint16Array": 2, "Int32Array": 4, "Uint32Array": 4, "Float32Array": 4, "Float64Array": 8,
	"BigInt64Array": 8, "BigUint64Array": 8}

// capBuffers replaces the ArrayBuffer and typed array constructors of the
// global object src by native wrappers that check the size asked for (the
// wrapper's prototype property is the original's, and the wrapper inherits
// the original's statics, so instanceof, from/of and subclassing work).
// ctors are the originals.
func capBuffers(rt *goja.Runtime, src *goja.Object, ctors map[string]*goja.Object, max int) {
	for name, per := range typedSizes {
		capCtor(rt, src, ctors[name], name, per, max)
	}
}

func capCtor(rt *goja.Runtime, src, orig *goja.Object, name string, per, max int) {
	construct, _ := goja.AssertConstructor(orig)
	proto := orig.Get("prototype").(*goja.Object)
	var wrapper *goja.Object
	wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		if n := lengthArg(call.Argument(0)); n*float64(per) > float64(max) {
			panic(newErrorIn(rt, "RangeError", "Array buffer allocation failed: "+name+" larger than the sandbox limit of "+strconv.Itoa(max)+" bytes"))
		}
		nt := call.NewTarget
		if nt == nil {
			nt = wrapper
		}
		obj, err := construct(nt, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)
	_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = wrapper.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapper.DefineDataProperty("length", orig.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapper.SetPrototype(orig)
	_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = src.DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// lengthArg is the element count a constructor argument asks for: a number,
// or an array-like's length (an ArrayBuffer has none).
func lengthArg(v goja.Value) float64 {
	if o, ok := v.(*goja.Object); ok {
		v = o.Get("length")
		if v == nil {
			return 0
		}
	}
	if !goja.IsNumber(v) {
		return 0
	}
	f := v.ToFloat()
	if f != f {
		return 0
	}
	return f
}

func newErrorIn(rt *goja.Runtime, ctor, msg string) *goja.Object {
	o, err := rt.New(rt.Get(ctor), rt.ToValue(msg))
	if err != nil {
		return rt.NewTypeError(msg)
	}
	return o
}
