package vmctx

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkNewContextRun creates a context and runs a trivial script in it
// with a small sandbox, as vm.runInNewContext('x + 1', {x: 1}) does.
// Node v20: ~0.25 ms and ~165 KB per context.
func BenchmarkNewContextRun(b *testing.B) {
	rt := goja.New()
	h, err := NewHost(rt, nil)
	if err != nil {
		b.Fatal(err)
	}
	prg, _ := Compile("bench.js", "x + 1", 0, 0)
	b.ReportAllocs()
	for b.Loop() {
		c, err := h.NewContext(Options{})
		if err != nil {
			b.Fatal(err)
		}
		sb := rt.NewObject()
		_ = sb.Set("x", 1)
		if _, err := c.Run(prg, sb, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunInContext runs a trivial script in an existing context.
func BenchmarkRunInContext(b *testing.B) {
	rt := goja.New()
	h, _ := NewHost(rt, nil)
	c, _ := h.NewContext(Options{})
	prg, _ := Compile("bench.js", "x + 1", 0, 0)
	sb := rt.NewObject()
	_ = sb.Set("x", 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Run(prg, sb, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCallHostFunction measures one guest→host call through a wrapper.
func BenchmarkCallHostFunction(b *testing.B) {
	rt := goja.New()
	h, _ := NewHost(rt, nil)
	c, _ := h.NewContext(Options{})
	sb, _ := rt.RunString("({f: function (a, b) { return a + b }})")
	prg, _ := Compile("bench.js", "for (var i = 0; i < 1000; i++) f(i, 1)", 0, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Run(prg, sb.(*goja.Object), 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareRuntime is the floor of BenchmarkNewContextRun: a bare
// goja runtime running the same script with a global set from Go.
func BenchmarkBareRuntime(b *testing.B) {
	prg, _ := Compile("bench.js", "x + 1", 0, 0)
	b.ReportAllocs()
	for b.Loop() {
		rt := goja.New()
		_ = rt.Set("x", 1)
		if _, err := rt.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}
