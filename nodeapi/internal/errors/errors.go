// Package errors is the internal core module 'internal/errors': Node's
// argument and range errors for the JS halves of other core modules.
// User code cannot require it.
//
//	var errors = require('internal/errors');
//	if (typeof fn !== 'function') throw errors.invalidArgType('listener', 'of type function', fn);
package errors

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Module is the registry entry for 'internal/errors'.
var Module = modkit.Module{Name: "internal/errors", Native: native, Internal: true}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	// invalidArgType(name, expected, value) returns an ERR_INVALID_ARG_TYPE TypeError.
	_ = b.Set("invalidArgType", func(call goja.FunctionCall) goja.Value {
		return modkit.InvalidArgType(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	// outOfRange(name, range, value) returns an ERR_OUT_OF_RANGE RangeError.
	_ = b.Set("outOfRange", func(call goja.FunctionCall) goja.Value {
		return modkit.OutOfRange(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	// describe(value) renders a value as ERR_INVALID_ARG_TYPE messages do.
	_ = b.Set("describe", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(modkit.DescribeReceived(call.Argument(0)))
	})
	return b, nil
}
