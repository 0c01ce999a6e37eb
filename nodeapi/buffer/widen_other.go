//go:build !amd64

package buffer

// widenFast widens a prefix of src into dst with SIMD where the platform
// has it (see widen_amd64.go); here it does nothing.
func widenFast(dst []uint16, src []byte) int { return 0 }
