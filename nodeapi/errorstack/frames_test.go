package errorstack_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/errorstack"
)

func run(t *testing.T, src string) string {
	t.Helper()
	rt := goja.New()
	errorstack.Install(rt)
	v, err := rt.RunScript("t.js", src)
	if err != nil {
		t.Fatal(err)
	}
	return v.String()
}

// An anonymous function expression has no name to match: V8 finds it by
// identity, and so must we (workshop verifiers wrap fs methods this way).
func TestCaptureStackTraceSkipsAnonymousFunction(t *testing.T) {
	got := run(t, `
var o = {};
o.m = function () { var e = {}; Error.captureStackTrace(e, o.m); return e.stack; };
function caller() { return o.m(); }
caller().split('\n')[1]`)
	if want := "    at caller (t.js:4:30)"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestCaptureStackTraceWithFunctionNotOnStackLeavesNoFrames(t *testing.T) {
	got := run(t, `function elsewhere() {} var e = {}; Error.captureStackTrace(e, elsewhere); e.stack`)
	if got != "Error" {
		t.Fatalf("got %q, want %q", got, "Error")
	}
}

func TestBoundFunctionFramesAreHidden(t *testing.T) {
	got := run(t, `var f = function named() { return new Error('x').stack; }.bind(null); f()`)
	if want := "Error: x\n    at named (t.js:1:35)\n    at t.js:1:71"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// V8 gives a call frame the column of the callee's last name, goja the
// opening parenthesis. (A method call is named after its receiver, as in
// V8: "Object.m".)
func TestCallFramesHaveV8Columns(t *testing.T) {
	got := run(t, `function f() { return new Error('x').stack; }
var o = { m: function () { return f  (); } };
function g() { return o.m(); }
g()`)
	want := "Error: x\n    at f (t.js:1:23)\n    at Object.m (t.js:2:35)\n    at g (t.js:3:25)\n    at t.js:4:1"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// Errors goja throws itself get V8's stack, not goja's ("\tat f (t.js:1:2(3))").
func TestEngineThrownErrorsHaveV8Stacks(t *testing.T) {
	got := run(t, `function f() { try { var o; o.x; } catch (e) { return e.stack + '|' + (e instanceof TypeError) + '|' + (e.constructor === TypeError); } }
f()`)
	if want := "TypeError: Cannot read property 'x' of undefined\n    at f (t.js:1:31)\n    at t.js:2:1|true|true"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// A native function that throws keeps its frame, as in V8; an error
// constructor called without new does not show.
func TestNativeThrowerFrameIsKept(t *testing.T) {
	got := run(t, `function f() { try { Object.defineProperty(1, 'x', {}); } catch (e) { return e.stack + '|' + RangeError('r').stack; } }
f()`)
	want := "TypeError: Object.defineProperty called on non-object\n    at defineProperty (native)\n    at f (t.js:1:29)\n    at t.js:2:1|RangeError: r\n    at f (t.js:1:94)\n    at t.js:2:1"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// Method calls are named after the receiver and the method's key, an
// anonymous function assigned to a property after the assignment, and a
// constructor's frame is "new F": the receivers come from goja's private call
// contexts (receivers.go), the start of a function from its private program.
func TestFrameReceiversAndInferredNames(t *testing.T) {
	got := run(t, `function Foo() { this.made = new Error('x').stack.split('\n')[1]; }
Foo.prototype.baz = function qux() { return new Error('x').stack.split('\n')[1]; };
var lib = {};
lib.run = function () { return new Error('x').stack.split('\n')[1]; };
[new Foo().made, new Foo().baz(), lib.run()].join('|')`)
	want := "    at new Foo (t.js:1:30)|    at Foo.qux [as baz] (t.js:2:45)|    at lib.run (t.js:4:32)"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
