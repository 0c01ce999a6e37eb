package buffer

import (
	"bytes"
	"encoding/hex"
	"slices"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestDecodeUTF8(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("abc"), "abc"},
		{[]byte{0xe2, 0x82, 0x41}, "\uFFFDA"},
		{[]byte{0xf0, 0x9f, 0x98}, "\uFFFD"},
		{[]byte{0xc0, 0xaf}, "\uFFFD\uFFFD"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xf0, 0x9f, 0x98, 0x80}, "\U0001F600"},
		{[]byte{0xe0, 0x80, 0xaf}, "\uFFFD\uFFFD\uFFFD"},
	}
	for _, c := range cases {
		got := string(utf16.Decode(DecodeUTF8(c.in, nil)))
		if got != c.want {
			t.Errorf("%x: got %q want %q", c.in, got, c.want)
		}
	}
}

func TestDecodeUTF8CESU(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want []uint16
	}{
		{[]byte{0xed, 0xa0, 0xbd, 0xed, 0xb1, 0x8d}, []uint16{0xd83d, 0xdc4d}},
		{[]byte{0x61, 0xed, 0xa0, 0x80}, []uint16{0x61, 0xd800}},
		{[]byte{0xed, 0xa0}, []uint16{0xfffd}},
		{[]byte{0xed, 0xc0, 0x80}, []uint16{0xfffd, 0xfffd, 0xfffd}},
	} {
		if got := DecodeUTF8(c.in, nil); !slices.Equal(got, c.want) {
			t.Errorf("%x: got %x want %x", c.in, got, c.want)
		}
	}
	if r, _ := DecodeRune([]byte{0xed, 0xa0, 0x80}); r != -1 {
		t.Errorf("DecodeRune accepts a surrogate: %x", r)
	}
	if n := UTF8IncompleteCESU([]byte{0x61, 0xed, 0xa0}); n != 2 {
		t.Errorf("UTF8IncompleteCESU: %d", n)
	}
}

func TestUTF8Incomplete(t *testing.T) {
	cases := []struct {
		in   []byte
		want int
	}{
		{nil, 0}, {[]byte("a"), 0}, {[]byte{0xe2}, 1}, {[]byte{0xe2, 0x82}, 2},
		{[]byte{0xe2, 0x82, 0xac}, 0}, {[]byte{0xf0, 0x9f, 0x98}, 3}, {[]byte{0x80}, 0},
		{[]byte{0xed, 0xa0}, 0}, {[]byte{0xc3}, 1}, {[]byte{0xff}, 0}, {[]byte{0x61, 0xf4, 0x8f}, 2},
	}
	for _, c := range cases {
		if got := UTF8Incomplete(c.in); got != c.want {
			t.Errorf("%x: got %d want %d", c.in, got, c.want)
		}
	}
}

func TestEncodeDecodeTable(t *testing.T) {
	s := Str{S: "héllo €"}
	for _, c := range []struct {
		enc  Encoding
		want string
	}{
		{UTF8, "68c3a96c6c6f20e282ac"},
		{Latin1, "68e96c6c6f20ac"},
		{UCS2, "6800e9006c006c006f002000ac20"},
	} {
		got := Encode(s, c.enc)
		if x := Decode(got, Hex).Str; x != c.want {
			t.Errorf("%v: got %s want %s", c.enc, x, c.want)
		}
		if n := ByteLength(s, c.enc); n != len(got) {
			t.Errorf("%v: ByteLength %d, encoded %d", c.enc, n, len(got))
		}
	}
	if got := Encode(Str{S: "aGVsbG8"}, Base64); string(got) != "hello" {
		t.Errorf("base64 unpadded: %q", got)
	}
	if got := Encode(Str{S: "ab1z"}, Hex); !bytes.Equal(got, []byte{0xab}) {
		t.Errorf("hex stops: %x", got)
	}
}

func TestEncodeIntoNoPartial(t *testing.T) {
	s := Str{S: "€€€"}
	dst := make([]byte, 5)
	n, chars := EncodeInto(dst, s, UTF8)
	if n != 3 || chars != 1 {
		t.Fatalf("got n=%d chars=%d", n, chars)
	}
	u := Str{U: utf16.Encode([]rune("ab\U0001F600")), IsU16: true}
	n, chars = EncodeInto(make([]byte, 5), u, UTF8)
	if n != 2 || chars != 2 {
		t.Fatalf("pair: got n=%d chars=%d", n, chars)
	}
}

// checkRoundTrip is the property the fuzz targets check: decoding bytes to
// a string and encoding it back gives the bytes again, wherever the
// encoding can represent them.
// refDecodeUTF8 is DecodeUTF8 one character at a time through decodeRune,
// the reference for its inline fast cases.
func refDecodeUTF8(b []byte) []uint16 {
	var out []uint16
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			out = append(out, uint16(b[i]))
			i++
			continue
		}
		r, size := decodeRune(b[i:], true)
		switch {
		case r < 0:
			out = append(out, 0xFFFD)
		case r < 0x10000:
			out = append(out, uint16(r)) // an encoded surrogate too
		default:
			out = utf16.AppendRune(out, rune(r))
		}
		i += size
	}
	return out
}

func checkRoundTrip(t *testing.T, data []byte) {
	if got, want := DecodeUTF8(data, nil), refDecodeUTF8(data); !slices.Equal(got, want) {
		t.Fatalf("DecodeUTF8(%x) = %x, want %x", data, got, want)
	}
	for _, enc := range []Encoding{Hex, Base64, Base64URL, Latin1, UCS2, UTF8, ASCII} {
		d := Decode(data, enc)
		var s Str
		if d.IsU16 {
			s = Str{U: d.U16, IsU16: true}
		} else {
			s = Str{S: d.Str}
		}
		back := Encode(s, enc)
		want := data
		switch enc {
		case UCS2:
			want = data[:len(data)/2*2]
		case UTF8:
			if !utf8.Valid(data) {
				// invalid input decodes to U+FFFD; re-decoding is stable
				again := Decode(back, UTF8)
				if again.String() != d.String() {
					t.Fatalf("utf8 not stable: %x", data)
				}
				continue
			}
		case ASCII:
			want = make([]byte, len(data))
			for i, c := range data {
				want[i] = c & 0x7f
			}
		}
		if !bytes.Equal(back, want) {
			t.Fatalf("%v round trip of %x: got %x", enc, data, back)
		}
		if enc != Base64 && enc != Base64URL {
			if n := ByteLength(s, enc); n != len(back) && enc != UTF8 {
				t.Fatalf("%v ByteLength %d != %d for %x", enc, n, len(back), data)
			}
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range [][]byte{nil, []byte("hello"), {0xff, 0x00, 0x80}, {0xe2, 0x82, 0xac}, {0xed, 0xa0, 0x80}, {0xf0, 0x9f, 0x98}, {0x3d, 0xd8}} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRoundTrip(t, data) })
}

func FuzzEncodeString(f *testing.F) {
	for _, s := range []string{"", "abc", "héllo", "\U0001F600", "YQ==YQ", " a G V", "zz12", "\xff\xfe"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, room uint8) {
		u := utf16.Encode([]rune(s))
		if got := Encode(Str{U: u, IsU16: true}, UTF8); string(got) != string([]rune(s)) {
			t.Fatalf("utf8 of the code units of %q: %q", s, got)
		}
		for _, str := range []Str{{S: s}, {U: u, IsU16: true}} {
			for enc := UTF8; enc <= Hex; enc++ {
				full := Encode(str, enc)
				n := ByteLength(str, enc)
				if enc == UTF8 || enc == UCS2 || enc == Latin1 || enc == ASCII {
					if n != len(full) {
						t.Fatalf("%v %q: ByteLength %d, Encode %d", enc, s, n, len(full))
					}
				} else if len(full) > n+2 {
					t.Fatalf("%v %q: ByteLength %d < Encode %d", enc, s, n, len(full))
				}
				dst := make([]byte, int(room)%(len(full)+1))
				w, _ := EncodeInto(dst, str, enc)
				if w > len(dst) || !bytes.Equal(dst[:w], full[:w]) {
					t.Fatalf("%v %q: EncodeInto(%d) wrote %x, full %x", enc, s, len(dst), dst[:w], full)
				}
				if enc == UTF8 && !utf8.Valid(dst[:w]) {
					t.Fatalf("partial character written: %x", dst[:w])
				}
			}
		}
	})
}

func TestWidenLatin1(t *testing.T) {
	src := make([]byte, 80)
	for i := range src {
		src[i] = byte(250 - i*3)
	}
	for n := 0; n <= len(src); n++ {
		for off := 0; off < 3 && off <= n; off++ {
			dst := makeU16NoZero(n - off)
			widenLatin1(dst, src[off:n])
			for i, c := range src[off:n] {
				if dst[i] != uint16(c) {
					t.Fatalf("n=%d off=%d, %d: %x != %x", n, off, i, dst[i], c)
				}
			}
		}
	}
}

// TestMakeNoZero fails if a Go release stops sharing strings.Builder's
// buffer with String(): makeNoZero then clears memory as make does.
func TestMakeNoZero(t *testing.T) {
	if !noZeroWorks {
		t.Fatal("strings.Builder.String no longer shares the buffer: makeNoZero falls back to make")
	}
	for _, n := range []int{0, 1, 2, 7, 8, 100, 40000, 1 << 20} {
		b := makeNoZero(n)
		if len(b) != n || cap(b) != n {
			t.Fatalf("makeNoZero(%d): len %d cap %d", n, len(b), cap(b))
		}
		for i := range b {
			b[i] = byte(i)
		}
		u := makeU16NoZero(n)
		if len(u) != n {
			t.Fatalf("makeU16NoZero(%d): len %d", n, len(u))
		}
		for i := range u {
			u[i] = uint16(i)
		}
	}
}

// TestEncodeUTF8Long covers the one-pass scratch encoding of long UTF-16
// strings (pairs, lone surrogates, all lengths of sequence), twice so that
// the reused scratch buffer holds old bytes.
func TestEncodeUTF8Long(t *testing.T) {
	pattern := []uint16{'a', 0xe9, 0x20ac, 0xD83D, 0xDE00, 0xDC00, 'b', 0xD800, 0x7ff, 0x800, 0xffff}
	for _, n := range []int{minScratchUnits, 3000, minScratchUnits + 1, 5000, maxScratchUnits + 1} {
		u := make([]uint16, n)
		for i := range u {
			u[i] = pattern[(i*7/3)%len(pattern)]
		}
		want := make([]byte, utf8LenU16(u))
		if w, _ := encodeUTF8U16(want, u); w != len(want) {
			t.Fatalf("n=%d: wrote %d of %d", n, w, len(want))
		}
		if got := Encode(Str{U: u, IsU16: true}, UTF8); !bytes.Equal(got, want) || cap(got) != len(got) {
			t.Fatalf("n=%d: Encode differs from the two-pass encoding (len %d, want %d)", n, len(got), len(want))
		}
		if !utf8.Valid(want) || string(want) != string(utf16.Decode(u)) {
			t.Fatalf("n=%d: not the UTF-8 of the units", n)
		}
	}
}

// TestHexLong checks the word-at-a-time hex loops against encoding/hex at
// every length around their steps, and decoding's stop at the first
// invalid pair inside a fast block.
func TestHexLong(t *testing.T) {
	data := make([]byte, 100)
	for i := range data {
		data[i] = byte(i*131 + 7)
	}
	for n := 0; n <= len(data); n++ {
		want := hex.EncodeToString(data[:n])
		if got := Decode(data[:n], Hex).Str; got != want {
			t.Fatalf("n=%d: %s, want %s", n, got, want)
		}
		if got := Encode(Str{S: want + "A"}, Hex); !bytes.Equal(got, data[:n]) {
			t.Fatalf("decode n=%d: %x", n, got)
		}
		if n >= 40 {
			bad := want[:2*n-15] + "g" + want[2*n-14:]
			if got := Encode(Str{S: bad}, Hex); !bytes.Equal(got, data[:n-8]) {
				t.Fatalf("decode with bad digit n=%d: %x", n, got)
			}
		}
	}
}
