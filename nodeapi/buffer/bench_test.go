package buffer

import (
	"encoding/base64"
	"strings"
	"testing"
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
	// a non-ASCII JS string reaches Encode as UTF-16 code units
	u := Str{U: Decode(mixed, UTF8).U16, IsU16: true}
	b.Run("utf8_mixed_u16", func(b *testing.B) {
		b.SetBytes(int64(len(mixed)))
		for i := 0; i < b.N; i++ {
			Encode(u, UTF8)
		}
	})
}

// BenchmarkJS measures whole Buffer calls from JS, including the goja
// boundary and string materialisation (.length forces it).

// BenchmarkWidenLatin1 times the latin1 widening loop alone (no
// allocation), on 1 MiB.
func BenchmarkWidenLatin1(b *testing.B) {
	_, _, bin := benchData()
	dst := make([]uint16, len(bin))
	b.SetBytes(int64(len(bin)))
	for i := 0; i < b.N; i++ {
		widenLatin1(dst, bin)
	}
}

// BenchmarkDecodeBase64 decodes 1 MiB of base64 text into the same
// cached buffer each time, and into memory that no cache holds (a ring of
// 64 MiB, as in BenchmarkStreamCopy) with ordinary and with streaming
// stores; and the same text wrapped at 76 columns (as in MIME or PEM).
func BenchmarkDecodeBase64(b *testing.B) {
	_, _, bin := benchData()
	text := base64.StdEncoding.EncodeToString(bin)
	var wrapped []byte
	for i := 0; i < len(text); i += 76 {
		wrapped = append(append(wrapped, text[i:min(i+76, len(text))]...), '\n')
	}
	for _, c := range []struct {
		name   string
		src    []byte
		ring   int
		stream bool
	}{
		{"cached", []byte(text), 1, false}, {"cold/store", []byte(text), 64, false},
		{"cold/stream", []byte(text), 64, true}, {"wrapped", wrapped, 1, false},
	} {
		src := c.src
		b.Run(c.name, func(b *testing.B) {
			ring := make([][]byte, c.ring)
			for i := range ring {
				ring[i] = make([]byte, len(src)*3/4+3)
			}
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				decodeBase64(ring[i%len(ring)], src, false, c.stream)
			}
		})
	}
}
