package errorstack_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/errorstack"
)

func TestSyntaxErrorStackHasLocationLineAndCaret(t *testing.T) {
	got := errorstack.SyntaxErrorStack("/a/b.js", 1, 9, "var b = ;", "Unexpected token ;")
	if want := "/a/b.js:1\nvar b = ;\n        ^\n\nSyntaxError: Unexpected token ;"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := errorstack.SyntaxErrorStack("x.js", 0, 0, "", "m"); got != "SyntaxError: m" {
		t.Errorf("unknown line: got %q", got)
	}
}

func TestSetSyntaxErrorStackKeepsTheFrames(t *testing.T) {
	rt := goja.New()
	v, _ := rt.RunString(`var e = {stack: 'SyntaxError: m\n    at f (x.js:1:1)'}; e`)
	obj := v.(*goja.Object)
	errorstack.SetSyntaxErrorStack(rt, obj, "x.js", 2, 1, "a b", "m")
	if got, want := obj.Get("stack").String(), "x.js:2\na b\n^\n\nSyntaxError: m\n    at f (x.js:1:1)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
