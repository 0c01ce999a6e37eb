// Package util is Node's 'util' module.
//
// The module is mostly JS (util.js: format, inspect, inherits, deprecate,
// promisify, types, deep equality shared with assert, …). The Go half is a
// small binding: internal-type tags that JS cannot read reliably (Map vs Set
// vs spoofed Symbol.toStringTag, promise state) and the byte work of
// TextEncoder/TextDecoder.
package util

import (
	_ "embed"
	"reflect"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed util.js
var utilJS string

// Module is the registry entry for 'util'.
var Module = modkit.Module{
	Name:   "util",
	Native: native,
	JS:     modkit.NewScript("util.js", utilJS),
}

var (
	typeMapExport = reflect.TypeOf([][2]interface{}{})
	typeSlice     = reflect.TypeOf([]interface{}{})
	typePromise   = reflect.TypeOf((*goja.Promise)(nil))
	typeProxy     = reflect.TypeOf(goja.Proxy{})
	typeAB        = reflect.TypeOf(goja.ArrayBuffer{})
)

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	_ = b.Set("kind", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(kindOf(call.Argument(0)))
	})
	_ = b.Set("hasSymbols", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return rt.ToValue(ok && len(o.Symbols()) > 0)
	})
	_ = b.Set("promiseState", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		p, ok := o.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		var st string
		res := goja.Undefined()
		switch p.State() {
		case goja.PromiseStatePending:
			st = "pending"
		case goja.PromiseStateFulfilled:
			st = "fulfilled"
			res = p.Result()
		default:
			st = "rejected"
			res = p.Result()
		}
		if res == nil {
			res = goja.Undefined()
		}
		return rt.NewArray(st, res)
	})
	_ = b.Set("encodeUTF8", func(call goja.FunctionCall) goja.Value {
		s := jsString(call.Argument(0))
		return rt.ToValue(rt.NewArrayBuffer(encodeUTF8(s)))
	})
	_ = b.Set("encodeInto", func(call goja.FunctionCall) goja.Value {
		s := jsString(call.Argument(0))
		dst, _ := call.Argument(1).Export().([]byte)
		read, written := encodeInto(s, dst)
		return rt.NewArray(read, written)
	})
	_ = b.Set("normalizeEncoding", func(call goja.FunctionCall) goja.Value {
		enc := normalizeLabel(call.Argument(0).String())
		if enc == "" {
			return goja.Undefined()
		}
		return rt.ToValue(enc)
	})
	_ = b.Set("newDecoder", func(call goja.FunctionCall) goja.Value {
		d := &decoder{
			enc:       call.Argument(0).String(),
			fatal:     call.Argument(1).ToBoolean(),
			ignoreBOM: call.Argument(2).ToBoolean(),
		}
		o := rt.NewObject()
		_ = o.Set("decode", func(call goja.FunctionCall) goja.Value {
			var in []byte
			if a := call.Argument(0); !goja.IsUndefined(a) && !goja.IsNull(a) {
				in, _ = a.Export().([]byte)
			}
			stream := call.Argument(1).ToBoolean()
			units, bad := d.decode(in, stream)
			if bad {
				modkit.Throw(rt, "TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding %s", d.enc)
			}
			return rt.ToValue(goja.StringFromUTF16(units))
		})
		return o
	})
	return b, nil
}

// jsString returns v as UTF-16 code units.
func jsString(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s, _ = v.ToString().(goja.String)
		if s == nil {
			return nil
		}
	}
	n := s.Length()
	out := make([]uint16, n)
	for i := 0; i < n; i++ {
		out[i] = s.CharAt(i)
	}
	return out
}

// kindOf names the internal type of v where JS cannot tell it reliably.
func kindOf(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	switch o.ClassName() {
	case "Array":
		return "array"
	case "Arguments":
		return "arguments"
	case "Date":
		return "date"
	case "RegExp":
		return "regexp"
	case "Error":
		return "error"
	case "Number":
		return "number"
	case "String":
		return "string"
	case "Boolean":
		return "boolean"
	}
	t := o.ExportType()
	switch t {
	case typeMapExport:
		return "map"
	case typeSlice:
		return "set"
	case typePromise:
		return "promise"
	case typeProxy:
		return "proxy"
	case typeAB:
		return "arraybuffer"
	}
	if t == nil {
		return ""
	}
	if t.Kind() == reflect.Slice {
		switch t.Elem().Kind() {
		case reflect.Uint8, reflect.Int8, reflect.Uint16, reflect.Int16, reflect.Uint32, reflect.Int32,
			reflect.Float32, reflect.Float64, reflect.Int64, reflect.Uint64:
			return "typedarray"
		}
	}
	switch t.String() {
	case "string":
		// Only a boxed Symbol has this export type among objects
		// (a boxed String has class "String").
		return "symbol"
	case "*big.Int":
		return "bigint"
	}
	return ""
}
