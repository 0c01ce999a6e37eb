package buffer

import (
	"strings"
	"unsafe"
)

// Fresh memory that is overwritten whole at once need not be cleared
// first: clearing a 1 MiB result is one more pass over cold memory, a
// large share of what the SIMD codecs take.
// Go offers no such allocation directly, but strings.Builder.Grow makes
// its buffer without clearing it (bytealg.MakeNoZero), and String() views
// that buffer; makeNoZero takes the buffer through that view.
// noZeroWorks checks at start-up that String() still shares the buffer;
// if a Go release changes that, makeNoZero clears as make does (and
// TestMakeNoZero fails, so the change is noticed).

var noZeroWorks = func() bool {
	var sb strings.Builder
	sb.Grow(64)
	sb.WriteByte('a')
	p := unsafe.StringData(sb.String())
	sb.WriteByte('b')
	return unsafe.StringData(sb.String()) == p && sb.Cap() >= 64
}()

// minNoZero is the size from which skipping the clearing pays: below
// it (Go's small objects) make is as fast or faster.
const minNoZero = 32 << 10

// makeNoZero returns a new slice of n bytes whose contents are
// unspecified: the caller must overwrite all of them.
func makeNoZero(n int) []byte {
	if !noZeroWorks || n < minNoZero {
		return make([]byte, n)
	}
	var sb strings.Builder
	sb.Grow(n)
	sb.WriteByte(0)
	return unsafe.Slice(unsafe.StringData(sb.String()), n)
}

// makeU16NoZero is makeNoZero for n UTF-16 code units.
func makeU16NoZero(n int) []uint16 {
	if 2*n < minNoZero {
		return make([]uint16, n)
	}
	b := makeNoZero(2 * n)
	return unsafe.Slice((*uint16)(unsafe.Pointer(unsafe.SliceData(b))), n)
}
