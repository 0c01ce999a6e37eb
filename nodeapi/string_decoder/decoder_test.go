package string_decoder

import (
	"slices"
	"testing"
	"unicode/utf16"

	"github.com/isonode/isonode/nodeapi/buffer"
)

func oneShot(data []byte, enc buffer.Encoding) []uint16 {
	d := buffer.Decode(data, enc)
	if d.IsU16 {
		return d.U16
	}
	return utf16.Encode([]rune(d.Str))
}

// chunked feeds data to a Decoder in pieces cut at the given points.
func chunked(data []byte, cuts []byte, enc buffer.Encoding) []uint16 {
	d := NewDecoder(enc)
	var out []uint16
	pos := 0
	for _, c := range cuts {
		n := int(c) % 5
		if pos+n > len(data) {
			n = len(data) - pos
		}
		out = append(out, d.Write(data[pos:pos+n])...)
		pos += n
	}
	out = append(out, d.Write(data[pos:])...)
	return append(out, d.End()...)
}

func checkStreaming(t *testing.T, data, cuts []byte) {
	for _, enc := range []buffer.Encoding{buffer.UTF8, buffer.Base64, buffer.Base64URL, buffer.Hex, buffer.Latin1, buffer.ASCII} {
		got, want := chunked(data, cuts, enc), oneShot(data, enc)
		if !slices.Equal(got, want) {
			t.Fatalf("%v %x cuts %v: got %q want %q", enc, data, cuts, string(utf16.Decode(got)), string(utf16.Decode(want)))
		}
	}
	// utf16le: a lone high surrogate may be emitted early, so compare only
	// the code units, which are the same whatever the cuts.
	got, want := chunked(data, cuts, buffer.UCS2), oneShot(data, buffer.UCS2)
	if !slices.Equal(got, want) {
		t.Fatalf("utf16le %x cuts %v: got %x want %x", data, cuts, got, want)
	}
}

func TestStreamingTable(t *testing.T) {
	checkStreaming(t, []byte("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"), []byte{1, 1, 1, 2, 3, 1, 1, 1})
	checkStreaming(t, []byte{0xe2, 0x41, 0xf0, 0x9f, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xe2, 0x82}, []byte{1, 1, 1, 1, 1, 1})
}

func FuzzStreaming(f *testing.F) {
	f.Add([]byte("h\xc3\xa9llo \xe2\x82\xac"), []byte{1, 2, 3})
	f.Add([]byte{0xf0, 0x9f, 0x98, 0x80, 0x3d, 0xd8, 0x00, 0xde}, []byte{1, 1, 1, 1, 1})
	f.Add([]byte{0xe2, 0x82}, []byte{1})
	f.Add([]byte{0xff, 0xfe, 0xfd, 0xfc}, []byte{2, 0, 1})
	f.Fuzz(func(t *testing.T, data, cuts []byte) {
		if len(cuts) > 64 {
			cuts = cuts[:64]
		}
		checkStreaming(t, data, cuts)
	})
}
