package isonode

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Module is a Go-implemented core module (an addon): require(Name) in any
// isolate loads it. It wraps modkit.Module, the contract of isonode's own
// core modules (see package modkit for Context, errors and scripts).
type Module struct {
	// Name is what require() takes. It must not be a core module's name.
	Name string
	// Native builds the module in one isolate, once, the first time it is
	// required there; it runs on that isolate's loop goroutine. Without JS,
	// the object it returns is the module's exports. Functions it installs
	// that get bad input throw JS errors (panic(modkit.NewError(…)) or
	// panic(c.RT.NewTypeError(…))), never panic with a Go error.
	Native func(c *modkit.Context) (*goja.Object, error)
	// JS, optional, is a CommonJS body run with the parameters (exports,
	// require, module, __filename, __dirname, binding), binding being what
	// Native returned; its module.exports is the module's exports. Its
	// require loads core modules only.
	JS string
}

// Register adds Go modules to isonode's core-module table for every Runtime
// of the process. Call it before the first isolate starts (at the start of
// main, or in TestMain): it fails once one has, and for a name that is
// already taken. On error, the modules before the failing one stay
// registered.
func Register(mods ...Module) error {
	for _, m := range mods {
		km := modkit.Module{Name: m.Name, Native: m.Native}
		if m.JS != "" {
			km.JS = modkit.NewScript(m.Name+".js", m.JS)
		}
		if err := nodeapi.RegisterModule(km); err != nil {
			return err
		}
	}
	return nil
}
