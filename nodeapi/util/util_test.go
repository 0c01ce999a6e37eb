package util_test

import (
	"testing"

	"github.com/isonode/isonode/nodeapi/nodetest"
)

func TestSmoke(t *testing.T) {
	e := nodetest.New(t)
	e.RT.Set("util", e.Require(t, "util"))
	for _, c := range []struct{ src, want string }{
		{`util.format('%s:%s', 'foo')`, `foo:%s`},
		{`util.format('%s:%s', 'foo', 'bar', 'baz')`, `foo:bar baz`},
		{`util.format(1, 2, 3)`, `1 2 3`},
		{`util.inspect({a: 1, b: 'x', c: [1, 2]})`, `{ a: 1, b: 'x', c: [ 1, 2 ] }`},
		{`util.inspect(new Error('boom'))`, `[Error: boom]`},
		{`util.inspect(function foo() {})`, `[Function: foo]`},
		{`util.inspect(new Map([[1, 2]]))`, `Map(1) { 1 => 2 }`},
	} {
		if got := e.Eval(t, c.src); got != c.want {
			t.Errorf("%s = %q, want %q", c.src, got, c.want)
		}
	}
}
