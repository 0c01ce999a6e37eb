package util

import (
	"strings"

	"github.com/isonode/isonode/nodeapi/buffer"
)

// encodeUTF8 encodes UTF-16 code units as UTF-8; lone surrogates become
// U+FFFD, as the WHATWG encoder does.
func encodeUTF8(s []uint16) []byte {
	out := make([]byte, 0, len(s)+len(s)/2)
	for i := 0; i < len(s); i++ {
		r, n := decodeUnit(s, i)
		i += n - 1
		out = appendRune(out, r)
	}
	return out
}

// decodeUnit reads one code point at s[i]; n is the number of units used.
func decodeUnit(s []uint16, i int) (r rune, n int) {
	c := s[i]
	switch {
	case c >= 0xD800 && c <= 0xDBFF:
		if i+1 < len(s) && s[i+1] >= 0xDC00 && s[i+1] <= 0xDFFF {
			return (rune(c)-0xD800)<<10 + (rune(s[i+1]) - 0xDC00) + 0x10000, 2
		}
		return 0xFFFD, 1
	case c >= 0xDC00 && c <= 0xDFFF:
		return 0xFFFD, 1
	}
	return rune(c), 1
}

func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

func appendRune(out []byte, r rune) []byte {
	switch runeLen(r) {
	case 1:
		return append(out, byte(r))
	case 2:
		return append(out, 0xC0|byte(r>>6), 0x80|byte(r&0x3F))
	case 3:
		return append(out, 0xE0|byte(r>>12), 0x80|byte(r>>6&0x3F), 0x80|byte(r&0x3F))
	}
	return append(out, 0xF0|byte(r>>18), 0x80|byte(r>>12&0x3F), 0x80|byte(r>>6&0x3F), 0x80|byte(r&0x3F))
}

// encodeInto encodes as much of s as fits in dst without splitting a code
// point; it returns the UTF-16 units read and the bytes written.
func encodeInto(s []uint16, dst []byte) (read, written int) {
	for read < len(s) {
		r, n := decodeUnit(s, read)
		l := runeLen(r)
		if written+l > len(dst) {
			break
		}
		appendRune(dst[written:written], r)
		written += l
		read += n
	}
	return read, written
}

// normalizeLabel maps a WHATWG encoding label to the encodings this
// TextDecoder supports, or "" if unsupported.
func normalizeLabel(label string) string {
	switch strings.ToLower(strings.Trim(label, " \t\n\f\r")) {
	case "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8":
		return "utf-8"
	case "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le":
		return "utf-16le"
	case "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
		"iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252":
		return "windows-1252"
	}
	return ""
}

// decoder is one TextDecoder's state: bytes held back between streamed
// chunks and whether the BOM was already considered.
type decoder struct {
	enc       string
	fatal     bool
	ignoreBOM bool
	pending   []byte
	bomSeen   bool
}

// decode decodes in (after any pending bytes). With stream, an incomplete
// sequence at the end is kept for the next call. bad reports invalid data
// when the decoder is fatal.
func (d *decoder) decode(in []byte, stream bool) (out []uint16, bad bool) {
	buf := in
	if len(d.pending) > 0 {
		buf = append(append([]byte(nil), d.pending...), in...)
		d.pending = nil
	}
	switch d.enc {
	case "utf-16le":
		out, bad = d.utf16(buf, stream)
	case "windows-1252":
		// Node decodes its "windows-1252" as ISO-8859-1 (0x80 → U+0080).
		out = make([]uint16, len(buf))
		for i, c := range buf {
			out[i] = uint16(c)
		}
	default:
		out, bad = d.utf8(buf, stream)
	}
	if bad {
		d.pending = nil
		d.bomSeen = false
		return nil, true
	}
	if !d.bomSeen && len(out) > 0 {
		d.bomSeen = true
		if !d.ignoreBOM && d.enc != "windows-1252" && out[0] == 0xFEFF {
			out = out[1:]
		}
	}
	if !stream {
		d.bomSeen = false
	}
	return out, false
}

func (d *decoder) utf16(buf []byte, stream bool) ([]uint16, bool) {
	n := len(buf) / 2
	out := make([]uint16, 0, n+1)
	i := 0
	for ; i+1 < len(buf); i += 2 {
		c := uint16(buf[i]) | uint16(buf[i+1])<<8
		if c >= 0xD800 && c <= 0xDBFF {
			if i+3 < len(buf) {
				c2 := uint16(buf[i+2]) | uint16(buf[i+3])<<8
				if c2 >= 0xDC00 && c2 <= 0xDFFF {
					out = append(out, c, c2)
					i += 2
					continue
				}
			} else if stream {
				break
			}
			if d.fatal {
				return nil, true
			}
			out = append(out, 0xFFFD)
			continue
		}
		if c >= 0xDC00 && c <= 0xDFFF {
			if d.fatal {
				return nil, true
			}
			out = append(out, 0xFFFD)
			continue
		}
		out = append(out, c)
	}
	if i < len(buf) {
		if stream {
			d.pending = append([]byte(nil), buf[i:]...)
		} else {
			if d.fatal {
				return nil, true
			}
			out = append(out, 0xFFFD)
		}
	}
	return out, false
}

func (d *decoder) utf8(buf []byte, stream bool) ([]uint16, bool) {
	out := make([]uint16, 0, len(buf))
	for i := 0; i < len(buf); {
		if c := buf[i]; c < 0x80 {
			out = append(out, uint16(c))
			i++
			continue
		}
		r, size := buffer.DecodeRune(buf[i:])
		switch {
		case r >= 0x10000:
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		case r >= 0:
			out = append(out, uint16(r))
		case stream && buffer.UTF8Incomplete(buf[i:]) == len(buf)-i:
			// a sequence the next chunk may complete
			d.pending = append([]byte(nil), buf[i:]...)
			return out, false
		case d.fatal:
			return nil, true
		default:
			out = append(out, 0xFFFD)
		}
		i += size
	}
	return out, false
}
