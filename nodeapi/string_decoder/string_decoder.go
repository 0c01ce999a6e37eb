// Package string_decoder is Node's 'string_decoder' module: StringDecoder
// turns a stream of byte chunks into strings without splitting multi-byte
// characters (utf8, utf16le incl. surrogate pairs, base64 3-byte groups).
// The state machine (Decoder) is Go; string_decoder.js is the JS class.
package string_decoder

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed string_decoder.js
var decoderJS string

// Module is the registry entry for 'string_decoder'.
var Module = modkit.Module{
	Name:   "string_decoder",
	Native: newNative,
	JS:     modkit.NewScript("string_decoder.js", decoderJS),
}

func newNative(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	o := rt.NewObject()
	state := func(v goja.Value) *Decoder {
		if d, ok := v.Export().(*Decoder); ok {
			return d
		}
		panic(rt.NewTypeError("Illegal invocation"))
	}
	str := func(u []uint16) goja.Value {
		if len(u) == 0 {
			return rt.ToValue("")
		}
		return goja.StringFromUTF16(u)
	}
	_ = o.Set("encoding", func(name string) goja.Value {
		// encoding(name) -> canonical name, or undefined when unknown
		enc, ok := buffer.ParseEncoding(name)
		if !ok {
			return goja.Undefined()
		}
		return rt.ToValue(enc.String())
	})
	_ = o.Set("create", func(name string) goja.Value {
		enc, _ := buffer.ParseEncoding(name)
		return rt.ToValue(NewDecoder(enc))
	})
	_ = o.Set("write", func(call goja.FunctionCall) goja.Value {
		d := state(call.Argument(0))
		b, ok := buffer.Bytes(rt, call.Argument(1))
		if !ok {
			modkit.Throw(rt, "TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received %s", modkit.DescribeReceived(call.Argument(1)))
		}
		if d.have == 0 {
			switch d.Enc {
			case buffer.UTF8:
				if buffer.UTF8IncompleteCESU(b) == 0 {
					return buffer.DecodeValue(rt, b, d.Enc)
				}
			case buffer.UCS2, buffer.Base64, buffer.Base64URL:
			default:
				return buffer.DecodeValue(rt, b, d.Enc)
			}
		}
		return str(d.Write(b))
	})
	_ = o.Set("end", func(call goja.FunctionCall) goja.Value {
		return str(state(call.Argument(0)).End())
	})
	_ = o.Set("reset", func(call goja.FunctionCall) goja.Value {
		state(call.Argument(0)).reset()
		return goja.Undefined()
	})
	_ = o.Set("pending", func(call goja.FunctionCall) goja.Value {
		need, total, held := state(call.Argument(0)).Pending()
		last := make([]byte, 4)
		copy(last, held)
		return rt.NewArray(need, total, buffer.New(c, last))
	})
	return o, nil
}
