package buffer

import (
	"bytes"
	"encoding/base64"
	"testing"
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
	// data read as base64 text, with junk and padding anywhere
	dst := make([]byte, len(data)*3/4+3)
	n := decodeBase64Lenient(dst, data)
	if want := lenientRef(data); !bytes.Equal(dst[:n], want) {
		t.Fatalf("lenient decode of %q: got %x want %x", data, dst[:n], want)
	}
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
	}
}

func FuzzBase64(f *testing.F) {
	for _, s := range []string{"", "YQ==YQ", "TWFu\nTWFu", "__--_--_--__", "Kio=Kg", "\xff\x80abcd"} {
		f.Add([]byte(s))
	}
	f.Fuzz(checkBase64)
}
