package crypto

import (
	"encoding/binary"
	"errors"
	"hash"
	"math/bits"
)

// sha0 is SHA-0 (FIPS 180, 1993), v0.10's "sha" digest: SHA-1 without the
// one-bit rotation in the message schedule. Go's library has no SHA-0.
type sha0 struct {
	h   [5]uint32
	buf [64]byte
	nb  int    // bytes in buf
	len uint64 // total bytes written
}

func newSHA0() hash.Hash { s := &sha0{}; s.Reset(); return s }

func (s *sha0) Reset() {
	s.h = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}
	s.nb, s.len = 0, 0
}

func (s *sha0) Size() int      { return 20 }
func (s *sha0) BlockSize() int { return 64 }

func (s *sha0) Write(p []byte) (int, error) {
	n := len(p)
	s.len += uint64(n)
	if s.nb > 0 {
		k := copy(s.buf[s.nb:], p)
		s.nb += k
		p = p[k:]
		if s.nb < 64 {
			return n, nil
		}
		s.block(s.buf[:])
		s.nb = 0
	}
	for len(p) >= 64 {
		s.block(p[:64])
		p = p[64:]
	}
	s.nb = copy(s.buf[:], p)
	return n, nil
}

func (s *sha0) Sum(b []byte) []byte {
	d := *s // Sum does not change the state
	var pad [72]byte
	pad[0] = 0x80
	padLen := 56 - int(d.len%64)
	if padLen <= 0 {
		padLen += 64
	}
	binary.BigEndian.PutUint64(pad[padLen:], d.len*8)
	_, _ = d.Write(pad[:padLen+8])
	for _, v := range d.h {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}

func (s *sha0) block(p []byte) {
	var w [80]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for i := 16; i < 80; i++ {
		w[i] = w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16] // SHA-1 rotates this left by 1
	}
	a, b, c, d, e := s.h[0], s.h[1], s.h[2], s.h[3], s.h[4]
	for i := 0; i < 80; i++ {
		var f, k uint32
		switch {
		case i < 20:
			f, k = (b&c)|(^b&d), 0x5A827999
		case i < 40:
			f, k = b^c^d, 0x6ED9EBA1
		case i < 60:
			f, k = (b&c)|(b&d)|(c&d), 0x8F1BBCDC
		default:
			f, k = b^c^d, 0xCA62C1D6
		}
		t := bits.RotateLeft32(a, 5) + f + e + k + w[i]
		a, b, c, d, e = t, a, bits.RotateLeft32(b, 30), c, d
	}
	s.h[0] += a
	s.h[1] += b
	s.h[2] += c
	s.h[3] += d
	s.h[4] += e
}

// MarshalBinary and UnmarshalBinary let Hash.copy() clone a SHA-0 state.
func (s *sha0) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, 20+64+8+1)
	for _, v := range s.h {
		out = binary.BigEndian.AppendUint32(out, v)
	}
	out = append(out, s.buf[:]...)
	out = binary.BigEndian.AppendUint64(out, s.len)
	return append(out, byte(s.nb)), nil
}

func (s *sha0) UnmarshalBinary(b []byte) error {
	if len(b) != 20+64+8+1 {
		return errors.New("sha0: bad state")
	}
	for i := range s.h {
		s.h[i] = binary.BigEndian.Uint32(b[4*i:])
	}
	copy(s.buf[:], b[20:84])
	s.len = binary.BigEndian.Uint64(b[84:])
	s.nb = int(b[92])
	return nil
}
