package isolate

import (
	"testing"

	"github.com/dop251/goja"
)

// TestContextHooks: a tick and a request completion run inside the context
// that was current when they were scheduled; a skipped context skips ticks.
func TestContextHooks(t *testing.T) {
	got, _ := run(t, `
		setCtx('a');
		nextTick(function () { log('tick in ' + cur()); });
		request(function () { log('request in ' + cur()); });
		setCtx('skip');
		nextTick(function () { log('skipped tick ran'); });
		setCtx(null);
		nextTick(function () { log('plain tick in ' + cur()); });
	`, func(iso *Isolate) {
		rt := iso.Runtime()
		current := "none"
		iso.SetContextHooks(ContextHooks{
			Enter: func(ctx goja.Value) bool {
				if ctx.String() == "skip" {
					return false
				}
				current = ctx.String()
				return true
			},
			Exit: func(goja.Value) { current = "none" },
		})
		_ = rt.Set("setCtx", func(call goja.FunctionCall) goja.Value {
			if goja.IsNull(call.Argument(0)) {
				iso.SetContext(nil)
			} else {
				iso.SetContext(call.Argument(0))
			}
			return goja.Undefined()
		})
		_ = rt.Set("cur", func(goja.FunctionCall) goja.Value { return rt.ToValue(current) })
		_ = rt.Set("request", func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			req := iso.BeginRequest("test")
			go req.Complete(func() { iso.MakeCallback(fn, goja.Undefined()) })
			return goja.Undefined()
		})
	})
	expect(t, got, "tick in a", "plain tick in none", "request in a")
}
