// Package events is Node's 'events' module: EventEmitter, written in JS
// (events.js) with a small Go binding that builds Node-style errors.
package events

import (
	_ "embed"
	"strconv"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed events.js
var eventsJS string

// Module is the registry entry for 'events'.
var Module = modkit.Module{
	Name:   "events",
	Native: native,
	JS:     modkit.NewScript("events.js", eventsJS),
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	em := &emitter{rt: rt, errorMonitor: goja.NewSymbol("events.errorMonitor"), valueTrue: rt.ToValue(true), valueFalse: rt.ToValue(false)}
	em.errorCtor, _ = rt.Get("Error").(*goja.Object)
	// emit is EventEmitter.prototype.emit; errorMonitor is the symbol it
	// knows as events.errorMonitor.
	_ = b.Set("emit", em.emit)
	_ = b.Set("errorMonitor", em.errorMonitor)
	// invalidArgType(name, expected, value) returns (does not throw) an
	// ERR_INVALID_ARG_TYPE TypeError; expected reads "of type function",
	// "an instance of AbortSignal", ….
	_ = b.Set("invalidArgType", func(call goja.FunctionCall) goja.Value {
		return invalidArgType(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	// outOfRange(name, range, value) returns an ERR_OUT_OF_RANGE RangeError.
	_ = b.Set("outOfRange", func(call goja.FunctionCall) goja.Value {
		name, rng, v := call.Argument(0).String(), call.Argument(1).String(), call.Argument(2)
		return modkit.NewError(rt, "RangeError", "ERR_OUT_OF_RANGE",
			"The value of \""+name+"\" is out of range. It must be "+rng+". Received "+receivedValue(v))
	})
	return b, nil
}

func invalidArgType(rt *goja.Runtime, name, expected string, v goja.Value) (err *goja.Object) {
	defer func() {
		if r := recover(); r != nil {
			if o, ok := r.(*goja.Object); ok {
				err = o
				return
			}
			panic(r)
		}
	}()
	modkit.ThrowInvalidArgType(rt, name, expected, v)
	return nil
}

// receivedValue renders the value in an ERR_OUT_OF_RANGE message the way
// Node does for numbers (with _ separators past 2**32) and strings.
func receivedValue(v goja.Value) string {
	switch x := v.Export().(type) {
	case int64:
		return groupDigits(x)
	case float64:
		if x == float64(int64(x)) && (x > 1<<32 || x < -(1<<32)) {
			return groupDigits(int64(x))
		}
		return v.String()
	case string:
		return "'" + x + "'"
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n <= 1<<32 && n >= -(1<<32) {
		return s
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, '_')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}
