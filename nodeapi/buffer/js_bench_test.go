package buffer_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/nodetest"
)

func mustRun(b *testing.B, e *nodetest.Env, src string) goja.Value {
	b.Helper()
	v, err := e.Run(src)
	if err != nil {
		b.Fatalf("%s: %v", src, err)
	}
	return v
}

// BenchmarkJS times Buffer's JS API over 1 MiB inputs, as bench/buffer does
// beside Node.
func BenchmarkJS(b *testing.B) {
	e := nodetest.New(b)
	mustRun(b, e, `
var MiB = 1024 * 1024;
var ascii = Buffer.alloc(MiB); for (var i = 0; i < MiB; i++) ascii[i] = 32 + (i * 7) % 95;
var bin = Buffer.alloc(MiB); for (i = 0; i < MiB; i++) bin[i] = (i * 131 + 7) & 255;
var mixed = Buffer.from(new Array(MiB / 8 + 1).join('h\u00e9llo \u20ac'));
var hexStr = bin.toString('hex'), b64Str = bin.toString('base64'), asciiStr = ascii.toString(), utf8Str = mixed.toString();
var chunks = []; for (i = 0; i < 256; i++) chunks.push(bin.slice(i * 4096, (i + 1) * 4096));
`)
	for _, c := range []struct{ name, src string }{
		{"toString_utf8_ascii", "ascii.toString('utf8').length"},
		{"toString_utf8_mixed", "mixed.toString('utf8').length"},
		{"toString_hex", "bin.toString('hex').length"},
		{"toString_base64", "bin.toString('base64').length"},
		{"toString_latin1", "bin.toString('latin1').length"},
		{"from_utf8_ascii", "Buffer.from(asciiStr).length"},
		{"from_utf8_mixed", "Buffer.from(utf8Str).length"},
		{"from_hex", "Buffer.from(hexStr, 'hex').length"},
		{"from_base64", "Buffer.from(b64Str, 'base64').length"},
		{"concat_256x4KiB", "Buffer.concat(chunks).length"},
	} {
		b.Run(c.name, func(b *testing.B) {
			fv := mustRun(b, e, "(function(){ return "+c.src+"; })")
			fn, _ := goja.AssertFunction(fv)
			b.SetBytes(1 << 20)
			for i := 0; i < b.N; i++ {
				if _, err := fn(goja.Undefined()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSmall times the small-Buffer calls that packages make millions
// of times (creation, slicing, short strings), as bench/buffer/small.js
// does beside Node. Each op is one call.
func BenchmarkSmall(b *testing.B) {
	e := nodetest.New(b)
	mustRun(b, e, `
var buf256 = Buffer.alloc(256); for (var i = 0; i < 256; i++) buf256[i] = i;
var u8 = new Uint8Array(64), ab = new ArrayBuffer(64), hello = Buffer.from('hello world');
`)
	for _, c := range []struct{ name, src string }{
		{"from_buffer256", "Buffer.from(buf256).length"},
		{"from_uint8array", "Buffer.from(u8).length"},
		{"from_arraybuffer", "Buffer.from(ab, 8, 16).length"},
		{"from_string", "Buffer.from('hello world').length"},
		{"from_array", "Buffer.from([1, 2, 3, 4]).length"},
		{"new_buffer_size", "new Buffer(64).length"},
		{"alloc64", "Buffer.alloc(64).length"},
		{"allocUnsafe64", "Buffer.allocUnsafe(64).length"},
		{"slice", "buf256.slice(10, 20).length"},
		{"subarray", "buf256.subarray(10, 20).length"},
		{"toString_utf8_16", "buf256.toString('utf8', 0, 16).length"},
		{"toString_noargs", "hello.toString().length"},
		{"write_utf8", "buf256.write('hello', 3)"},
		{"isBuffer", "Buffer.isBuffer(buf256)"},
		{"byteLength_string", "Buffer.byteLength('hello world')"},
		{"byteLength_buffer", "Buffer.byteLength(buf256)"},
		{"indexOf_byte", "buf256.indexOf(100)"},
		{"readUInt32LE", "buf256.readUInt32LE(4)"},
	} {
		b.Run(c.name, func(b *testing.B) {
			fv := mustRun(b, e, "(function(n){ var s = 0; for (var i = 0; i < n; i++) s += "+c.src+"; return s; })")
			fn, _ := goja.AssertFunction(fv)
			b.ResetTimer()
			if _, err := fn(goja.Undefined(), e.RT.ToValue(b.N)); err != nil {
				b.Fatal(err)
			}
		})
	}
}

// BenchmarkNew times buffer.New, a Buffer over Go memory of its own.
func BenchmarkNew(b *testing.B) {
	e := nodetest.New(b)
	e.Require(b, "buffer")
	c := &modkit.Context{Iso: e.Iso, RT: e.RT}
	data := make([]byte, 4096)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buffer.New(c, data)
	}
}

// BenchmarkSlabView times Slab.View, which makes the Buffer that net hands
// to JS for each socket read.
func BenchmarkSlabView(b *testing.B) {
	e := nodetest.New(b)
	e.Require(b, "buffer")
	slab := buffer.NewSlab(&modkit.Context{Iso: e.Iso, RT: e.RT})
	slab.Reset(make([]byte, 256<<10))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		slab.View(i%64<<12, 4096)
	}
}
