package vmctx

import (
	"strconv"

	"github.com/dop251/goja"
)

// capsProgram bounds String.prototype.repeat/padStart/padEnd (by result
// length); installCaps also wraps the ArrayBuffer and typed array
// constructors (by byte size). Both run before any guest code.
var capsProgram = goja.MustCompile("vmctx:caps", `(function (maxStr) {
'use strict';
var apply = Reflect.apply, dp = Object.defineProperty;
var RE = RangeError, str = String, num = Number;
function hidden(o, k, v) { dp(o, k, { value: v, writable: true, configurable: true, enumerable: false }); }
function capStr(name, len) {
  var orig = String.prototype[name];
  var f = { [name]: function () { 
    if (len(str(this), arguments) > maxStr) throw new RE('Invalid string length');
    return apply(orig, this, arguments);
  } }[name];
  hidden(String.prototype, name, f);
}
capStr('repeat', function (s, a) { var n = num(a[0]); return n > 0 ? s.length * n : 0; });
capStr('padStart', function (s, a) { return num(a[0]); });
capStr('padEnd', function (s, a) { return num(a[0]); });
})`, true)

var typedSizes = []any{"Int8Array", 1, "Uint8Array", 1, "Uint8ClampedArray", 1, "Int16Array", 2, "Uint16Array", 2,
	"Int32Array", 4, "Uint32Array", 4, "Float32Array", 4, "Float64Array", 8, "BigInt64Array", 8, "BigUint64Array", 8}

// installCaps runs capsProgram in rt and replaces the ArrayBuffer and typed
// array constructors by native wrappers that check the size asked for (the
// wrapper's prototype property is the original's, and the wrapper inherits
// the original's statics, so instanceof, from/of and subclassing work).
// Inside rt.Try.
func installCaps(rt *goja.Runtime, opts Options) {
	v, err := rt.RunProgram(capsProgram)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(v)
	if _, err := fn(goja.Undefined(), rt.ToValue(opts.MaxStringLength)); err != nil {
		panic(err)
	}
	capCtor(rt, "ArrayBuffer", 1, opts.MaxBufferSize)
	for i := 0; i < len(typedSizes); i += 2 {
		capCtor(rt, typedSizes[i].(string), typedSizes[i+1].(int), opts.MaxBufferSize)
	}
}

func capCtor(rt *goja.Runtime, name string, per, max int) {
	orig := rt.Get(name).(*goja.Object)
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
	_ = rt.GlobalObject().DefineDataProperty(name, wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
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
