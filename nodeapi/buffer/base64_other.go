//go:build !amd64

package buffer

import simd "github.com/segmentio/asm/base64"

// strictB64[alpha][raw] are segmentio's strict decoders of an alphabet,
// padded (raw = 0) or not.
var strictB64 = [2][2]*simd.Encoding{
	{simd.StdEncoding, simd.RawStdEncoding},
	{simd.URLEncoding, simd.RawURLEncoding},
}

// decodeStrict decodes all of src with segmentio's strict decoder of the
// alphabet alpha or else of the other one (SIMD on arm64), if one accepts
// it. dst must hold len(src)*3/4+3 bytes.
func decodeStrict(dst, src []byte, alpha int) (int, bool) {
	if len(src) < simdBlock {
		return 0, false
	}
	raw := 0
	if len(src)%4 != 0 {
		raw = 1 // unpadded, or not clean: the strict decoders then fail
	}
	for _, a := range [2]int{alpha, alpha ^ 1} {
		if n, err := strictB64[a][raw].Decode(dst, src); err == nil {
			return n, true
		}
	}
	return 0, false
}

// decodeSIMD decodes nothing: only amd64 has block kernels.
func decodeSIMD(dst, src []byte, alpha int, stream bool) (d, s int) { return 0, 0 }
