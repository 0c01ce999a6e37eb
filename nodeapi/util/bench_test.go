package util_test

import (
	"strconv"
	"testing"

	"github.com/isonode/isonode/nodeapi/util"
	"github.com/isonode/isonode/nodeapi/util/utiltest"
)

// BenchmarkInspect times util.inspect of a small nested object.
func BenchmarkInspect(b *testing.B) {
	e := utiltest.New(util.Module)
	e.RT.Set("util", e.Require("util"))
	b.ResetTimer()
	if _, err := e.RT.RunString(`for (var i = 0; i < ` + strconv.Itoa(b.N) + `; i++) util.inspect({a: i, b: [1, 2]});`); err != nil {
		b.Fatal(err)
	}
}
