package nodeapi

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// rejectionTracker follows promises rejected without a handler. After each
// callback's ticks and jobs drain, those still unhandled are reported as
// Node v15+ does by default: 'unhandledRejection' if anyone listens, else an
// uncaught exception. A handler added later emits 'rejectionHandled'.
type rejectionTracker struct {
	pending  []*goja.Promise
	reported map[*goja.Promise]bool
	handled  []*goja.Promise
}

func (t *rejectionTracker) install(e *env) {
	e.rt.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		switch op {
		case goja.PromiseRejectionReject:
			t.pending = append(t.pending, p)
		case goja.PromiseRejectionHandle:
			for i, q := range t.pending {
				if q == p {
					t.pending = append(t.pending[:i], t.pending[i+1:]...)
					return
				}
			}
			if t.reported[p] {
				delete(t.reported, p)
				t.handled = append(t.handled, p)
			}
		}
	})
}

// processRejections is the isolate's AfterCallbacks hook.
func (e *env) processRejections() bool {
	t := &e.rejections
	if len(t.pending) == 0 && len(t.handled) == 0 {
		return false
	}
	emit, _ := goja.AssertFunction(e.process.Get("emit"))
	for len(t.handled) > 0 {
		p := t.handled[0]
		t.handled = t.handled[1:]
		if _, err := emit(e.process, e.rt.ToValue("rejectionHandled"), e.rt.ToValue(p)); err != nil {
			e.uncaught(err)
		}
	}
	for len(t.pending) > 0 && !e.iso.Exiting() {
		p := t.pending[0]
		t.pending = t.pending[1:]
		reason := p.Result()
		fn, _ := goja.AssertFunction(e.process.Get("_emitUnhandledRejection"))
		listened, err := fn(e.process, reason, e.rt.ToValue(p))
		if err != nil {
			e.uncaught(err)
			continue
		}
		if listened.ToBoolean() {
			if t.reported == nil {
				t.reported = make(map[*goja.Promise]bool)
			}
			t.reported[p] = true
			continue
		}
		e.fatalException(e.unhandledRejectionError(reason), nil, "unhandledRejection")
	}
	return true
}

// unhandledRejectionError is what an unhandled rejection throws: the reason
// itself if it is an Error, else Node's ERR_UNHANDLED_REJECTION error.
func (e *env) unhandledRejectionError(reason goja.Value) goja.Value {
	if obj, ok := reason.(*goja.Object); ok {
		if proto, ok := e.rt.Get("Error").(*goja.Object).Get("prototype").(*goja.Object); ok {
			if e.rt.InstanceOf(obj, e.rt.Get("Error").(*goja.Object)) || proto == obj.Prototype() {
				return reason
			}
		}
	}
	desc := "undefined"
	if reason != nil {
		var s string
		if ex := e.rt.Try(func() { s = reason.String() }); ex == nil {
			desc = s
		}
	}
	err := modkit.NewError(e.rt, "Error", "ERR_UNHANDLED_REJECTION",
		"This error originated either by throwing inside of an async function without a catch block, "+
			"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \""+desc+"\".")
	_ = err.Set("name", "UnhandledPromiseRejection")
	_ = err.DefineDataProperty("stack", e.rt.ToValue("UnhandledPromiseRejection: "+err.Get("message").String()+" {\n  code: 'ERR_UNHANDLED_REJECTION'\n}"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return err
}
