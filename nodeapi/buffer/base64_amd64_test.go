package buffer

import (
	"encoding/base64"
	"testing"
	"unsafe"
)

// TestDecodeSIMDReach checks that the SIMD kernels decode all but the
// last blocks of clean text into a dst of the size decodeBase64 is given,
// with and without streaming, in either alphabet; and nothing of text
// whose first block has a character of the other alphabet.
func TestDecodeSIMDReach(t *testing.T) {
	var tab b64Table
	if unsafe.Offsetof(tab.hi) != 16 || unsafe.Offsetof(tab.roll) != 32 || unsafe.Offsetof(tab.exc) != 48 || unsafe.Offsetof(tab.nib) != 49 {
		t.Fatal("b64Table's layout differs from what base64_amd64.s reads")
	}
	if !hasAVX2 {
		t.Skip("no AVX2")
	}
	data := make([]byte, 3000)
	for i := range data {
		data[i] = byte(i*131 + 7)
	}
	for alpha, e := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
		for _, n := range []int{48, 96, 1000, 3000} {
			src := []byte(e.EncodeToString(data[:n]))
			buf := make([]byte, len(src)*3/4+3+32)
			dst := buf[int(-uintptr(unsafe.Pointer(&buf[0]))&31):][:len(src)*3/4+3]
			for _, stream := range []bool{false, true} {
				d, s := decodeSIMD(dst, src, alpha, stream)
				streamFence()
				if s > len(src) || len(src)-s >= 2*simdBlock || d != s/4*3 {
					t.Errorf("alpha %d, %d bytes, stream %v: decoded %d of %d into %d", alpha, n, stream, s, len(src), d)
				}
				if _, s := decodeSIMD(dst, src, alpha^1, stream); s != 0 {
					t.Errorf("alpha %d, %d bytes, stream %v: the other alphabet decoded %d", alpha, n, stream, s)
				}
			}
		}
	}
}

// TestBase64NoAVX2 decodes as on a CPU without AVX2.
func TestBase64NoAVX2(t *testing.T) {
	defer func(v bool) { hasAVX2 = v }(hasAVX2)
	hasAVX2 = false
	TestBase64(t)
	TestBase64Blocks(t)
}
