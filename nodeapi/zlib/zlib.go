// Package zlib is Node's 'zlib' module on Go's compress/flate.
//
// The Go half (engine.go) does all byte work: compressors frame
// compress/flate output themselves (zlib and gzip headers and trailers, as
// zlib writes them), and decompressors parse the headers, check the
// trailers and report zlib's messages ("incorrect header check", errno
// Z_DATA_ERROR, …). Go's flate reader pulls its input while zlib's API
// pushes it, so each decompression stream decodes on a goroutine of its
// own, fed chunk by chunk through a channel. zlib.js is the API surface: the
// Transform classes, the convenience methods and their *Sync forms,
// options checks with Node v20's errors, constants.
//
// Stream chunks and the convenience methods run on the shared worker pool
// (reactor.Default); the *Sync methods run on the loop goroutine.
//
// Differences from Node: compressed bytes differ from zlib's (Go's deflate
// chooses other matches and blocks); windowBits and memLevel are checked but
// Go always uses a 32 KiB window; strategies other than Z_HUFFMAN_ONLY
// compress as Z_DEFAULT_STRATEGY; a decompressor may hold decoded bytes
// until the next block boundary instead of returning them with the chunk
// that completed them; corrupt deflate data other than a bad block type is
// reported as "invalid deflate data"; brotli is not provided.
package zlib

import (
	_ "embed"
	"hash/crc32"
	"runtime"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
)

//go:embed zlib.js
var zlibJS string

// Module is the registry entry for 'zlib'.
var Module = modkit.Module{Name: "zlib", Native: native, JS: modkit.NewScript("zlib.js", zlibJS)}

// handle is what JS holds; when it is collected, a decoder goroutine still
// waiting for input is stopped.
type handle struct{ eng engine }

var codeNames = map[int]string{
	0: "Z_OK", 1: "Z_STREAM_END", 2: "Z_NEED_DICT", -1: "Z_ERRNO", -2: "Z_STREAM_ERROR",
	-3: "Z_DATA_ERROR", -4: "Z_MEM_ERROR", -5: "Z_BUF_ERROR", -6: "Z_VERSION_ERROR",
}

func zlibError(rt *goja.Runtime, err error) *goja.Object {
	ze, ok := err.(*zError)
	if !ok {
		ze = &zError{msg: err.Error(), errno: -2}
	}
	o := modkit.NewError(rt, "Error", "", ze.msg)
	_ = o.Set("errno", ze.errno)
	_ = o.Set("code", codeNames[ze.errno])
	return o
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	iso := c.Iso
	b := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	unwrap := func(v goja.Value) *handle {
		if o, ok := v.(*goja.Object); ok {
			if h, ok := o.Export().(*handle); ok {
				return h
			}
		}
		panic(rt.NewTypeError("Illegal invocation"))
	}
	// create(mode, level, strategy, windowBits, dictionary) → handle
	set("create", func(call goja.FunctionCall) goja.Value {
		o := options{
			mode:       int(call.Argument(0).ToInteger()),
			level:      int(call.Argument(1).ToInteger()),
			strategy:   int(call.Argument(2).ToInteger()),
			windowBits: int(call.Argument(3).ToInteger()),
		}
		if d, ok := buffer.Bytes(rt, call.Argument(4)); ok {
			o.dict = append([]byte(nil), d...)
		}
		h := &handle{eng: newEngine(o)}
		runtime.SetFinalizer(h, func(h *handle) { h.eng.close() })
		return rt.ToValue(h)
	})
	// write(h, chunk, flush, cb): with cb a function the work runs on the
	// pool and cb(err, output) follows; else it returns output or throws.
	set("write", func(call goja.FunctionCall) goja.Value {
		h := unwrap(call.Argument(0))
		in, ok := buffer.Bytes(rt, call.Argument(1))
		if !ok {
			modkit.ThrowInvalidArgType(rt, "chunk", "an instance of Buffer, TypedArray, or DataView", call.Argument(1))
		}
		flush := int(call.Argument(2).ToInteger())
		fn, async := goja.AssertFunction(call.Argument(3))
		if !async {
			out, err := h.eng.write(in, flush)
			if err != nil {
				panic(zlibError(rt, err))
			}
			return buffer.New(c, nonNil(out))
		}
		submit(iso, "zlib.write", func() func() {
			out, err := h.eng.write(in, flush)
			return func() {
				if err != nil {
					iso.MakeCallback(fn, goja.Undefined(), zlibError(rt, err))
					return
				}
				iso.MakeCallback(fn, goja.Undefined(), goja.Null(), buffer.New(c, nonNil(out)))
			}
		})
		return goja.Undefined()
	})
	set("reset", func(call goja.FunctionCall) goja.Value {
		unwrap(call.Argument(0)).eng.reset()
		return goja.Undefined()
	})
	set("close", func(call goja.FunctionCall) goja.Value {
		unwrap(call.Argument(0)).eng.close()
		return goja.Undefined()
	})
	set("params", func(call goja.FunctionCall) goja.Value {
		_ = unwrap(call.Argument(0)).eng.params(int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()))
		return goja.Undefined()
	})
	// crc32(data, value)
	set("crc32", func(call goja.FunctionCall) goja.Value {
		var data []byte
		if s, ok := call.Argument(0).Export().(string); ok {
			data = buffer.Encode(buffer.StrOf(call.Argument(0)), buffer.UTF8)
			_ = s
		} else {
			data, _ = buffer.Bytes(rt, call.Argument(0))
		}
		return rt.ToValue(crc32.Update(uint32(call.Argument(1).ToInteger()), crc32.IEEETable, data))
	})
	return b, nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func submit(iso *isolate.Isolate, kind string, job reactor.Job) {
	reactor.Default().Submit(iso, kind, job)
}
