package events

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// emitter holds what the native emit needs, per isolate.
type emitter struct {
	rt           *goja.Runtime
	errorCtor    *goja.Object
	errorMonitor *goja.Symbol
	valueTrue    goja.Value
	valueFalse   goja.Value
}

// indexNames avoids strconv for the usual short listener arrays.
var indexNames = func() []string {
	s := make([]string, 16)
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

func index(i int) string {
	if i < len(indexNames) {
		return indexNames[i]
	}
	return strconv.Itoa(i)
}

// lookup returns events[typ] for a string, symbol or other key.
func lookup(events *goja.Object, typ goja.Value) goja.Value {
	if sym, ok := typ.(*goja.Symbol); ok {
		return events.GetSymbol(sym)
	}
	if typ == nil {
		return events.Get("undefined")
	}
	return events.Get(typ.String())
}

// call runs fn with this and args, rethrowing what it throws.
func call(fn goja.Callable, this goja.Value, args []goja.Value) {
	if _, err := fn(this, args...); err != nil {
		panic(err)
	}
}

// emit is EventEmitter.prototype.emit. It is native because a JS emit has to
// read `arguments` to forward the exact argument count, and goja makes that
// expensive; here the count is free.
func (em *emitter) emit(fc goja.FunctionCall) goja.Value {
	rt := em.rt
	this := fc.This
	thisObj, ok := this.(*goja.Object)
	if !ok {
		thisObj = this.ToObject(rt) // throws for undefined and null
	}
	typ := fc.Argument(0)
	var args []goja.Value
	if len(fc.Arguments) > 1 {
		args = fc.Arguments[1:]
	}
	events, _ := thisObj.Get("_events").(*goja.Object)
	var handler goja.Value
	if events != nil {
		handler = lookup(events, typ)
	}
	if s, isStr := typ.(goja.String); isStr && s.String() == "error" {
		if events != nil {
			if mon := events.GetSymbol(em.errorMonitor); mon != nil && !goja.IsUndefined(mon) {
				em.callEmit(thisObj, append([]goja.Value{em.errorMonitor}, args...))
				events, _ = thisObj.Get("_events").(*goja.Object)
				handler = nil
				if events != nil {
					handler = events.Get("error")
				}
			}
		}
		if isEmptyHandler(handler) {
			panic(em.unhandled(fc.Argument(1)))
		}
	}
	if handler == nil || goja.IsUndefined(handler) {
		return em.valueFalse
	}
	if fn, ok := goja.AssertFunction(handler); ok {
		call(fn, this, args)
		return em.valueTrue
	}
	list, ok := handler.(*goja.Object)
	if !ok {
		return em.valueFalse
	}
	n := int(list.Get("length").ToInteger())
	if n <= 0 {
		return em.valueFalse
	}
	// Snapshot first: listeners added or removed by a listener do not change
	// this emission.
	var small [4]goja.Callable
	var fns []goja.Callable
	if n <= len(small) {
		fns = small[:n]
	} else {
		fns = make([]goja.Callable, n)
	}
	for i := range fns {
		v := list.Get(index(i))
		fn, ok := goja.AssertFunction(v)
		if !ok {
			fn = em.notCallable(v)
		}
		fns[i] = fn
	}
	for _, fn := range fns {
		call(fn, this, args)
	}
	return em.valueTrue
}

// notCallable returns a callable that throws what calling v in JS throws.
func (em *emitter) notCallable(v goja.Value) goja.Callable {
	return func(goja.Value, ...goja.Value) (goja.Value, error) {
		desc := "undefined"
		if v != nil {
			desc = v.String()
		}
		panic(em.rt.NewTypeError("listener is not a function: " + desc))
	}
}

func isEmptyHandler(h goja.Value) bool {
	if h == nil || goja.IsUndefined(h) {
		return true
	}
	if o, ok := h.(*goja.Object); ok && o.ClassName() == "Array" {
		return o.Get("length").ToInteger() == 0
	}
	return false
}

// callEmit calls this.emit(args...) (which may be overridden).
func (em *emitter) callEmit(this *goja.Object, args []goja.Value) {
	fn, ok := goja.AssertFunction(this.Get("emit"))
	if !ok {
		panic(em.rt.NewTypeError("emit is not a function"))
	}
	call(fn, this, args)
}

// unhandled is what an 'error' event nobody listens to throws: the value
// itself if it is an Error, else Node v0.10's TypeError, with the value as
// err.context (as later Node versions attach it).
func (em *emitter) unhandled(er goja.Value) goja.Value {
	if er != nil && em.rt.InstanceOf(er, em.errorCtor) {
		return er
	}
	err := modkit.NewError(em.rt, "TypeError", "", `Uncaught, unspecified "error" event.`)
	_ = err.DefineDataProperty("context", er, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return err
}
