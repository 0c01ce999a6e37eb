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
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/isonode/isonode/internal/jscompile"
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
		return run(rt, name, code)
	})
	// runWithContext(code, filename, contextExpr) runs code in the global
	// scope seen through `with (contextExpr)`, as a context object's REPL
	// does: an incomplete line is judged on the code alone (not on the
	// wrapper's closing brace), and what the line declares outlives it —
	// its top-level functions become the context's properties, its
	// top-level let and const become vars (v0.10's V8 had no sloppy let,
	// and its const was var-like).
	_ = b.Set("runWithContext", func(call goja.FunctionCall) goja.Value {
		code := call.Argument(0).String()
		name := call.Argument(1).String()
		ctx := call.Argument(2).String()
		prog, err := parser.ParseFile(nil, name, code, 0)
		if err != nil {
			panic(modkit.NewError(rt, "SyntaxError", "", syntaxMessage(name, code, err)))
		}
		return run(rt, name, withContext(prog, code, ctx))
	})
	return b, nil
}

func run(rt *goja.Runtime, name, code string) goja.Value {
	prg, err := jscompile.Compile(name, code, false)
	if err != nil {
		panic(modkit.NewError(rt, "SyntaxError", "", syntaxMessage(name, code, err)))
	}
	v, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	return v
}

// withContext wraps code (parsed as prog) in `with (ctx) { … }`, first
// giving ctx a property (undefined) for each variable the code declares
// outside functions that ctx lacks, so that the declarations' assignments
// land in ctx (as in v0.10, whose REPL context was a context of its own)
// rather than in the global scope, then exporting the top-level function
// declarations to ctx (`void` statements, so that the line's completion
// value is unchanged), and turning the top-level let/const keywords into
// var (padded to keep columns).
func withContext(prog *ast.Program, code, ctx string) string {
	src := []byte(code)
	var names []string
	for _, d := range prog.DeclarationList {
		for _, b := range d.List {
			names = bindingNames(b.Target, names, 0)
		}
	}
	var exports strings.Builder
	for _, st := range prog.Body {
		switch d := st.(type) {
		case *ast.FunctionDeclaration:
			if d.Function.Name != nil {
				n := string(d.Function.Name.Name)
				exports.WriteString("void (" + ctx + "." + n + " = " + n + "); ")
			}
		case *ast.LexicalDeclaration:
			for _, b := range d.List {
				names = bindingNames(b.Target, names, 0)
			}
			at := int(d.Idx) - 1
			kw := d.Token.String()
			if at >= 0 && at+len(kw) <= len(src) && string(src[at:at+len(kw)]) == kw {
				copy(src[at:], "var"+strings.Repeat(" ", len(kw)-3))
			}
		}
	}
	var prelude strings.Builder
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if seen[n] {
			continue
		}
		seen[n] = true
		prelude.WriteString("void (\"" + n + "\" in " + ctx + " || (" + ctx + "." + n + " = undefined)); ")
	}
	return "with (" + ctx + ") { " + prelude.String() + exports.String() + string(src) + "\n}"
}

// maxPatternDepth bounds bindingNames' descent into nested patterns.
const maxPatternDepth = 64

// bindingNames appends the names a declaration's binding target declares:
// an identifier, or the identifiers of an array or object pattern.
func bindingNames(t ast.Expression, out []string, depth int) []string {
	if depth > maxPatternDepth {
		return out
	}
	switch t := t.(type) {
	case *ast.Identifier:
		out = append(out, string(t.Name))
	case *ast.AssignExpression:
		out = bindingNames(t.Left, out, depth+1)
	case *ast.ArrayPattern:
		for _, e := range t.Elements {
			out = bindingNames(e, out, depth+1)
		}
		out = bindingNames(t.Rest, out, depth+1)
	case *ast.ObjectPattern:
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				out = append(out, string(p.Name.Name))
			case *ast.PropertyKeyed:
				out = bindingNames(p.Value, out, depth+1)
			}
		}
		out = bindingNames(t.Rest, out, depth+1)
	}
	return out
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
