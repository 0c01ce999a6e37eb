package buffer

import "encoding/binary"

// Base64 works on several bytes per step with lookup tables: a
// character-at-a-time loop is what made it slow.

const (
	b64Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// b64Pairs[url][v] is the two characters for the 12-bit value v, the first
// one in the low byte.
var b64Pairs = func() (t [2][4096]uint16) {
	for k, alpha := range [2]string{b64Std, b64URL} {
		for v := range t[k] {
			t[k][v] = uint16(alpha[v>>6]) | uint16(alpha[v&63])<<8
		}
	}
	return
}()

// base64Len is the length of n bytes in base64 (padded) or base64url
// (unpadded).
func base64Len(n int, url bool) int {
	if url {
		return (n*8 + 5) / 6
	}
	return (n + 2) / 3 * 4
}

// encodeBase64 writes b in base64 or base64url to dst, which is
// base64Len(len(b), url) long.
func encodeBase64(dst, b []byte, url bool) {
	alpha, pairs, pad := b64Std, &b64Pairs[0], true
	if url {
		alpha, pairs, pad = b64URL, &b64Pairs[1], false
	}
	i, j := 0, 0
	// twelve input bytes (read as two overlapping eights) make sixteen
	// output characters
	for in, out := b, dst; len(in) >= 14 && len(out) >= 16; in, out = in[12:], out[16:] {
		binary.LittleEndian.PutUint64(out, b64Eight(pairs, binary.BigEndian.Uint64(in)))
		binary.LittleEndian.PutUint64(out[8:], b64Eight(pairs, binary.BigEndian.Uint64(in[6:])))
		i, j = i+12, j+16
	}
	for ; i+3 <= len(b); i, j = i+3, j+4 {
		x := uint(b[i])<<16 | uint(b[i+1])<<8 | uint(b[i+2])
		binary.LittleEndian.PutUint16(dst[j:], pairs[x>>12])
		binary.LittleEndian.PutUint16(dst[j+2:], pairs[x&0xfff])
	}
	switch len(b) - i {
	case 1:
		x := b[i]
		dst[j], dst[j+1] = alpha[x>>2], alpha[x&3<<4]
		if pad {
			dst[j+2], dst[j+3] = '=', '='
		}
	case 2:
		x := uint(b[i])<<8 | uint(b[i+1])
		dst[j], dst[j+1], dst[j+2] = alpha[x>>10], alpha[x>>4&63], alpha[x&15<<2]
		if pad {
			dst[j+3] = '='
		}
	}
}

// b64Eight returns the eight characters (first in the low byte) for the
// top 48 bits of x.
func b64Eight(pairs *[4096]uint16, x uint64) uint64 {
	return uint64(pairs[x>>52]) | uint64(pairs[x>>40&0xfff])<<16 |
		uint64(pairs[x>>28&0xfff])<<32 | uint64(pairs[x>>16&0xfff])<<48
}

// b64Dec[k][c] is the value of character c (either alphabet) shifted into
// place k of a group of four; characters outside both alphabets have bits
// above 24 set.
var b64Dec = func() (t [4][256]uint32) {
	for k := range t {
		for c := range t[k] {
			t[k][c] = 0xff000000
		}
		for v := 0; v < 64; v++ {
			t[k][b64Std[v]] = uint32(v) << (18 - 6*k)
			t[k][b64URL[v]] = uint32(v) << (18 - 6*k)
		}
	}
	return
}()

// decodeBase64Lenient decodes base64 or base64url as Node does: characters
// outside both alphabets are skipped, '=' ends the data, and a trailing
// partial group yields the whole bytes it holds. dst must hold
// len(src)*3/4+3 bytes.
func decodeBase64Lenient(dst, src []byte) int {
	n, i := 0, 0
	var acc uint32
	k := 0
	for i < len(src) {
		if k == 0 {
			// whole groups of alphabet characters, sixteen then four at a time
			for ; i+16 <= len(src); i, n = i+16, n+12 {
				s := src[i : i+16 : i+16]
				x := b64Dec[0][s[0]] | b64Dec[1][s[1]] | b64Dec[2][s[2]] | b64Dec[3][s[3]]
				y := b64Dec[0][s[4]] | b64Dec[1][s[5]] | b64Dec[2][s[6]] | b64Dec[3][s[7]]
				z := b64Dec[0][s[8]] | b64Dec[1][s[9]] | b64Dec[2][s[10]] | b64Dec[3][s[11]]
				w := b64Dec[0][s[12]] | b64Dec[1][s[13]] | b64Dec[2][s[14]] | b64Dec[3][s[15]]
				if (x | y | z | w) >= 1<<24 {
					break
				}
				d := dst[n : n+12 : n+12]
				binary.BigEndian.PutUint64(d, uint64(x)<<40|uint64(y)<<16|uint64(z)>>8)
				binary.BigEndian.PutUint32(d[8:], z<<24|w)
			}
			for ; i+4 <= len(src); i, n = i+4, n+3 {
				x := b64Dec[0][src[i]] | b64Dec[1][src[i+1]] | b64Dec[2][src[i+2]] | b64Dec[3][src[i+3]]
				if x >= 1<<24 {
					break
				}
				d := dst[n : n+3 : n+3]
				d[0], d[1], d[2] = byte(x>>16), byte(x>>8), byte(x)
			}
			if i == len(src) {
				break
			}
		}
		c := src[i]
		i++
		if c == '=' {
			break
		}
		v := b64Dec[3][c]
		if v >= 1<<24 {
			continue
		}
		acc = acc<<6 | v
		k++
		if k == 4 {
			dst[n], dst[n+1], dst[n+2] = byte(acc>>16), byte(acc>>8), byte(acc)
			n += 3
			acc, k = 0, 0
		}
	}
	switch k {
	case 2:
		dst[n] = byte(acc >> 4)
		n++
	case 3:
		dst[n] = byte(acc >> 10)
		dst[n+1] = byte(acc >> 2)
		n += 2
	}
	return n
}
