#include "textflag.h"

// Base64 decoding with AVX2, 32 characters per register: each character
// c is split into hi = c>>4 and lo = c&15; a table lookup (VPSHUFB) by
// each tells whether c is in the alphabet (see b64Table: VPTEST's carry
// flag is the test; the lookup by lo indexes with c itself, and a c of
// 0x80 or more looks up 0, which no hi accepts), a third by hi gives what
// c adds to become its 6-bit value (the one character whose hi holds
// characters of another offset looks up slot 0 instead); VPMADDUBSW and
// VPMADDWD then merge four values into the three bytes of a 32-bit word,
// and a VPSHUFB puts those bytes in order at the bottom of each 16-byte
// lane.

// SETUP loads the arguments and the table: Y14 lo, Y13 hi, Y11 roll, Y12
// the exception character, Y15 0x0f, Y8 the packing shuffle. BX counts
// the text decoded.
#define SETUP \
	MOVQ dst+0(FP), DI; \
	MOVQ src+8(FP), SI; \
	MOVQ n+16(FP), CX; \
	MOVQ t+24(FP), AX; \
	XORQ BX, BX; \
	VBROADCASTI128 0(AX), Y14; \
	VBROADCASTI128 16(AX), Y13; \
	VBROADCASTI128 32(AX), Y11; \
	VPBROADCASTB 48(AX), Y12; \
	VPBROADCASTB 49(AX), Y15; \
	VBROADCASTI128 b64pack<>(SB), Y8

// DECODE2(off, fail) decodes the 64 characters at off(SI) into Y0 and Y1
// (12 bytes at the bottom of each lane), or jumps to fail when one is
// outside the alphabet. It uses Y0-Y7.
#define DECODE2(off, fail) \
	VMOVDQU off(SI), Y0; \
	VMOVDQU off+32(SI), Y1; \
	VPSRLD $4, Y0, Y2; \
	VPSRLD $4, Y1, Y3; \
	VPAND Y15, Y2, Y2; \
	VPAND Y15, Y3, Y3; \
	VPSHUFB Y0, Y14, Y4; \
	VPSHUFB Y1, Y14, Y5; \
	VPSHUFB Y2, Y13, Y6; \
	VPSHUFB Y3, Y13, Y7; \
	VPTEST Y6, Y4; \
	JCC fail; \
	VPTEST Y7, Y5; \
	JCC fail; \
	VPCMPEQB Y12, Y0, Y5; \
	VPCMPEQB Y12, Y1, Y6; \
	VPANDN Y2, Y5, Y2; \
	VPANDN Y3, Y6, Y3; \
	VPSHUFB Y2, Y11, Y2; \
	VPSHUFB Y3, Y11, Y3; \
	VPADDB Y2, Y0, Y0; \
	VPADDB Y3, Y1, Y1; \
	VPMADDUBSW b64madd1<>(SB), Y0, Y0; \
	VPMADDUBSW b64madd1<>(SB), Y1, Y1; \
	VPMADDWD b64madd2<>(SB), Y0, Y0; \
	VPMADDWD b64madd2<>(SB), Y1, Y1; \
	VPSHUFB Y8, Y0, Y0; \
	VPSHUFB Y8, Y1, Y1

// func decodeB64AVX2(dst, src *byte, n int, t *b64Table) int
// Each 64 characters give 48 bytes, stored 16 at a time (the last store
// reaches 4 bytes past them).
TEXT ·decodeB64AVX2(SB), NOSPLIT, $0-40
	SETUP

loop:
	CMPQ         BX, CX
	JEQ          done
	DECODE2(0, done)
	VMOVDQU      X0, (DI)
	VEXTRACTI128 $1, Y0, 12(DI)
	VMOVDQU      X1, 24(DI)
	VEXTRACTI128 $1, Y1, 36(DI)
	ADDQ         $64, SI
	ADDQ         $48, DI
	ADDQ         $64, BX
	JMP          loop

done:
	MOVQ       BX, ret+32(FP)
	VZEROUPPER
	RET

// func decodeB64StreamAVX2(dst, src *byte, n int, t *b64Table) int
// Each 128 characters give 96 bytes: VPERMD and VPBLENDD gather them into
// three registers, stored whole (dst is 32-byte aligned) with streaming
// stores. When the second 64 characters are not all in the alphabet, the
// first 48 bytes are completed and counted.
TEXT ·decodeB64StreamAVX2(SB), NOSPLIT, $0-40
	SETUP

loop:
	CMPQ     BX, CX
	JEQ      done
	DECODE2(0, done)
	VMOVDQU  b64permA<>(SB), Y2
	VPERMD   Y0, Y2, Y0
	VMOVDQU  b64permB<>(SB), Y2
	VPERMD   Y1, Y2, Y10
	VPBLENDD $0xc0, Y10, Y0, Y0
	VMOVNTDQ Y0, (DI)
	DECODE2(64, half)
	VMOVDQU  b64permC<>(SB), Y2
	VPERMD   Y0, Y2, Y0
	VPBLENDD $0xf0, Y0, Y10, Y10
	VMOVNTDQ Y10, 32(DI)
	VMOVDQU  b64permD<>(SB), Y2
	VPERMD   Y1, Y2, Y1
	VPBLENDD $0xfc, Y1, Y0, Y0
	VMOVNTDQ Y0, 64(DI)
	ADDQ     $128, SI
	ADDQ     $96, DI
	ADDQ     $128, BX
	JMP      loop

half:
	VMOVNTDQ X10, 32(DI)
	ADDQ     $64, BX

done:
	MOVQ       BX, ret+32(FP)
	VZEROUPPER
	RET

// b64pack takes bytes 2, 1, 0 of each 32-bit word, then zeros.
// b64permA-D gather the 12 bytes at the bottom of each lane of four
// registers (dwords 0-2 and 4-6) into three: A and B the first, B and C
// the second, C and D the third.
// b64madd1 and b64madd2 merge 6-bit values: a<<6|b in 16 bits, then
// ab<<12|cd in 32.
DATA b64pack<>+0(SB)/8, $0x090a040506000102
DATA b64pack<>+8(SB)/8, $0x808080800c0d0e08
GLOBL b64pack<>(SB), RODATA|NOPTR, $16

DATA b64permA<>+0(SB)/8, $0x0000000100000000
DATA b64permA<>+8(SB)/8, $0x0000000400000002
DATA b64permA<>+16(SB)/8, $0x0000000600000005
DATA b64permA<>+24(SB)/8, $0x0000000700000007
GLOBL b64permA<>(SB), RODATA|NOPTR, $32

DATA b64permB<>+0(SB)/8, $0x0000000400000002
DATA b64permB<>+8(SB)/8, $0x0000000600000005
DATA b64permB<>+16(SB)/8, $0x0000000000000000
DATA b64permB<>+24(SB)/8, $0x0000000100000000
GLOBL b64permB<>(SB), RODATA|NOPTR, $32

DATA b64permC<>+0(SB)/8, $0x0000000600000005
DATA b64permC<>+8(SB)/8, $0x0000000000000000
DATA b64permC<>+16(SB)/8, $0x0000000100000000
DATA b64permC<>+24(SB)/8, $0x0000000400000002
GLOBL b64permC<>(SB), RODATA|NOPTR, $32

DATA b64permD<>+0(SB)/8, $0x0000000000000000
DATA b64permD<>+8(SB)/8, $0x0000000100000000
DATA b64permD<>+16(SB)/8, $0x0000000400000002
DATA b64permD<>+24(SB)/8, $0x0000000600000005
GLOBL b64permD<>(SB), RODATA|NOPTR, $32

DATA b64madd1<>+0(SB)/8, $0x0140014001400140
DATA b64madd1<>+8(SB)/8, $0x0140014001400140
DATA b64madd1<>+16(SB)/8, $0x0140014001400140
DATA b64madd1<>+24(SB)/8, $0x0140014001400140
GLOBL b64madd1<>(SB), RODATA|NOPTR, $32

DATA b64madd2<>+0(SB)/8, $0x0001100000011000
DATA b64madd2<>+8(SB)/8, $0x0001100000011000
DATA b64madd2<>+16(SB)/8, $0x0001100000011000
DATA b64madd2<>+24(SB)/8, $0x0001100000011000
GLOBL b64madd2<>(SB), RODATA|NOPTR, $32

