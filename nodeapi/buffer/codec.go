package buffer

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
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
		u := make([]uint16, len(b))
		widenLatin1(u, b)
		return Decoded{U16: u, IsU16: true}
	case ASCII:
		if isASCII(b) {
			return Decoded{Str: string(b)}
		}
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7f
		}
		return Decoded{Str: bytesToString(out)}
	case UCS2:
		n := len(b) / 2
		u := make([]uint16, n)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return Decoded{U16: u, IsU16: true}
	case Hex:
		out := make([]byte, len(b)*2)
		hex.Encode(out, b)
		return Decoded{Str: bytesToString(out)}
	case Base64, Base64URL:
		out := make([]byte, base64Len(len(b), enc == Base64URL))
		encodeBase64(out, b, enc == Base64URL)
		return Decoded{Str: bytesToString(out)}
	}
	return Decoded{}
}

// widenLatin1 stores each byte of src as a UTF-16 code unit in dst, which
// is at least as long.
func widenLatin1(dst []uint16, src []byte) {
	dst = dst[:len(src)]
	for i, c := range src {
		dst[i] = uint16(c)
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
	if dst == nil {
		dst = make([]uint16, 0, len(b))
	}
	if utf8.Valid(b) {
		start := len(dst)
		if cap(dst)-start < len(b) {
			nd := make([]uint16, start, start+len(b))
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
			// b is valid UTF-8: decode without re-checking
			switch {
			case c < 0xE0:
				w[k] = uint16(c&0x1F)<<6 | uint16(b[i+1]&0x3F)
				k++
				i += 2
			case c < 0xF0:
				w[k] = uint16(c&0x0F)<<12 | uint16(b[i+1]&0x3F)<<6 | uint16(b[i+2]&0x3F)
				k++
				i += 3
			default:
				r := (rune(c&0x07)<<18 | rune(b[i+1]&0x3F)<<12 | rune(b[i+2]&0x3F)<<6 | rune(b[i+3]&0x3F)) - 0x10000
				w[k], w[k+1] = uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF))
				k += 2
				i += 4
			}
		}
		return dst[:start+k]
	}
	i := 0
	n := len(b)
	for i < n {
		c := b[i]
		if c < 0x80 {
			dst = append(dst, uint16(c))
			i++
			continue
		}
		r, size := decodeRune(b[i:], true)
		if r < 0 {
			dst = append(dst, 0xFFFD)
		} else if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(rune(r))
			dst = append(dst, uint16(r1), uint16(r2))
		} else {
			dst = append(dst, uint16(r))
		}
		i += size
	}
	return dst
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
		if len(dst) >= len(b)*3/4+3 {
			n = decodeBase64Lenient(dst, b)
			return n, len(b)
		}
		tmp := make([]byte, len(b)*3/4+3)
		m := decodeBase64Lenient(tmp, b)
		n = copy(dst, tmp[:m])
		return n, len(b)
	}
	return 0, 0
}

// Encode returns s encoded with enc, as Buffer.from(str, enc).
func Encode(s Str, enc Encoding) []byte {
	if enc == UTF8 && !s.IsU16 && utf8.ValidString(s.S) {
		return []byte(s.S)
	}
	var size int
	switch enc {
	case Base64, Base64URL:
		if s.IsU16 {
			size = len(s.U)*3/4 + 3
		} else {
			size = len(s.S)*3/4 + 3
		}
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
	out := make([]byte, size)
	n, _ := EncodeInto(out, s, enc)
	return out[:n]
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

// decodeHexLenient decodes pairs of hex digits until the first invalid pair
// or until dst is full; an odd last digit is dropped.
func decodeHexLenient(dst, src []byte) int {
	n, i := 0, 0
	// eight digits at a time while they are all valid
	for ; i+8 <= len(src) && n+4 <= len(dst); i, n = i+8, n+4 {
		s := src[i : i+8 : i+8]
		a, b, c, d := hexVal[s[0]], hexVal[s[1]], hexVal[s[2]], hexVal[s[3]]
		e, f, g, h := hexVal[s[4]], hexVal[s[5]], hexVal[s[6]], hexVal[s[7]]
		if a|b|c|d|e|f|g|h > 15 {
			break
		}
		o := dst[n : n+4 : n+4]
		o[0], o[1], o[2], o[3] = a<<4|b, c<<4|d, e<<4|f, g<<4|h
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
