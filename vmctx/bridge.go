package vmctx

import (
	"errors"
	"strconv"

	"github.com/dop251/goja"
)

// wrapFunc returns the function of the other runtime standing for f: a
// strict shim of that runtime calling a native that copies the arguments
// across, calls f and copies the outcome back.
func (c *Context) wrapFunc(f *goja.Object, toGuest bool) goja.Value {
	to := c.host.in
	if toGuest {
		to = c.in
	}
	name := primitiveString(f.Get("name"), "")
	length := f.Get("length")
	if length == nil || !goja.IsNumber(length) {
		length = to.rt.ToValue(0)
	}
	var native goja.Value
	if toGuest {
		native = to.rt.ToValue(func(call goja.FunctionCall) goja.Value { return c.callHost(f, call) })
	} else {
		native = to.rt.ToValue(func(call goja.FunctionCall) goja.Value { return c.callGuest(f, call) })
	}
	w, err := to.shim(goja.Undefined(), native)
	if err != nil {
		panic(&copyError{ctor: "TypeError", msg: "cannot wrap function: " + err.Error()})
	}
	wo := w.(*goja.Object)
	_ = wo.DefineDataProperty("name", to.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wo.DefineDataProperty("length", length, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if toGuest {
		c.link(f, wo)
	} else {
		c.link(wo, f)
	}
	return wo
}

// shimArgs unpacks the (newTarget, this, arguments) a shim passes.
func shimArgs(call goja.FunctionCall) (construct bool, this goja.Value, args []goja.Value) {
	construct = !goja.IsUndefined(call.Argument(0))
	this = call.Argument(1)
	if a, ok := call.Argument(2).(*goja.Object); ok {
		n := a.Get("length").ToInteger()
		args = make([]goja.Value, n)
		for i := range args {
			args[i] = a.Get(strconv.Itoa(i))
		}
	}
	return
}

// callHost runs in the guest (a call of a guest wrapper of host function f).
func (c *Context) callHost(f *goja.Object, call goja.FunctionCall) goja.Value {
	construct, this, args := shimArgs(call)
	cp := c.copierToHost()
	var hThis goja.Value
	hArgs := make([]goja.Value, len(args))
	c.guard(func() {
		if !construct {
			hThis = cp.val(this)
		}
		for i, a := range args {
			hArgs[i] = cp.val(a)
		}
	})
	res, err := c.invoke(f, construct, hThis, hArgs)
	if err != nil {
		c.throwInGuest(err)
	}
	var g goja.Value
	if err := c.hostTry(func() {
		cp := c.copierToGuest()
		g = cp.val(res)
		writeBack(cp, hThis, hArgs)
	}); err != nil {
		c.throwInGuest(err)
	}
	return g
}

// writeBack copies the objects a call received back to their twins, so that
// what the callee changed in them is seen by the caller.
func writeBack(cp *copier, this goja.Value, args []goja.Value) {
	if o, ok := this.(*goja.Object); ok && cp.fwd.get(o) != nil {
		cp.val(o)
	}
	for _, a := range args {
		if o, ok := a.(*goja.Object); ok && cp.fwd.get(o) != nil {
			cp.val(o)
		}
	}
}

// throwInGuest throws, in the guest, what a host call ended with.
func (c *Context) throwInGuest(err error) {
	var ce *copyError
	var ex *goja.Exception
	var so *goja.StackOverflowError
	switch {
	case errors.As(err, &ce):
		panic(ce.value(c.in))
	case errors.As(err, &so):
		panic(newError(c.in, "RangeError", "", "Maximum call stack size exceeded"))
	case isUncatchable(err):
		// the host is being stopped (process.exit, termination): unwind the
		// guest without running its catch or finally blocks
		c.hostAbort = err
		panic(err)
	case errors.As(err, &ex):
		var g goja.Value
		if err2 := c.hostTry(func() { g = c.copierToGuest().val(ex.Value()) }); err2 != nil {
			if isUncatchable(err2) {
				c.hostAbort = err2
				panic(err2)
			}
			g = newError(c.in, "Error", "", "an exception was thrown in the host and could not be copied into the sandbox")
		}
		panic(g)
	}
	panic(newError(c.in, "Error", "", err.Error()))
}

// callGuest runs in the host (a call of a host wrapper of guest function f).
func (c *Context) callGuest(f *goja.Object, call goja.FunctionCall) goja.Value {
	construct, this, args := shimArgs(call)
	cp := c.copierToGuest()
	var gThis goja.Value
	gArgs := make([]goja.Value, len(args))
	if ce := catchCopy(func() {
		if !construct {
			gThis = cp.val(this)
		}
		for i, a := range args {
			gArgs[i] = cp.val(a)
		}
	}); ce != nil {
		panic(ce.value(c.host.in))
	}
	var hres goja.Value
	err := c.withLimits(0, func() error {
		var gres goja.Value
		if err := c.enter(func() {
			var err error
			gres, err = c.invoke(f, construct, gThis, gArgs)
			if err != nil {
				panic(err)
			}
		}); err != nil {
			return err
		}
		return c.enter(func() {
			c.guard(func() {
				cp := c.copierToHost()
				hres = cp.val(gres)
				writeBack(cp, gThis, gArgs)
			})
		})
	})
	if err != nil {
		c.throwInHost(err)
	}
	return hres
}

// throwInHost throws, in the host, what a guest entry ended with.
func (c *Context) throwInHost(err error) {
	err = c.translate(err)
	var t *Thrown
	if errors.As(err, &t) {
		panic(t.Value)
	}
	panic(err)
}

// wrapPromise returns a promise of the other runtime that settles as p does.
func (c *Context) wrapPromise(p *goja.Object, toGuest bool) goja.Value {
	from, to := c.in, c.host.in
	if toGuest {
		from, to = c.host.in, c.in
	}
	np, resolve, reject := to.rt.NewPromise()
	npo := to.rt.ToValue(np).(*goja.Object)
	if toGuest {
		c.link(p, npo)
	} else {
		c.link(npo, p)
	}
	settle := func(fn func(any) error) goja.Value {
		return from.rt.ToValue(func(call goja.FunctionCall) goja.Value {
			v := call.Argument(0)
			if toGuest {
				// a host job: copy in, then settle inside a guest entry so
				// that the guest jobs it queues run under the limits
				var g goja.Value
				if ce := catchCopy(func() { g = c.copierToGuest().val(v) }); ce != nil {
					g, fn = ce.value(c.in), reject
				}
				_ = c.withLimits(0, func() error { return c.enter(func() { _ = fn(g) }) })
			} else {
				// a guest job: copy out here, settle the host promise
				var h goja.Value
				if ce := catchCopy(func() { h = c.copierToHost().val(v) }); ce != nil {
					h, fn = ce.value(c.host.in), reject
				}
				_ = fn(h)
			}
			return goja.Undefined()
		})
	}
	then := from.then
	if then == nil {
		// a guest promise, in a guest entry: its then is the guest's affair
		then, _ = goja.AssertFunction(p.Get("then"))
	}
	if then == nil {
		_ = reject(newError(to, "TypeError", "", "cannot bridge promise: then is not a function"))
		return npo
	}
	if _, err := then(p, settle(resolve), settle(reject)); err != nil {
		_ = reject(newError(to, "Error", "", "cannot bridge promise"))
	}
	return npo
}

// invoke calls f with this and args, or constructs with args when construct
// is set; a non-constructor throws a TypeError in the guest's runtime.
func (c *Context) invoke(f *goja.Object, construct bool, this goja.Value, args []goja.Value) (goja.Value, error) {
	if !construct {
		fn, _ := goja.AssertFunction(f)
		return fn(this, args...)
	}
	ctor, ok := goja.AssertConstructor(f)
	if !ok {
		panic(newError(c.in, "TypeError", "", primitiveString(f.Get("name"), "function")+" is not a constructor"))
	}
	o, err := ctor(nil, args...)
	if err != nil {
		return nil, err
	}
	return o, nil
}
