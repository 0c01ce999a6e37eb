// Package stream is Node's 'stream' module: the legacy Stream and the
// streams2/streams3 classes Readable, Writable, Duplex, Transform and
// PassThrough, plus finished and pipeline. The semantics live in JS
// (stream.js); the Go half only builds Node-style errors.
package stream

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed stream.js
var streamJS string

//go:embed promises.js
var promisesJS string

// Module is the registry entry for 'stream'.
var Module = modkit.Module{
	Name:   "stream",
	Native: native,
	JS:     modkit.NewScript("stream.js", streamJS),
}

// PromisesModule is the registry entry for 'stream/promises' (pipeline and
// finished returning promises).
var PromisesModule = modkit.Module{
	Name: "stream/promises",
	JS:   modkit.NewScript("stream/promises.js", promisesJS),
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	// invalidArgType(name, expected, value) returns (does not throw) Node's
	// ERR_INVALID_ARG_TYPE TypeError; expected reads "of type function", ….
	_ = b.Set("invalidArgType", func(call goja.FunctionCall) goja.Value {
		return invalidArgType(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	// describe(value) renders a value as ERR_INVALID_ARG_TYPE messages do.
	_ = b.Set("describe", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(modkit.DescribeReceived(call.Argument(0)))
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
