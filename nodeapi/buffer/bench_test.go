package buffer

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

const benchSize = 1 << 20

func benchData() (ascii, mixed, bin []byte) {
	ascii = make([]byte, benchSize)
	bin = make([]byte, benchSize)
	for i := range ascii {
		ascii[i] = byte(32 + (i*7)%95)
		bin[i] = byte(i*131 + 7)
	}
	mixed = []byte(strings.Repeat("h\u00e9llo \u20ac", benchSize/10))
	return
}

func BenchmarkDecode(b *testing.B) {
	ascii, mixed, bin := benchData()
	for _, c := range []struct {
		name string
		data []byte
		enc  Encoding
	}{
		{"utf8_ascii", ascii, UTF8}, {"utf8_mixed", mixed, UTF8}, {"hex", bin, Hex},
		{"base64", bin, Base64}, {"latin1", bin, Latin1}, {"ucs2", bin, UCS2},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			for i := 0; i < b.N; i++ {
				Decode(c.data, c.enc)
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	ascii, mixed, bin := benchData()
	hexS := Decode(bin, Hex).Str
	b64S := base64.StdEncoding.EncodeToString(bin)
	for _, c := range []struct {
		name string
		s    string
		enc  Encoding
	}{
		{"utf8_ascii", string(ascii), UTF8}, {"utf8_mixed", string(mixed), UTF8},
		{"hex", hexS, Hex}, {"base64", b64S, Base64}, {"latin1", string(ascii), Latin1},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.s)))
			for i := 0; i < b.N; i++ {
				Encode(Str{S: c.s}, c.enc)
			}
		})
	}
}

// BenchmarkJS measures whole Buffer calls from JS, including the goja
// boundary and string materialisation (.length forces it).
func BenchmarkJS(b *testing.B) {
	e := newTestEnv(b)
	e.eval(b, `
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
			fv := e.eval(b, "(function(){ return "+c.src+"; })")
			fn, _ := goja.AssertFunction(fv)
			b.SetBytes(benchSize)
			for i := 0; i < b.N; i++ {
				if _, err := fn(goja.Undefined()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
