package buffer

import "unsafe"

// streamCopyAVX2 copies n bytes (n a positive multiple of 128) from src
// to dst, which is 32-byte aligned, with streaming stores.
//
//go:noescape
func streamCopyAVX2(dst, src *byte, n int)

// streamFence orders the streaming stores made so far before any later
// store: call it once the streamed result is complete, before anything
// else can see it.
func streamFence()

// streamCopy is copy(dst, src) with streaming stores (see stream.go) for
// the 32-byte aligned middle of dst. Call streamFence after the last one.
func streamCopy(dst, src []byte) int {
	n := min(len(dst), len(src))
	if !hasAVX2 || n < minStreamPart {
		return copy(dst, src[:n])
	}
	head := int(-uintptr(unsafe.Pointer(unsafe.SliceData(dst))) & 31)
	body := (n - head) &^ 127
	copy(dst[:head], src)
	streamCopyAVX2(&dst[head], &src[head], body)
	copy(dst[head+body:n], src[head+body:n])
	return n
}
