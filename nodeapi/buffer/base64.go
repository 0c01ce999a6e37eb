package buffer

import (
	"encoding/binary"

	simd "github.com/segmentio/asm/base64"
)

// Base64 encoding runs on github.com/segmentio/asm/base64 (AVX2 on
// amd64, NEON on arm64). Decoding follows Node's rules, looser than RFC
// 4648 (see decodeLenient): on amd64 an AVX2 kernel of our own
// (base64_amd64.s, about 1.3 times segmentio's speed) decodes each run of
// whole 64-byte blocks of one alphabet, and the Go loop decodeLenient
// takes over at a block with anything else in it (junk, padding, the
// tail) until the next group boundary; elsewhere segmentio's strict
// decoders are tried on the whole text first (base64_other.go), and
// decodeLenient decodes what they reject. FuzzBase64 and
// TestBase64Blocks check all of it against a per-character reference.

const (
	b64Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

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
	if url {
		simd.RawURLEncoding.Encode(dst, b)
	} else {
		simd.StdEncoding.Encode(dst, b)
	}
}

// simdBlock is the length of text the SIMD kernels decode at once (see
// decodeSIMD): shorter text is decoded by decodeLenient alone, which
// writes no byte past its output.
const simdBlock = 64

// decodeBase64New decodes src as Node does into new memory. An output of
// minStream bytes or more is written with streaming stores (stream.go).
func decodeBase64New(src []byte, url bool) []byte {
	out := makeNoZero(len(src)*3/4 + 3)
	n := decodeBase64(out, src, url, len(out) >= minStream)
	return out[:n:n]
}

// decodeBase64 decodes src as Node does (see decodeLenient) into dst,
// which must hold len(src)*3/4+3 bytes, and returns the length. url says
// which alphabet to try first; both are accepted. It may write anywhere in
// dst, past the decoded bytes too. stream asks for streaming stores where
// the SIMD kernel can use them (dst must then be fresh memory).
func decodeBase64(dst, src []byte, url, stream bool) int {
	alpha := 0
	if url {
		alpha = 1
	}
	if n, ok := decodeStrict(dst, src, alpha); ok {
		return n
	}
	n, i := 0, 0
	for {
		d, s := decodeSIMD(dst[n:], src[i:], alpha, stream)
		if s == 0 {
			// the next block may be of the other alphabet
			d, s = decodeSIMD(dst[n:], src[i:], alpha^1, stream)
			if s > 0 {
				alpha ^= 1
			}
		}
		n, i = n+d, i+s
		// the block at i holds a character outside the alphabet (or is
		// the tail): decode past it, to a group boundary
		d, s, end := decodeLenient(dst[n:], src[i:], simdBlock)
		n, i = n+d, i+s
		if end {
			if stream {
				streamFence()
			}
			return n
		}
	}
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

// decodeBase64Lenient decodes base64 or base64url as Node does (see
// decodeLenient) into dst, which must hold len(src)*3/4+3 bytes, and
// returns the length.
func decodeBase64Lenient(dst, src []byte) int {
	n, _, _ := decodeLenient(dst, src, len(src))
	return n
}

// decodeLenient decodes base64 or base64url as Node does: characters
// outside both alphabets are skipped, '=' ends the data, and a trailing
// partial group yields the whole bytes it holds. It stops early, with end
// false, at the first group boundary from src[stop] on; otherwise at the
// end of src or at a '=', with end true. It returns the bytes written to
// dst (which must hold len(src)*3/4+3) and the characters read.
func decodeLenient(dst, src []byte, stop int) (n, i int, end bool) {
	var acc uint32
	k := 0
	for i < len(src) {
		if k == 0 {
			if i >= stop {
				return n, i, false
			}
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
	return n, i, true
}
