package buffer

import "golang.org/x/sys/cpu"

// widenAVX2 zero-extends n bytes at src (n a positive multiple of 32) to
// n code units at dst.
//
//go:noescape
func widenAVX2(dst *uint16, src *byte, n int)

var hasAVX2 = cpu.X86.HasAVX2

// widenFast widens a prefix of src into dst (as long) with SIMD and
// returns its length; widenLatin1 does the rest.
func widenFast(dst []uint16, src []byte) int {
	n := len(src) &^ 31
	if !hasAVX2 || n == 0 {
		return 0
	}
	_ = dst[n-1]
	widenAVX2(&dst[0], &src[0], n)
	return n
}
