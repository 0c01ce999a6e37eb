package buffer

import (
	"bytes"
	"encoding/binary"

	simd "github.com/segmentio/asm/base64"
)

// Base64 runs on github.com/segmentio/asm/base64 (AVX2 on amd64, NEON on
// arm64, encoding/base64 elsewhere and for short tails): about six times
// the speed of a table-driven Go loop. Node's decoding rules are looser
// than RFC 4648 (see decodeBase64Lenient), so decoding tries the strict
// SIMD decoder first and falls back to the lenient Go loop when the strict
// one rejects the input; whenever the strict decoder accepts, both give
// the same bytes (FuzzBase64 checks this).

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

// strictB64[url][raw] are the strict decoders decodeBase64 tries: the
// alphabet, and padded (raw = false) or not.
var strictB64 = [2][2]*simd.Encoding{
	{simd.StdEncoding, simd.RawStdEncoding},
	{simd.URLEncoding, simd.RawURLEncoding},
}

// minSIMDBase64 is the text length from which decoding tries the SIMD
// kernels, which start at 45 characters.
const minSIMDBase64 = 64

// decodeBase64New decodes src as Node does into new memory.
func decodeBase64New(src []byte, url bool) []byte {
	out := makeNoZero(len(src)*3/4 + 3)
	n := decodeBase64(out, src, url)
	return out[:n:n]
}

// decodeBase64 decodes src as Node does (see decodeBase64Lenient) into
// dst, which must hold len(src)*3/4+3 bytes, and returns the length. url
// says which alphabet to try first; both are accepted. It may write
// anywhere in dst, past the decoded bytes too (the SIMD kernels store 32
// bytes for 24).
func decodeBase64(dst, src []byte, url bool) int {
	raw := 0
	if len(src)%4 != 0 {
		raw = 1 // unpadded, or not clean: the strict decoders then fail
	}
	alpha := 0
	if url {
		alpha = 1
	}
	if n, err := strictB64[alpha][raw].Decode(dst, src); err == nil {
		return n
	}
	// the other alphabet, if the text has a character only it has
	only := b64URL[62:]
	if url {
		only = b64Std[62:]
	}
	if bytes.IndexByte(src, only[0]) >= 0 || bytes.IndexByte(src, only[1]) >= 0 {
		if n, err := strictB64[alpha^1][raw].Decode(dst, src); err == nil {
			return n
		}
	}
	return decodeBase64Lenient(dst, src)
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
