package querystring

import (
	"unicode/utf8"

	"github.com/isonode/isonode/nodeapi/buffer"
)

// This file holds the byte/char-level work of the module on UTF-16 code
// units (JS strings), so that lone surrogates survive untouched.

func unhex(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// DecodeURIComponent is ECMAScript's decodeURIComponent on UTF-16 code
// units; ok is false where it would throw URIError.
func DecodeURIComponent(s []uint16) (out []uint16, ok bool) {
	i := indexOf(s, '%')
	if i < 0 {
		return s, true
	}
	out = make([]uint16, 0, len(s))
	out = append(out, s[:i]...)
	for ; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			out = append(out, c)
			continue
		}
		b, good := hexByte(s, i)
		if !good {
			return nil, false
		}
		i += 2
		if b < 0x80 {
			out = append(out, uint16(b))
			continue
		}
		n := 0
		switch {
		case b&0xE0 == 0xC0:
			n = 2
		case b&0xF0 == 0xE0:
			n = 3
		case b&0xF8 == 0xF0:
			n = 4
		default:
			return nil, false
		}
		buf := [4]byte{b}
		for k := 1; k < n; k++ {
			if i+1 >= len(s) || s[i+1] != '%' {
				return nil, false
			}
			bb, good := hexByte(s, i+1)
			if !good || bb&0xC0 != 0x80 {
				return nil, false
			}
			buf[k] = bb
			i += 3
		}
		r, size := utf8.DecodeRune(buf[:n])
		if (r == utf8.RuneError && size <= 1) || size != n {
			return nil, false
		}
		out = appendRune16(out, r)
	}
	return out, true
}

func hexByte(s []uint16, i int) (byte, bool) {
	if i+2 >= len(s) {
		return 0, false
	}
	h, l := unhex(s[i+1]), unhex(s[i+2])
	if h < 0 || l < 0 {
		return 0, false
	}
	return byte(h<<4 | l), true
}

func indexOf(s []uint16, c uint16) int {
	for i, x := range s {
		if x == c {
			return i
		}
	}
	return -1
}

func appendRune16(out []uint16, r rune) []uint16 {
	if r >= 0x10000 {
		r -= 0x10000
		return append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
	}
	return append(out, uint16(r))
}

// UnescapeBytes is Node's querystring.unescapeBuffer: valid %XX escapes
// become their byte, everything else its low byte; '+' becomes a space when
// decodeSpaces is set.
func UnescapeBytes(s []uint16, decodeSpaces bool) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '+' && decodeSpaces {
			out = append(out, ' ')
			continue
		}
		if c == '%' {
			if b, ok := hexByte(s, i); ok {
				out = append(out, b)
				i += 2
				continue
			}
		}
		out = append(out, byte(c))
	}
	return out
}

// Unescape is Node's querystring.unescape: decodeURIComponent, or on
// malformed input the byte-wise fallback decoded as UTF-8.
func Unescape(s []uint16, decodeSpaces bool) []uint16 {
	if out, ok := DecodeURIComponent(s); ok {
		return out
	}
	return buffer.DecodeUTF8(UnescapeBytes(s, decodeSpaces), nil)
}

// escape set of encodeURIComponent: A-Z a-z 0-9 - _ . ! ~ * ' ( )
var noEscape [128]bool

func init() {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()" {
		noEscape[c] = true
	}
}

const hexUpper = "0123456789ABCDEF"

// Escape is encodeURIComponent on UTF-16 code units; ok is false on a lone
// surrogate (URIError: URI malformed).
func Escape(s []uint16) (out []byte, ok bool) {
	out = make([]byte, 0, len(s)+len(s)/2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			if noEscape[c] {
				out = append(out, byte(c))
			} else {
				out = append(out, '%', hexUpper[c>>4], hexUpper[c&15])
			}
			continue
		}
		r := rune(c)
		if c >= 0xD800 && c <= 0xDFFF {
			if c >= 0xDC00 || i+1 >= len(s) || s[i+1] < 0xDC00 || s[i+1] > 0xDFFF {
				return nil, false
			}
			r = 0x10000 + (rune(c)-0xD800)<<10 + rune(s[i+1]-0xDC00)
			i++
		}
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			out = append(out, '%', hexUpper[b>>4], hexUpper[b&15])
		}
	}
	return out, true
}
