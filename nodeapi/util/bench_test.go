package util_test

import (
	"strconv"
	"testing"

	"github.com/isonode/isonode/nodeapi/nodetest"
)

// BenchmarkInspect times util.inspect of a small nested object.
func BenchmarkInspect(b *testing.B) {
	e := nodetest.New(b)
	e.RT.Set("util", e.Require(b, "util"))
	b.ResetTimer()
	if _, err := e.RT.RunString(`for (var i = 0; i < ` + strconv.Itoa(b.N) + `; i++) util.inspect({a: i, b: [1, 2]});`); err != nil {
		b.Fatal(err)
	}
}
