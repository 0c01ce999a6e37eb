package buffer

import (
	"bytes"
	"testing"
)

func TestStreamCopy(t *testing.T) { testStreamCopy(t) }

func testStreamCopy(t *testing.T) {
	src := make([]byte, 4096)
	for i := range src {
		src[i] = byte(i*7 + i>>8)
	}
	dst := make([]byte, len(src)+64)
	for _, n := range []int{0, 1, 31, 511, 512, 513, 640, 1000, 4000} {
		for so := 0; so < 3; so++ {
			for do := 0; do < 40; do += 13 {
				for i := range dst {
					dst[i] = 0xee
				}
				got := streamCopy(dst[do:do+n], src[so:so+n+5])
				streamFence()
				if got != n || !bytes.Equal(dst[do:do+n], src[so:so+n]) {
					t.Fatalf("n=%d so=%d do=%d: copied %d, bytes differ", n, so, do, got)
				}
				if dst[do+n] != 0xee || (do > 0 && dst[do-1] != 0xee) {
					t.Fatalf("n=%d so=%d do=%d: wrote outside dst", n, so, do)
				}
			}
		}
	}
}

func TestJoin(t *testing.T) {
	src := make([]byte, minStream+777)
	for i := range src {
		src[i] = byte(i*131 + 7)
	}
	for _, cuts := range [][]int{{0, 10, 700, 5000, 5001, len(src)}, {0, 3, len(src) - 3, len(src)}, {0, 100}} {
		var parts [][]byte
		for i := 1; i < len(cuts); i++ {
			parts = append(parts, src[cuts[i-1]:cuts[i]])
		}
		sum := cuts[len(cuts)-1]
		if got := join(parts, sum); !bytes.Equal(got, src[:sum]) {
			t.Fatalf("join of %v differs", cuts)
		}
	}
}

// TestWidenLatin1Stream widens outputs large enough to stream, at each
// alignment of dst.
func TestWidenLatin1Stream(t *testing.T) { testWidenLatin1Stream(t) }

func testWidenLatin1Stream(t *testing.T) {
	src := make([]byte, minStream/2+100)
	for i := range src {
		src[i] = byte(i*131 + 7)
	}
	for off := 0; off < 3; off++ {
		dst := makeU16NoZero(len(src) + 1)[off:]
		n := len(src) - 3 + off
		widenLatin1(dst, src[:n])
		for i, c := range src[:n] {
			if dst[i] != uint16(c) {
				t.Fatalf("off=%d, %d: %x != %x", off, i, dst[i], c)
			}
		}
	}
}

// BenchmarkStreamCopy copies 1 MiB, as 256 parts of 4 KiB, into memory
// that no cache holds (a ring of 64 MiB, as cmd/node's heap cycles
// between collections), with copy and with streamCopy; and into the same
// cached 1 MiB each time, where streaming loses.
func BenchmarkStreamCopy(b *testing.B) {
	src := make([]byte, 1<<20)
	for i := range src {
		src[i] = byte(i*131 + 7)
	}
	for _, c := range []struct {
		name   string
		ring   int
		stream bool
	}{
		{"cold/copy", 64, false}, {"cold/stream", 64, true},
		{"cached/copy", 1, false}, {"cached/stream", 1, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			ring := make([][]byte, c.ring)
			for i := range ring {
				ring[i] = make([]byte, len(src))
			}
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				dst := ring[i%len(ring)]
				for pos := 0; pos < len(src); pos += 4096 {
					if c.stream {
						streamCopy(dst[pos:], src[pos:pos+4096])
					} else {
						copy(dst[pos:], src[pos:pos+4096])
					}
				}
				streamFence()
			}
		})
	}
}
