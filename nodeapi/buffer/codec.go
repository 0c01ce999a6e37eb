package buffer

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// Encoding is one of Node's byte/string encodings.
type Encoding int

// The encodings, in the numbering the JS half uses.
const (
	UTF8   Encoding = iota
	UCS2            // utf16le, little-endian UTF-16 code units
	Latin1          // binary
	ASCII
	Base64
	Base64URL
	Hex
)

var encodingNames = [...]string{"utf8", "utf16le", "latin1", "ascii", "base64", "base64url", "hex"}

// String is the canonical name ("utf8", "utf16le", "latin1", …).
func (e Encoding) String() string {
	if e < 0 || int(e) >= len(encodingNames) {
		return "unknown"
	}
	return encodingNames[e]
}

// ParseEncoding maps any spelling Node accepts ("utf-8", "UCS2", "binary",
// …) to an Encoding. ok is false for an unknown name.
func ParseEncoding(name string) (Encoding, bool) {
	switch name {
	case "utf8", "utf-8":
		return UTF8, true
	case "hex":
		return Hex, true
	case "base64":
		return Base64, true
	}
	switch strings.ToLower(name) {
	case "utf8", "utf-8":
		return UTF8, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return UCS2, true
	case "latin1", "binary":
		return Latin1, true
	case "ascii":
		return ASCII, true
	case "base64":
		return Base64, true
	case "base64url":
		return Base64URL, true
	case "hex":
		return Hex, true
	}
	return 0, false
}

// isASCII reports whether every byte of b is < 0x80.
func isASCII(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Decoded is the result of decoding bytes to a JS string: either Str, a Go
// string that is pure ASCII (so it is both valid UTF-8 and UTF-16 code units
// one for one), or U16, UTF-16 code units (possibly with lone surrogates).
type Decoded struct {
	Str   string
	U16   []uint16
	IsU16 bool
}

// String renders d as a Go string (lone surrogates become U+FFFD).
func (d Decoded) String() string {
	if d.IsU16 {
		return string(utf16.Decode(d.U16))
	}
	return d.Str
}

// Decode turns bytes into a string as Buffer#toString(enc) does.
func Decode(b []byte, enc Encoding) Decoded {
	switch enc {
	case UTF8:
		if isASCII(b) {
			return Decoded{Str: string(b)}
		}
		return Decoded{U16: DecodeUTF8(b, nil), IsU16: true}
	case Latin1:
		if isASCII(b) {
			return Decoded{Str: string(b)}
		}
		u := makeU16NoZero(len(b))
		widenLatin1(u, b)
		return Decoded{U16: u, IsU16: true}
	case ASCII:
		if isASCII(b) {
			return Decoded{Str: string(b)}
		}
		out := makeNoZero(len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return Decoded{Str: bytesToString(out)}
	case UCS2:
		n := len(b) / 2
		u := makeU16NoZero(n)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return Decoded{U16: u, IsU16: true}
	case Hex:
		out := makeNoZero(len(b) * 2)
		encodeHex(out, b)
		return Decoded{Str: bytesToString(out)}
	case Base64, Base64URL:
		out := makeNoZero(base64Len(len(b), enc == Base64URL))
		encodeBase64(out, b, enc == Base64URL)
		return Decoded{Str: bytesToString(out)}
	}
	return Decoded{}
}

// widenLatin1 stores each byte of src as a UTF-16 code unit in dst, which
// is at least as long and fresh memory (large outputs are streamed, see
// stream.go).
func widenLatin1(dst []uint16, src []byte) {
	dst = dst[:len(src)]
	for i := widenFast(dst, src); i < len(src); i++ {
		dst[i] = uint16(src[i])
	}
}

// bytesToString turns a fresh buffer that nothing else references and
// nobody modifies afterwards into a string without a copy.
func bytesToString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// stringBytes views s as bytes without a copy; the result must not be
// modified.
func stringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// DecodeUTF8 decodes b as Buffer#toString('utf8') does, appending UTF-16
// code units to dst: as the WHATWG UTF-8 decoder (each maximal invalid
// subpart becomes one U+FFFD), except that, as in v0.10, the three-byte
// encoding of a surrogate (ED A0–BF xx, as CESU-8 writes astral
// characters) becomes that code unit. v20 makes those U+FFFD.
func DecodeUTF8(b []byte, dst []uint16) []uint16 {
	// one pass, no validation first: each byte makes at most one code
	// unit (four bytes make two), so len(b) units are room enough
	start := len(dst)
	if cap(dst)-start < len(b) {
		nd := makeU16NoZero(start + len(b))[:start]
		copy(nd, dst)
		dst = nd
	}
	w := dst[start : start+len(b)]
	k := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			w[k] = uint16(c)
			k++
			i++
			continue
		}
		// well-formed two- and three-byte sequences here; four-byte ones,
		// encoded surrogates (ED) and errors through decodeRune
		if c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			w[k] = uint16(c&0x1F)<<6 | uint16(b[i+1]&0x3F)
			k++
			i += 2
			continue
		}
		if c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80 {
			w[k] = uint16(c&0x0F)<<12 | uint16(b[i+1]&0x3F)<<6 | uint16(b[i+2]&0x3F)
			k++
			i += 3
			continue
		}
		r, size := decodeRune(b[i:], true)
		switch {
		case r < 0:
			w[k] = 0xFFFD
			k++
		case r >= 0x10000:
			r1, r2 := utf16.EncodeRune(rune(r))
			w[k], w[k+1] = uint16(r1), uint16(r2)
			k += 2
		default:
			w[k] = uint16(r)
			k++
		}
		i += size
	}
	return dst[:start+k]
}

// DecodeRune decodes the sequence at the start of b (b[0] >= 0x80) as the
// WHATWG decoder does. It returns the code point and its size, or r = -1
// and the length of the maximal invalid subpart (at least 1).
func DecodeRune(b []byte) (r int, size int) {
	return decodeRune(b, false)
}

// decodeRune is DecodeRune; with cesu, an encoded surrogate decodes to its
// code unit (see DecodeUTF8).
func decodeRune(b []byte, cesu bool) (r int, size int) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need, r = 1, int(c&0x1F)
	case c >= 0xE0 && c <= 0xEF:
		need, r = 2, int(c&0x0F)
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED && !cesu {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need, r = 3, int(c&0x07)
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return -1, 1
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return -1, k
		}
		d := b[k]
		if d < lo || d > hi {
			return -1, k
		}
		lo, hi = 0x80, 0xBF
		r = r<<6 | int(d&0x3F)
	}
	return r, need + 1
}

// UTF8Incomplete returns how many bytes at the end of b are the start of a
// UTF-8 sequence that more bytes could still complete (0–3), by the WHATWG
// rules.
func UTF8Incomplete(b []byte) int {
	return utf8Incomplete(b, false)
}

// UTF8IncompleteCESU is UTF8Incomplete by DecodeUTF8's rules, where the
// start of an encoded surrogate (ED A0–BF) may be completed too.
func UTF8IncompleteCESU(b []byte) int {
	return utf8Incomplete(b, true)
}

func utf8Incomplete(b []byte, cesu bool) int {
	n := len(b)
	for k := 1; k <= 3 && k <= n; k++ {
		c := b[n-k]
		if c >= 0x80 && c < 0xC0 {
			continue // continuation byte: look further back
		}
		if seqLen(c) <= k {
			return 0
		}
		if r, size := decodeRune(b[n-k:], cesu); r < 0 && size == k {
			return k
		}
		return 0
	}
	return 0
}

func seqLen(c byte) int {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return 2
	case c >= 0xE0 && c <= 0xEF:
		return 3
	case c >= 0xF0 && c <= 0xF4:
		return 4
	}
	return 1
}

// Str is a JS string as the encoders see it: Go text S (valid UTF-8 or
// not; invalid bytes count as U+FFFD) or, when IsU16, UTF-16 code units U.
type Str struct {
	S     string
	U     []uint16
	IsU16 bool
}

// Len is the string's length in UTF-16 code units (JS's str.length).
func (s Str) Len() int {
	if s.IsU16 {
		return len(s.U)
	}
	if isASCIIString(s.S) {
		return len(s.S)
	}
	n := 0
	for i := 0; i < len(s.S); {
		c := s.S[i]
		if c < 0x80 {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.S[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// units returns the UTF-16 code units of s.
func (s Str) units() []uint16 {
	if s.IsU16 {
		return s.U
	}
	u := make([]uint16, 0, len(s.S))
	for _, r := range s.S {
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			u = append(u, uint16(r1), uint16(r2))
		} else {
			u = append(u, uint16(r))
		}
	}
	return u
}

func isASCIIString(s string) bool {
	return isASCII(stringBytes(s))
}

// lowBytes returns one byte per UTF-16 code unit (its low 8 bits), as the
// latin1 encoder writes. asciiOnly makes units >= 0x80 a byte that no
// base64/hex alphabet contains (0x80).
func (s Str) lowBytes(asciiOnly bool) []byte {
	if !s.IsU16 && (asciiOnly || isASCIIString(s.S)) {
		// For hex and base64, a UTF-8 multi-byte character is bytes >= 0x80
		// that neither alphabet has, so the result is the same as with one
		// 0x80 per code unit. The view is only read.
		return stringBytes(s.S)
	}
	u := s.units()
	out := make([]byte, len(u))
	for i, c := range u {
		if asciiOnly && c >= 0x80 {
			out[i] = 0x80
		} else {
			out[i] = byte(c)
		}
	}
	return out
}

// ByteLength is Buffer.byteLength(str, enc): exact for utf8, ucs2, latin1,
// ascii and hex; for base64 Node's estimate from length and padding.
func ByteLength(s Str, enc Encoding) int {
	switch enc {
	case UTF8:
		if !s.IsU16 {
			if utf8.ValidString(s.S) {
				return len(s.S)
			}
			n := 0
			for _, r := range s.S {
				n += utf8.RuneLen(r)
			}
			return n
		}
		return utf8LenU16(s.U)
	case UCS2:
		return 2 * s.Len()
	case Latin1, ASCII:
		return s.Len()
	case Hex:
		return s.Len() >> 1
	case Base64, Base64URL:
		n := s.Len()
		if n > 0 && s.lastUnit(1) == '=' {
			n--
			if n > 0 && s.lastUnit(2) == '=' {
				n--
			}
		}
		return n * 3 >> 2
	}
	return 0
}

func (s Str) lastUnit(k int) uint16 {
	if s.IsU16 {
		return s.U[len(s.U)-k]
	}
	c := s.S[len(s.S)-k]
	if c >= 0x80 {
		return 0x80
	}
	return uint16(c)
}

func utf8LenU16(u []uint16) int {
	n := len(u) // one byte each, plus the extra bytes counted below
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x80:
		case c < 0x800:
			n++
		case c >= 0xD800 && c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			n += 2 // four bytes for the two units of a pair
			i++
		default:
			n += 2
		}
	}
	return n
}

// EncodeInto writes s encoded with enc into dst, never a partial character
// (for utf8 and ucs2), and returns the bytes written and the UTF-16 code
// units of s consumed.
func EncodeInto(dst []byte, s Str, enc Encoding) (n, chars int) {
	switch enc {
	case UTF8:
		if !s.IsU16 && utf8.ValidString(s.S) {
			if len(s.S) <= len(dst) {
				n = copy(dst, s.S)
				if isASCIIString(s.S) {
					return n, n
				}
				return n, s.Len()
			}
		}
		u := s.units()
		return encodeUTF8U16(dst, u)
	case UCS2:
		u := s.units()
		m := len(dst) / 2
		if m > len(u) {
			m = len(u)
		}
		for i := 0; i < m; i++ {
			dst[2*i] = byte(u[i])
			dst[2*i+1] = byte(u[i] >> 8)
		}
		return 2 * m, m
	case Latin1, ASCII:
		b := s.lowBytes(false)
		n = copy(dst, b)
		return n, n
	case Hex:
		b := s.lowBytes(true)
		n = decodeHexLenient(dst, b)
		return n, 2 * n
	case Base64, Base64URL:
		b := s.lowBytes(true)
		if len(b) < simdBlock && len(dst) >= len(b)*3/4+3 {
			return decodeBase64Lenient(dst, b), len(b)
		}
		// decodeBase64 may write past the bytes it decodes, and dst is the
		// caller's: decode into new memory
		return copy(dst, decodeBase64New(b, enc == Base64URL)), len(b)
	}
	return 0, 0
}

// Encode returns s encoded with enc, as Buffer.from(str, enc).
func Encode(s Str, enc Encoding) []byte {
	if enc == UTF8 && !s.IsU16 && utf8.ValidString(s.S) {
		return []byte(s.S)
	}
	if enc == UTF8 && s.IsU16 && len(s.U) >= minScratchUnits && len(s.U) <= maxScratchUnits {
		return encodeUTF8Scratch(s.U)
	}
	var size int
	switch enc {
	case Base64, Base64URL:
		return decodeBase64New(s.lowBytes(true), enc == Base64URL)
	case Hex:
		// at most half the code units, which are at most the bytes of S
		if s.IsU16 {
			size = len(s.U) / 2
		} else {
			size = len(s.S) / 2
		}
	default:
		size = ByteLength(s, enc)
	}
	out := makeNoZero(size)
	n, _ := EncodeInto(out, s, enc)
	return out[:n:n]
}

// Long UTF-16 strings are encoded to UTF-8 in one pass into a reused
// scratch buffer (three bytes per unit at most), then copied out at their
// exact length: cheaper than a first pass that measures the length.
// Short strings skip the pool's cost; huge ones would keep too much
// memory in it.
const (
	minScratchUnits = 1 << 10
	maxScratchUnits = 1 << 20
)

var utf8Scratch sync.Pool // of *[]byte

func encodeUTF8Scratch(u []uint16) []byte {
	p, _ := utf8Scratch.Get().(*[]byte)
	if p == nil || len(*p) < 3*len(u) {
		b := makeNoZero(3 * len(u))
		p = &b
	}
	n, _ := encodeUTF8U16(*p, u)
	out := makeNoZero(n)
	copy(out, *p)
	utf8Scratch.Put(p)
	return out
}

// encodeUTF8U16 writes the code units u as UTF-8 (lone surrogates as
// U+FFFD) into dst, stopping before a character that does not fit.
func encodeUTF8U16(dst []byte, u []uint16) (n, chars int) {
	i := 0
	for i < len(u) {
		c := u[i]
		switch {
		case c < 0x80:
			if n >= len(dst) {
				return n, i
			}
			dst[n] = byte(c)
			n++
			i++
		case c < 0x800:
			if n+2 > len(dst) {
				return n, i
			}
			dst[n], dst[n+1] = 0xC0|byte(c>>6), 0x80|byte(c&0x3F)
			n += 2
			i++
		case c < 0xD800 || c > 0xDFFF:
			if n+3 > len(dst) {
				return n, i
			}
			dst[n], dst[n+1], dst[n+2] = 0xE0|byte(c>>12), 0x80|byte(c>>6&0x3F), 0x80|byte(c&0x3F)
			n += 3
			i++
		case c <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
			if n+4 > len(dst) {
				return n, i
			}
			r := (rune(c)-0xD800)<<10 | (rune(u[i+1]) - 0xDC00) + 0x10000
			dst[n], dst[n+1], dst[n+2], dst[n+3] = 0xF0|byte(r>>18), 0x80|byte(r>>12&0x3F), 0x80|byte(r>>6&0x3F), 0x80|byte(r&0x3F)
			n += 4
			i += 2
		default: // a lone surrogate
			if n+3 > len(dst) {
				return n, i
			}
			dst[n], dst[n+1], dst[n+2] = 0xEF, 0xBF, 0xBD
			n += 3
			i++
		}
	}
	return n, i
}

var hexVal = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c - 'a' + 10)
		t[c-32] = byte(c - 'a' + 10)
	}
	return
}()

// hexDigits[c] is the two lowercase hex digits of byte c, the first in the
// low byte.
var hexDigits = func() (t [256]uint16) {
	const digits = "0123456789abcdef"
	for c := range t {
		t[c] = uint16(digits[c>>4]) | uint16(digits[c&15])<<8
	}
	return
}()

// encodeHex writes the hex digits of src to dst (twice as long), four
// bytes (one word of digits) at a time.
func encodeHex(dst, src []byte) {
	i := 0
	for ; i+4 <= len(src); i += 4 {
		s := src[i : i+4 : i+4]
		binary.LittleEndian.PutUint64(dst[2*i:], uint64(hexDigits[s[0]])|uint64(hexDigits[s[1]])<<16|
			uint64(hexDigits[s[2]])<<32|uint64(hexDigits[s[3]])<<48)
	}
	for ; i < len(src); i++ {
		binary.LittleEndian.PutUint16(dst[2*i:], hexDigits[src[i]])
	}
}

// hexPairs[c0|c1<<8] is the byte that the hex digits c0 c1 stand for,
// or 0x100 when either is not a digit. Made on first use (128 KiB).
var hexPairs = sync.OnceValue(func() *[1 << 16]uint16 {
	t := new([1 << 16]uint16)
	for k := range t {
		hi, lo := hexVal[k&0xff], hexVal[k>>8]
		if hi > 15 || lo > 15 {
			t[k] = 0x100
		} else {
			t[k] = uint16(hi<<4 | lo)
		}
	}
	return t
})

// decodeHexLenient decodes pairs of hex digits until the first invalid pair
// or until dst is full; an odd last digit is dropped.
func decodeHexLenient(dst, src []byte) int {
	n, i := 0, 0
	if len(src) >= 64 {
		// sixteen digits (eight pairs) at a time while they are all valid
		t := hexPairs()
		for ; i+16 <= len(src) && n+8 <= len(dst); i, n = i+16, n+8 {
			x, y := binary.LittleEndian.Uint64(src[i:]), binary.LittleEndian.Uint64(src[i+8:])
			a, b, c, d := t[uint16(x)], t[uint16(x>>16)], t[uint16(x>>32)], t[uint16(x>>48)]
			e, f, g, h := t[uint16(y)], t[uint16(y>>16)], t[uint16(y>>32)], t[uint16(y>>48)]
			if a|b|c|d|e|f|g|h > 0xff {
				break
			}
			binary.LittleEndian.PutUint64(dst[n:], uint64(a)|uint64(b)<<8|uint64(c)<<16|uint64(d)<<24|
				uint64(e)<<32|uint64(f)<<40|uint64(g)<<48|uint64(h)<<56)
		}
	}
	for ; i+1 < len(src) && n < len(dst); i += 2 {
		a, b := hexVal[src[i]], hexVal[src[i+1]]
		if a == 0xff || b == 0xff {
			break
		}
		dst[n] = a<<4 | b
		n++
	}
	return n
}
