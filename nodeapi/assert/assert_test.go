package assert_test

import (
	"testing"

	"github.com/isonode/isonode/nodeapi/nodetest"
)

func TestSmoke(t *testing.T) {
	e := nodetest.New(t)
	e.RT.Set("assert", e.Require(t, "assert"))
	for _, c := range []struct{ src, want string }{
		{`try { assert.equal(1, 2) } catch (e) { e.message + '|' + e.name + '|' + e.code + '|' + (e instanceof Error) }`, `1 == 2|AssertionError|ERR_ASSERTION|true`},
		{`try { assert.throws(function () {}) } catch (e) { e.message }`, `Missing expected exception..`},
		{`try { assert.deepEqual({a: [1]}, {a: [2]}) } catch (e) { e.message }`, `{"a":[1]} deepEqual {"a":[2]}`},
		{`assert.deepEqual({a: [1, '2']}, {a: ['1', 2]}); 'ok'`, `ok`},
		{`var a = {}; a.a = a; var b = {}; b.a = b; assert.deepStrictEqual(a, b); 'ok'`, `ok`},
	} {
		if got := e.Eval(t, c.src); got != c.want {
			t.Errorf("%s = %q, want %q", c.src, got, c.want)
		}
	}
}
