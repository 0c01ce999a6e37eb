package events_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/nodetest"
)

// benchJS runs body (a JS loop over N iterations, N predefined) b.N times
// in a runtime with EventEmitter loaded as EE.
func benchJS(b *testing.B, setup, body string) {
	e := nodetest.New(b)
	_ = e.RT.Set("EE", e.Require(b, "events"))
	if _, err := e.Run(setup); err != nil {
		b.Fatal(err)
	}
	fnv, err := e.Run("(function (N) {" + body + "})")
	if err != nil {
		b.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	b.ResetTimer()
	if _, err := fn(goja.Undefined(), e.RT.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkEmit0Args1Listener(b *testing.B) {
	benchJS(b, `var e = new EE(); var n = 0; e.on('x', function () { n++; });`,
		`for (var i = 0; i < N; i++) e.emit('x');`)
}

func BenchmarkEmit1Arg1Listener(b *testing.B) {
	benchJS(b, `var e = new EE(); var n = 0; e.on('x', function (a) { n += a; });`,
		`for (var i = 0; i < N; i++) e.emit('x', 1);`)
}

func BenchmarkEmit3Args2Listeners(b *testing.B) {
	benchJS(b, `var e = new EE(); var n = 0; e.on('x', function (a, b, c) { n += a; }); e.on('x', function (a, b, c) { n += c; });`,
		`for (var i = 0; i < N; i++) e.emit('x', 1, 2, 3);`)
}

func BenchmarkEmit5Args5Listeners(b *testing.B) {
	benchJS(b, `var e = new EE(); var n = 0; for (var j = 0; j < 5; j++) e.on('x', function (a, b, c, d, f) { n += f; });`,
		`for (var i = 0; i < N; i++) e.emit('x', 1, 2, 3, 4, 5);`)
}

func BenchmarkEmitNoListener(b *testing.B) {
	benchJS(b, `var e = new EE(); e.on('y', function () {});`,
		`for (var i = 0; i < N; i++) e.emit('x', 1);`)
}

func BenchmarkOnceEmit(b *testing.B) {
	benchJS(b, `var e = new EE(); var n = 0; function f() { n++; } e.on('keep', f);`,
		`for (var i = 0; i < N; i++) { e.once('x', f); e.emit('x'); }`)
}

func BenchmarkOnOff(b *testing.B) {
	benchJS(b, `var e = new EE(); function f() {} function g() {} e.on('x', g);`,
		`for (var i = 0; i < N; i++) { e.on('x', f); e.removeListener('x', f); }`)
}

func BenchmarkNewEmitter(b *testing.B) {
	benchJS(b, `function Sub() { EE.call(this); } Sub.prototype = Object.create(EE.prototype);`,
		`for (var i = 0; i < N; i++) { new Sub(); }`)
}
