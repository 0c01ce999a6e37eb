package buffer

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// widenAVX2 zero-extends n bytes at src (n a positive multiple of 32) to
// n code units at dst.
//
//go:noescape
func widenAVX2(dst *uint16, src *byte, n int)

// widenStreamAVX2 is widenAVX2 with streaming stores (see stream.go); dst
// must be 32-byte aligned.
//
//go:noescape
func widenStreamAVX2(dst *uint16, src *byte, n int)

var hasAVX2 = cpu.X86.HasAVX2

// widenFast widens a prefix of src into dst (as long) with SIMD and
// returns its length; widenLatin1 does the rest. From minStream bytes of
// output it streams, as dst is fresh memory.
func widenFast(dst []uint16, src []byte) int {
	n := len(src) &^ 31
	if !hasAVX2 || n == 0 {
		return 0
	}
	_ = dst[n-1]
	if 2*len(src) < minStream {
		widenAVX2(&dst[0], &src[0], n)
		return n
	}
	// a head of up to 15 units brings dst to a 32-byte boundary
	head := int(-uintptr(unsafe.Pointer(&dst[0]))&31) / 2
	for i := range head {
		dst[i] = uint16(src[i])
	}
	n = head + (len(src)-head)&^31
	widenStreamAVX2(&dst[head], &src[head], n-head)
	streamFence()
	return n
}
