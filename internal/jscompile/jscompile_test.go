package jscompile_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/jscompile"
)

const extraArgs = `function f() { var cb = arguments[0]; var a, b; return (function () { return [a, b]; })(); }
JSON.stringify(f('CB', 'X2'))`

func run(t *testing.T, prg *goja.Program) string {
	t.Helper()
	v, err := goja.New().RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

// When this fails, goja copies only the declared parameters into the stash
// and the workaround in jscompile can be removed.
func TestGojaStillCopiesExtraArgumentsIntoVars(t *testing.T) {
	prg, err := goja.Compile("t.js", extraArgs, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := run(t, prg); got != `["CB","X2"]` {
		t.Fatalf("goja gives %s: the bug is fixed, remove the workaround", got)
	}
}

func TestCompiledFunctionsStartWithUndefinedVars(t *testing.T) {
	cases := map[string]string{
		extraArgs: `[null,null]`,
		// parameters and a var redeclaring one keep the argument
		`function g(p) { var p; var x; arguments; return (function () { return [p, x]; })(); } JSON.stringify(g(1, 2, 3))`: `[1,null]`,
		// function declarations keep their value
		`function h() { var fn; function fn() { return 'fn'; } arguments; return (function () { return fn(); })(); } h(1, 2)`: `fn`,
		// "use strict" stays the first statement
		`function s() { 'use strict'; var a; arguments; return (function () { return typeof this + ':' + a; })(); } s(1, 2)`: `undefined:undefined`,
		// assignments still work, and nested functions are fixed too
		`function outer() { var args = arguments; return function inner() { var r; arguments; return (function () { return r; })(); }; } String(outer(1)(7, 8))`: `undefined`,
		`function v() { var x = 5; var y; arguments; return (function () { return [x, y]; })(); } JSON.stringify(v('a', 'b', 'c'))`:                              `[5,null]`,
		`var o = { m: function () { var k; eval(''); return (function () { return k; })(); } }; String(o.m(1, 2))`:                                               `undefined`,
	}
	for src, want := range cases {
		prg, err := jscompile.Compile("t.js", src, false)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := run(t, prg); got != want {
			t.Errorf("%s\n got %s, want %s", src, got, want)
		}
	}
}

func TestCompileReportsSyntaxErrors(t *testing.T) {
	if _, err := jscompile.Compile("bad.js", "function (", false); err == nil {
		t.Fatal("no error")
	}
}
