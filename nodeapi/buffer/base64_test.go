package buffer

import (
	"bytes"
	"encoding/base64"
	"testing"
	"unsafe"
)

// lenientRef is the plain per-character form of Node's base64 decoding,
// the reference decodeBase64Lenient must agree with.
func lenientRef(src []byte) []byte {
	var out []byte
	var acc uint32
	k := 0
	for _, c := range src {
		if c == '=' {
			break
		}
		v := bytes.IndexByte([]byte(b64Std), c)
		if v < 0 {
			v = bytes.IndexByte([]byte(b64URL), c)
		}
		if v < 0 {
			continue
		}
		acc = acc<<6 | uint32(v)
		if k++; k == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, k = 0, 0
		}
	}
	switch k {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

func checkBase64(t *testing.T, data []byte) {
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		url := e == base64.RawURLEncoding
		got := make([]byte, base64Len(len(data), url))
		encodeBase64(got, data, url)
		if want := e.EncodeToString(data); string(got) != want {
			t.Fatalf("url=%v, %x: got %s want %s", url, data, got, want)
		}
	}
	// data read as base64 text, with junk and padding anywhere, by the
	// lenient loop and by the strict-first dispatch with either alphabet
	want := lenientRef(data)
	dst := make([]byte, len(data)*3/4+3)
	n := decodeBase64Lenient(dst, data)
	if !bytes.Equal(dst[:n], want) {
		t.Fatalf("lenient decode of %q: got %x want %x", data, dst[:n], want)
	}
	// streaming needs a 32-byte aligned dst
	buf := make([]byte, len(dst)+32)
	aligned := buf[int(-uintptr(unsafe.Pointer(&buf[0]))&31):][:len(dst)]
	for _, url := range []bool{false, true} {
		for _, stream := range []bool{false, true} {
			d := dst
			if stream {
				d = aligned
			}
			n := decodeBase64(d, data, url, stream)
			if !bytes.Equal(d[:n], want) {
				t.Fatalf("decode (url=%v, stream=%v) of %q: got %x want %x", url, stream, data, d[:n], want)
			}
		}
	}
}

// b64Texts returns base64 texts of data long enough for the SIMD kernels,
// each in both alphabets, with and without padding, clean and with one
// junk, whitespace or early padding character at a few places.
func b64Texts(data []byte) [][]byte {
	var out [][]byte
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		text := []byte(e.EncodeToString(data))
		out = append(out, text)
		for _, at := range []int{0, 1, 47, len(text) / 2, len(text) - 2} {
			for _, c := range []byte{'\n', ' ', '=', '*', '-', '+', 0x80} {
				if at >= 0 && at <= len(text) {
					t := append(append(append([]byte(nil), text[:at]...), c), text[at:]...)
					out = append(out, t)
				}
			}
		}
	}
	return out
}

func TestBase64(t *testing.T) {
	buf := make([]byte, 300)
	for i := range buf {
		buf[i] = byte(i*131 + 7)
	}
	for n := 0; n <= len(buf); n++ {
		checkBase64(t, buf[:n])
		text := []byte(base64.StdEncoding.EncodeToString(buf[:n]))
		checkBase64(t, text)
		checkBase64(t, append([]byte(" \n"), text...))
		if n%7 == 0 {
			for _, text := range b64Texts(buf[:n]) {
				checkBase64(t, text)
			}
		}
	}
}

func FuzzBase64(f *testing.F) {
	for _, s := range []string{"", "YQ==YQ", "TWFu\nTWFu", "__--_--_--__", "Kio=Kg", "\xff\x80abcd"} {
		f.Add([]byte(s))
	}
	data := make([]byte, 100)
	for i := range data {
		data[i] = byte(i * 37)
	}
	for _, text := range b64Texts(data) {
		f.Add(text)
	}
	f.Fuzz(checkBase64)
}

// TestBase64WriteBounds checks that writing base64 into a buffer (as
// buf.write does) changes no byte past the ones decoded, although the SIMD
// kernels store past their output.
func TestBase64WriteBounds(t *testing.T) {
	data := make([]byte, 200)
	for i := range data {
		data[i] = byte(i * 7)
	}
	text := base64.StdEncoding.EncodeToString(data)
	for _, src := range []string{text, text[:40] + "=" + text[40:], text[:100] + "*" + text[100:], text[:33] + "\n" + text[33:]} {
		want := lenientRef([]byte(src))
		dst := bytes.Repeat([]byte{0xAA}, len(src))
		n, _ := EncodeInto(dst, Str{S: src}, Base64)
		if !bytes.Equal(dst[:n], want) {
			t.Fatalf("%q: got %x want %x", src, dst[:n], want)
		}
		for i := n; i < len(dst); i++ {
			if dst[i] != 0xAA {
				t.Fatalf("%q: byte %d past the %d written changed to %x", src, i, n, dst[i])
			}
		}
	}
}

// TestBase64Blocks puts each byte value at a few places of texts long
// enough for the SIMD kernels (so each value is either decoded by them to
// its value in either alphabet or left to decodeLenient), and one junk
// or padding character at every place.
func TestBase64Blocks(t *testing.T) {
	data := make([]byte, 400)
	for i := range data {
		data[i] = byte(i*131 + 7)
	}
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		text := []byte(e.EncodeToString(data))
		for c := range 256 {
			for _, at := range []int{0, 33, 100, 200, 333} {
				b := append([]byte(nil), text...)
				b[at] = byte(c)
				checkBase64(t, b)
			}
		}
		for at := range len(text) {
			for _, c := range []byte{'\n', '=', '-', '/'} {
				checkBase64(t, append(append(append([]byte(nil), text[:at]...), c), text[at:]...))
			}
		}
	}
}
