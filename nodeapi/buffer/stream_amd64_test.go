package buffer

import "testing"

// TestStreamNoAVX2 runs the streaming tests as on a CPU without AVX2.
func TestStreamNoAVX2(t *testing.T) {
	defer func(v bool) { hasAVX2 = v }(hasAVX2)
	hasAVX2 = false
	t.Run("copy", testStreamCopy)
	t.Run("widen", testWidenLatin1Stream)
}
