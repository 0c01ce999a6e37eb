#include "textflag.h"

// func widenAVX2(dst *uint16, src *byte, n int)
// Zero-extends n bytes (n a positive multiple of 32) to n uint16s.
TEXT ·widenAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

loop:
	VPMOVZXBW (SI), Y0
	VPMOVZXBW 16(SI), Y1
	VMOVDQU   Y0, (DI)
	VMOVDQU   Y1, 32(DI)
	ADDQ      $32, SI
	ADDQ      $64, DI
	SUBQ      $32, CX
	JNZ       loop
	VZEROUPPER
	RET

// func widenStreamAVX2(dst *uint16, src *byte, n int)
// widenAVX2 with non-temporal stores: dst must be 32-byte aligned. The
// caller fences (streamFence).
TEXT ·widenStreamAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

sloop:
	VPMOVZXBW (SI), Y0
	VPMOVZXBW 16(SI), Y1
	VMOVNTDQ  Y0, (DI)
	VMOVNTDQ  Y1, 32(DI)
	ADDQ      $32, SI
	ADDQ      $64, DI
	SUBQ      $32, CX
	JNZ       sloop
	VZEROUPPER
	RET
