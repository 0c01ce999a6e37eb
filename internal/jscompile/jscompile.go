// Package jscompile compiles JavaScript for isonode: goja.Compile plus a
// workaround for a goja bug that real npm packages trip over.
//
// The bug (goja v0.0.0-20260917113740, vm.go enterFunc.exec): a function
// that reads `arguments` keeps its parameters in its stash, and on entry
// goja copies every passed argument into the stash — also those beyond the
// declared parameters, which land in the slots of the function's vars. A
// var that a closure captures and that is read before it is assigned then
// starts with an argument instead of undefined:
//
//	function f() { var cb = arguments[0]; var a, b; return function () { return [a, b]; }; }
//	f('CB', 'X2')() // goja: ['CB', 'X2']; V8: [undefined, undefined]
//
// (pump@3 reads its `var error` this way and reports every success as a
// failure.) Compile gives such functions — ones whose source mentions
// `arguments` or `eval` — a first statement `a = void 0, b = void 0, …` over
// their var-declared names that are not parameters or function
// declarations: what hoisting means anyway, so it changes nothing else.
// TestGojaStillCopiesExtraArgumentsIntoVars fails once goja is fixed; then
// this workaround can go.
//
// Compile may be called from any goroutine; programs are immutable and can
// be shared by isolates.
package jscompile

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// Compile is goja.Compile(name, src, strict) with the workaround applied.
func Compile(name, src string, strict bool) (*goja.Program, error) {
	prog, err := goja.Parse(name, src)
	if err != nil {
		return nil, err
	}
	if strings.Contains(src, "arguments") || strings.Contains(src, "eval") {
		walk(reflect.ValueOf(prog), 0)
	}
	return goja.CompileAST(prog, strict)
}

// maxDepth bounds the walk over deeply nested ASTs (the parser has its own
// limits; this only keeps a pathological tree from exhausting the Go stack).
const maxDepth = 4000

var (
	functionType = reflect.TypeOf(&ast.FunctionLiteral{})
	astPkg       = functionType.Elem().PkgPath()
)

// walk visits every node reachable from v and fixes each function literal.
func walk(v reflect.Value, depth int) {
	if depth > maxDepth {
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), depth+1)
		}
	case reflect.Pointer:
		if v.IsNil() || v.Type().Elem().Kind() != reflect.Struct || v.Type().Elem().PkgPath() != astPkg {
			return
		}
		if v.Type() == functionType {
			fixFunction(v.Interface().(*ast.FunctionLiteral))
		}
		walk(v.Elem(), depth+1)
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			// DeclarationList repeats the var bindings of the body: walking
			// it too would visit their initializers' functions twice.
			if f := v.Field(i); f.CanInterface() && t.Field(i).Name != "DeclarationList" {
				walk(f, depth+1)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), depth+1)
		}
	}
}

// fixFunction prepends the resetting statement to fn's body when fn may
// read arguments and declares vars.
func fixFunction(fn *ast.FunctionLiteral) {
	if fn.Body == nil || len(fn.DeclarationList) == 0 ||
		!strings.Contains(fn.Source, "arguments") && !strings.Contains(fn.Source, "eval") {
		return
	}
	keep := map[unistring.String]bool{"arguments": true}
	if fn.ParameterList != nil {
		for _, p := range fn.ParameterList.List {
			if id, ok := p.Target.(*ast.Identifier); ok {
				keep[id.Name] = true
			} else {
				return // destructured parameters: leave the function alone
			}
		}
		if fn.ParameterList.Rest != nil {
			return
		}
	}
	for _, st := range fn.Body.List {
		if fd, ok := st.(*ast.FunctionDeclaration); ok && fd.Function.Name != nil {
			keep[fd.Function.Name.Name] = true
		}
	}
	at := fn.Body.LeftBrace
	var seq []ast.Expression
	seen := map[unistring.String]bool{}
	for _, decl := range fn.DeclarationList {
		for _, b := range decl.List {
			id, ok := b.Target.(*ast.Identifier)
			if !ok || keep[id.Name] || seen[id.Name] {
				continue
			}
			seen[id.Name] = true
			seq = append(seq, &ast.AssignExpression{
				Operator: token.ASSIGN,
				Left:     &ast.Identifier{Name: id.Name, Idx: at},
				Right: &ast.UnaryExpression{
					Operator: token.VOID,
					Idx:      at,
					Operand:  &ast.NumberLiteral{Idx: at, Literal: "0", Value: int64(0)},
				},
			})
		}
	}
	if len(seq) == 0 {
		return
	}
	reset := &ast.ExpressionStatement{Expression: &ast.SequenceExpression{Sequence: seq}}
	// after the directive prologue ("use strict"), which must stay first
	n := 0
	for n < len(fn.Body.List) {
		es, ok := fn.Body.List[n].(*ast.ExpressionStatement)
		if !ok {
			break
		}
		if _, isStr := es.Expression.(*ast.StringLiteral); !isStr {
			break
		}
		n++
	}
	list := make([]ast.Statement, 0, len(fn.Body.List)+1)
	list = append(list, fn.Body.List[:n]...)
	list = append(list, reset)
	fn.Body.List = append(list, fn.Body.List[n:]...)
}
