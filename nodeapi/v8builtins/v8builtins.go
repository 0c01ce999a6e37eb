// Package v8builtins adds to a goja runtime the non-standard built-ins of
// V8 that Node v0.10 programs and old npm packages use and goja lacks:
// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__ (Annex B of ES2017, in V8 since its first releases) and
// Date.prototype.toGMTString; and V8's messages for JSON.parse's syntax
// errors. Install it after errorstack.Install (it throws through the
// installed SyntaxError).
//
// Install runs on the goroutine that owns rt, before user code runs; it is
// used for isolates (nodeapi.Setup) and for vm contexts (vmctx) alike:
//
//	rt := goja.New()
//	v8builtins.Install(rt)
//	rt.RunString(`var o = {}; o.__defineGetter__('x', function () { return 1 }); o.x`) // 1
package v8builtins

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
)

//go:embed v8builtins.js
var source string

var (
	compileOnce sync.Once
	program     *goja.Program
)

// Install defines the built-ins on rt's intrinsic prototypes (non-enumerable,
// as V8 has them). Owner goroutine of rt only.
func Install(rt *goja.Runtime) {
	compileOnce.Do(func() { program = goja.MustCompile("v8builtins.js", source, true) })
	if _, err := rt.RunProgram(program); err != nil {
		panic(err)
	}
	installJSONParse(rt)
}
