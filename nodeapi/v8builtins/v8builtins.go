// Package v8builtins adds to a goja runtime the non-standard built-ins of
// V8 that Node v0.10 programs and old npm packages use and goja lacks:
// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__ (Annex B of ES2017, in V8 since its first releases) and
// Date.prototype.toGMTString; V8's messages for JSON.parse's syntax
// errors; and V8's escaping of '/' in RegExp.prototype.source. Install it after errorstack.Install (it throws through the
// installed SyntaxError).
//
// Install runs on the goroutine that owns rt, before user code runs; it is
// used for isolates (nodeapi.Setup) and for vm contexts (vmctx) alike:
//
//	rt := goja.New()
//	v8builtins.Install(rt)
//	rt.RunString(`var o = {}; o.__defineGetter__('x', function () { return 1 }); o.x`) // 1
//
// The built-ins are Go functions: installing them runs no JS, and costs a
// few native function objects per runtime.
package v8builtins

import (
	"github.com/dop251/goja"
)

// Install defines the built-ins on rt's intrinsic prototypes (non-enumerable,
// as V8 has them). Owner goroutine of rt only.
func Install(rt *goja.Runtime) {
	objectProto := rt.NewObject().Prototype()
	getOwn, _ := goja.AssertFunction(rt.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	method := func(target *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := rt.ToValue(fn).(*goja.Object)
		_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = f.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = target.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	define := func(name string, getter bool) {
		method(objectProto, name, 2, func(call goja.FunctionCall) goja.Value {
			o := thisObject(rt, call.This, name)
			fn := call.Argument(1)
			if _, callable := goja.AssertFunction(fn); !callable {
				panic(rt.NewTypeError("Object.prototype." + name + ": Expecting function"))
			}
			var get, set goja.Value
			if getter {
				get = fn
			} else {
				set = fn
			}
			if sym, ok := call.Argument(0).(*goja.Symbol); ok {
				_ = o.DefineAccessorPropertySymbol(sym, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
			} else {
				_ = o.DefineAccessorProperty(call.Argument(0).String(), get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
			return goja.Undefined()
		})
	}
	lookup := func(name, which string) {
		method(objectProto, name, 1, func(call goja.FunctionCall) goja.Value {
			key := call.Argument(0)
			for o := thisObject(rt, call.This, name); o != nil; o = o.Prototype() {
				d, err := getOwn(goja.Undefined(), o, key)
				if err != nil {
					panic(err)
				}
				if desc, ok := d.(*goja.Object); ok {
					return desc.Get(which)
				}
			}
			return goja.Undefined()
		})
	}
	define("__defineGetter__", true)
	define("__defineSetter__", false)
	lookup("__lookupGetter__", "get")
	lookup("__lookupSetter__", "set")
	dateProto := rt.Get("Date").(*goja.Object).Get("prototype").(*goja.Object)
	_ = dateProto.DefineDataProperty("toGMTString", dateProto.Get("toUTCString"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	installJSONParse(rt)
	installRegExpSource(rt)
}

// thisObject is ToObject(this) for the Object.prototype methods.
func thisObject(rt *goja.Runtime, this goja.Value, name string) *goja.Object {
	if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
		panic(rt.NewTypeError("Object.prototype." + name + " called on null or undefined"))
	}
	return this.ToObject(rt)
}
