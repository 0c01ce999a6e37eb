//go:build !amd64

package buffer

// streamCopy is copy(dst, src): streaming stores (see stream.go) are used
// only on amd64.
func streamCopy(dst, src []byte) int { return copy(dst, src) }

// streamFence does nothing where streamCopy does not stream.
func streamFence() {}
