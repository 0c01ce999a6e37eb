package buffer

import "unsafe"

// decodeB64AVX2 decodes whole 64-byte blocks of base64 text at src, of
// the alphabet t describes, to dst: n bytes (a multiple of 64) or up to
// the first block with a character outside the alphabet. It returns the
// bytes of text decoded; each block of 64 gives 48 bytes, and dst must
// have 4 bytes of room past them.
//
//go:noescape
func decodeB64AVX2(dst, src *byte, n int, t *b64Table) int

// decodeB64StreamAVX2 is decodeB64AVX2 with streaming stores (see
// stream.go), n a multiple of 128 and dst 32-byte aligned; it writes
// nothing past the bytes it decodes. The caller fences (streamFence).
//
//go:noescape
func decodeB64StreamAVX2(dst, src *byte, n int, t *b64Table) int

// b64Table holds a base64 alphabet's constants for the AVX2 kernels, which
// take each character c apart as hi = c>>4 and lo = c&15. The kernels
// read the fields at offsets 0, 16, 32, 48 and 49.
type b64Table struct {
	// c is in the alphabet when hi[c>>4]&^lo[c&15] == 0 (and c < 0x80):
	// hi gives each high nibble one bit for its set of valid low nibbles,
	// lo the bits of the sets it is in.
	lo, hi [16]byte
	// roll[c>>4] is what c adds to become its value, roll[0] that of exc,
	// the one character whose high nibble holds another offset.
	roll [16]byte
	exc  byte
	nib  byte // 0x0f
}

func newB64Table(alpha string, exc byte) (t b64Table) {
	t.exc, t.nib = exc, 0x0f
	var valid [256]bool
	for _, c := range []byte(alpha) {
		valid[c] = true
	}
	var sets []uint16
	for h := range 16 {
		var ok uint16
		for l := range 16 {
			if valid[h<<4|l] {
				ok |= 1 << l
			}
		}
		k := 0
		for k < len(sets) && sets[k] != ok {
			k++
		}
		if k == len(sets) {
			sets = append(sets, ok)
		}
		t.hi[h] = 1 << k
		for l := range 16 {
			if ok&(1<<l) != 0 {
				t.lo[l] |= 1 << k
			}
		}
	}
	for v, c := range []byte(alpha) {
		i := c >> 4
		if c == exc {
			i = 0
		}
		t.roll[i] = byte(v) - c
	}
	return t
}

// b64Tables are the tables of the standard and the URL alphabet.
var b64Tables = [2]b64Table{newB64Table(b64Std, '/'), newB64Table(b64URL, '_')}

// decodeStrict does nothing on amd64, where decodeSIMD does the work.
func decodeStrict(dst, src []byte, alpha int) (int, bool) { return 0, false }

// decodeSIMD decodes a prefix of src, whole blocks of the alphabet
// b64Tables[alpha] (simdBlock characters each), to dst (which must hold
// len(src)*3/4+3 bytes) and returns the bytes written and read. stream
// asks for streaming stores; the caller fences.
func decodeSIMD(dst, src []byte, alpha int, stream bool) (d, s int) {
	if !hasAVX2 {
		return 0, 0
	}
	t := &b64Tables[alpha]
	if stream && uintptr(unsafe.Pointer(unsafe.SliceData(dst)))&31 == 0 {
		if n := min(len(src)/128, len(dst)/96) * 128; n > 0 {
			s = decodeB64StreamAVX2(&dst[0], &src[0], n, t)
			if s < n {
				return s / 4 * 3, s
			}
		}
	}
	if n := min((len(src)-s)/64, (len(dst)-s/4*3-4)/48) * 64; n > 0 {
		s += decodeB64AVX2(&dst[s/4*3], &src[s], n, t)
	}
	return s / 4 * 3, s
}
