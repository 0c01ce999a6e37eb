// Package timers is Node's 'timers' module. Timeout and Immediate objects
// are JS (timers.js); each is backed by one entry of the isolate's timer
// heap or immediate queue — no goroutine or Go timer per JS timer.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed timers.js
var timersJS string

// Module is the registry entry for 'timers'.
var Module = modkit.Module{Name: "timers", Native: native, JS: modkit.NewScript("timers.js", timersJS)}

type jsTimer struct {
	t         *isolate.Timer
	obj       goja.Value
	repeat    bool
	cancelled bool
}

type state struct {
	iso          *isolate.Isolate
	nextID       int64
	timers       map[int64]*jsTimer
	immediates   map[int64]*isolate.Immediate
	fireTimeout  goja.Callable
	fireImmedate goja.Callable
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt, iso := c.RT, c.Iso
	s := &state{iso: iso, timers: make(map[int64]*jsTimer), immediates: make(map[int64]*isolate.Immediate)}
	b := rt.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	set("setup", func(call goja.FunctionCall) goja.Value {
		s.fireTimeout, _ = goja.AssertFunction(call.Argument(0))
		s.fireImmedate, _ = goja.AssertFunction(call.Argument(1))
		return goja.Undefined()
	})
	// start(timeoutObject, ms, repeat) → id
	set("start", func(call goja.FunctionCall) goja.Value {
		s.nextID++
		id := s.nextID
		jt := &jsTimer{obj: call.Argument(0), repeat: call.Argument(2).ToBoolean()}
		delay := call.Argument(1).ToInteger()
		jt.t = iso.SetTimer(delay, func() { s.fire(id, jt, delay) })
		s.timers[id] = jt
		return rt.ToValue(id)
	})
	set("stop", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).ToInteger()
		if jt, ok := s.timers[id]; ok {
			jt.cancelled = true
			jt.t.Stop()
			delete(s.timers, id)
		}
		return goja.Undefined()
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		if jt, ok := s.timers[call.Argument(0).ToInteger()]; ok {
			if call.Argument(1).ToBoolean() {
				jt.t.Ref()
			} else {
				jt.t.Unref()
			}
		}
		return goja.Undefined()
	})
	set("hasRef", func(call goja.FunctionCall) goja.Value {
		jt, ok := s.timers[call.Argument(0).ToInteger()]
		return rt.ToValue(ok && jt.t.HasRef())
	})
	// refresh(id, timeoutObject, ms, repeat) → id: restarts a live timer, or
	// schedules a new one for a timer that already fired.
	set("refresh", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).ToInteger()
		if jt, ok := s.timers[id]; ok {
			jt.t.Refresh()
			return call.Argument(0)
		}
		return goja.Undefined()
	})
	set("immediate", func(call goja.FunctionCall) goja.Value {
		s.nextID++
		id := s.nextID
		obj := call.Argument(0)
		s.immediates[id] = iso.SetImmediate(func() {
			delete(s.immediates, id)
			iso.MakeCallback(s.fireImmedate, goja.Undefined(), obj)
		})
		return rt.ToValue(id)
	})
	set("clearImmediate", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).ToInteger()
		if im, ok := s.immediates[id]; ok {
			im.Stop()
			delete(s.immediates, id)
		}
		return goja.Undefined()
	})
	set("refImmediate", func(call goja.FunctionCall) goja.Value {
		if im, ok := s.immediates[call.Argument(0).ToInteger()]; ok {
			if call.Argument(1).ToBoolean() {
				im.Ref()
			} else {
				im.Unref()
			}
		}
		return goja.Undefined()
	})
	set("hasRefImmediate", func(call goja.FunctionCall) goja.Value {
		im, ok := s.immediates[call.Argument(0).ToInteger()]
		return rt.ToValue(ok && im.HasRef())
	})
	return b, nil
}

// fire runs a timer's callback; an interval is rescheduled after it unless
// the callback cleared it.
func (s *state) fire(id int64, jt *jsTimer, delay int64) {
	if jt.cancelled {
		return
	}
	if !jt.repeat {
		delete(s.timers, id)
	}
	s.iso.MakeCallback(s.fireTimeout, goja.Undefined(), jt.obj)
	if jt.repeat && !jt.cancelled && !s.iso.Exiting() && !jt.t.Active() {
		jt.t.Reset(delay)
	}
}
