// Package repl is Node's 'repl' module: REPLServer, a readline Interface
// that evaluates each line as JS in the isolate's global scope (or, without
// useGlobal, in a context object seen through a `with` scope), collecting
// lines while the code is incomplete. The JS half (repl.js) has the loop,
// the commands and completion; the Go half compiles and runs code.
package repl

import (
	_ "embed"
	"errors"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed repl.js
var replJS string

// Module is the registry entry for 'repl'.
var Module = modkit.Module{Name: "repl", Native: native, JS: modkit.NewScript("repl.js", replJS)}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	// runInThisContext(code, filename) compiles code as a script and runs it
	// in the global scope, returning its completion value. A compile error
	// throws a SyntaxError whose message is the parser's first error
	// ("Unexpected end of input" when the code is incomplete).
	_ = b.Set("runInThisContext", func(call goja.FunctionCall) goja.Value {
		code := call.Argument(0).String()
		name := call.Argument(1).String()
		prg, err := goja.Compile(name, code, false)
		if err != nil {
			panic(modkit.NewError(rt, "SyntaxError", "", syntaxMessage(name, code, err)))
		}
		v, err := rt.RunProgram(prg)
		if err != nil {
			panic(err)
		}
		return v
	})
	return b, nil
}

// syntaxMessage is the first parse error's message, without goja's
// "file: Line l:c" prefix.
func syntaxMessage(name, code string, err error) string {
	if _, perr := parser.ParseFile(nil, name, code, 0); perr != nil {
		var list parser.ErrorList
		if errors.As(perr, &list) && len(list) > 0 {
			return list[0].Message
		}
	}
	msg := err.Error()
	var cse *goja.CompilerSyntaxError
	if errors.As(err, &cse) {
		msg = cse.Message
	}
	return strings.TrimPrefix(msg, "SyntaxError: ")
}
