package errorstack_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/errorstack"
)

// BenchmarkEngineThrown measures errors goja throws itself (here reading a
// property of null) 50 frames deep: each gets a V8 stack.
func BenchmarkEngineThrown(b *testing.B) {
	rt := goja.New()
	errorstack.Install(rt)
	_, _ = rt.RunString(`function deep(n, f) { return n ? deep(n - 1, f) : f(); }`)
	f, _ := goja.AssertFunction(rt.Get("deep"))
	g := rt.ToValue(func(goja.FunctionCall) goja.Value {
		_, _ = rt.RunString(`for (var i = 0; i < 1000; i++) { try { null.x } catch (e) {} }`)
		return nil
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = f(nil, rt.ToValue(50), g)
	}
}
