package string_decoder

import (
	"github.com/isonode/isonode/nodeapi/buffer"
)

// Decoder is a streaming decoder: bytes go in by chunks, whole characters
// come out; a character split across chunks is held until it completes.
// Its rules follow Node v20's StringDecoder, except that UTF-8 decodes as
// buffer.DecodeUTF8 does (encoded surrogates are code units, as in v0.10).
type Decoder struct {
	Enc buffer.Encoding
	// last holds the bytes of an incomplete character; need is how many
	// more it wants and total its full size (Node's lastChar, lastNeed,
	// lastTotal).
	last  [4]byte
	have  int
	need  int
	total int
}

// NewDecoder returns a Decoder for enc.
func NewDecoder(enc buffer.Encoding) *Decoder { return &Decoder{Enc: enc} }

// Pending returns Node's lastNeed, lastTotal and the held bytes.
func (d *Decoder) Pending() (need, total int, held []byte) {
	return d.need, d.total, d.last[:d.have]
}

func (d *Decoder) reset() { d.have, d.need, d.total = 0, 0, 0 }

// Write decodes chunk and returns the complete characters as UTF-16 code
// units (or nil when there are none).
func (d *Decoder) Write(chunk []byte) []uint16 {
	switch d.Enc {
	case buffer.UTF8:
		return d.writeUTF8(chunk, nil)
	case buffer.UCS2:
		return d.writeUTF16(chunk, nil)
	case buffer.Base64, buffer.Base64URL:
		return d.writeBase64(chunk)
	}
	return toU16(buffer.Decode(chunk, d.Enc))
}

// End returns what is left as a string: U+FFFD for an incomplete UTF-8
// character, the held code units for UTF-16, padded base64. The decoder is
// then reset.
func (d *Decoder) End() []uint16 {
	defer d.reset()
	if d.have == 0 {
		return nil
	}
	switch d.Enc {
	case buffer.UTF8:
		return []uint16{0xFFFD}
	case buffer.UCS2:
		return toU16(buffer.Decode(d.last[:d.total-d.need], buffer.UCS2))
	case buffer.Base64, buffer.Base64URL:
		return toU16(buffer.Decode(d.last[:d.have], d.Enc))
	}
	return nil
}

func toU16(dec buffer.Decoded) []uint16 {
	if dec.IsU16 {
		return dec.U16
	}
	if dec.Str == "" {
		return nil
	}
	u := make([]uint16, len(dec.Str))
	for i := 0; i < len(dec.Str); i++ {
		u[i] = uint16(dec.Str[i])
	}
	return u
}

func utf8SeqLen(c byte) int {
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

// validPrefix reports whether b (starting with a lead byte) is a prefix of
// a sequence buffer.DecodeUTF8 decodes (encoded surrogates included).
func validPrefix(b []byte) bool {
	if len(b) < 2 {
		return true
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch b[0] {
	case 0xE0:
		lo = 0xA0
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if b[1] < lo || b[1] > hi {
		return false
	}
	for _, c := range b[2:] {
		if c < 0x80 || c > 0xBF {
			return false
		}
	}
	return true
}

func (d *Decoder) writeUTF8(chunk []byte, out []uint16) []uint16 {
	i := 0
	if d.have > 0 {
		for d.need > 0 && i < len(chunk) {
			d.last[d.have] = chunk[i]
			if !validPrefix(d.last[:d.have+1]) {
				// the held prefix can never complete: one U+FFFD for it,
				// and the byte is decoded afresh below
				out = append(out, 0xFFFD)
				d.reset()
				break
			}
			d.have++
			d.need--
			i++
		}
		if d.have > 0 {
			if d.need > 0 {
				return out
			}
			out = buffer.DecodeUTF8(d.last[:d.have], out)
			d.reset()
		}
	}
	rest := chunk[i:]
	k := buffer.UTF8IncompleteCESU(rest)
	if out == nil && k == 0 {
		return buffer.DecodeUTF8(rest, nil)
	}
	out = buffer.DecodeUTF8(rest[:len(rest)-k], out)
	if k > 0 {
		copy(d.last[:], rest[len(rest)-k:])
		d.have = k
		d.total = utf8SeqLen(rest[len(rest)-k])
		d.need = d.total - k
	}
	return out
}

func (d *Decoder) writeUTF16(chunk []byte, out []uint16) []uint16 {
	i := 0
	if d.have > 0 {
		for d.need > 0 && i < len(chunk) {
			d.last[d.have] = chunk[i]
			d.have++
			d.need--
			i++
		}
		if d.need > 0 {
			return out
		}
		out = append(out, toU16(buffer.Decode(d.last[:d.total], buffer.UCS2))...)
		d.reset()
	}
	rest := chunk[i:]
	if len(rest)%2 == 1 {
		out = append(out, toU16(buffer.Decode(rest[:len(rest)-1], buffer.UCS2))...)
		d.last[0] = rest[len(rest)-1]
		d.have, d.need, d.total = 1, 1, 2
		return out
	}
	if n := len(rest); n >= 2 {
		if c := uint16(rest[n-2]) | uint16(rest[n-1])<<8; c >= 0xD800 && c <= 0xDBFF {
			out = append(out, toU16(buffer.Decode(rest[:n-2], buffer.UCS2))...)
			d.last[0], d.last[1] = rest[n-2], rest[n-1]
			d.have, d.need, d.total = 2, 2, 4
			return out
		}
	}
	return append(out, toU16(buffer.Decode(rest, buffer.UCS2))...)
}

func (d *Decoder) writeBase64(chunk []byte) []uint16 {
	var out []uint16
	i := 0
	if d.have > 0 {
		for d.need > 0 && i < len(chunk) {
			d.last[d.have] = chunk[i]
			d.have++
			d.need--
			i++
		}
		if d.need > 0 {
			return nil
		}
		out = toU16(buffer.Decode(d.last[:3], d.Enc))
		d.reset()
	}
	rest := chunk[i:]
	n := len(rest) % 3
	out = append(out, toU16(buffer.Decode(rest[:len(rest)-n], d.Enc))...)
	if n > 0 {
		copy(d.last[:], rest[len(rest)-n:])
		d.have, d.need, d.total = n, 3-n, 3
	}
	return out
}
