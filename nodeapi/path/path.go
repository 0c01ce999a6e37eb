// Package path is Node's 'path' module, POSIX flavour, written in JS
// (path.js). path.posix is the module itself; path.win32 is an alias of the
// POSIX implementation (isonode runs on POSIX systems only).
package path

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed path.js
var pathJS string

// Module is the registry entry for 'path'.
var Module = modkit.Module{
	Name:   "path",
	Native: native,
	JS:     modkit.NewScript("path.js", pathJS),
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	// invalidArgType(name, expected, value) returns an ERR_INVALID_ARG_TYPE
	// TypeError for path.js to throw.
	_ = b.Set("invalidArgType", func(call goja.FunctionCall) goja.Value {
		return invalidArgType(rt, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
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
