package errorstack

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// SyntaxErrorStack is V8's stack text of a SyntaxError for code that does
// not compile: the location, the offending line, a caret under the column,
// a blank line, then "SyntaxError: message" (the first line alone when
// line is 0, unknown). Node v0.10 puts this text in e.stack of a
// SyntaxError from require() and the vm functions; the uncaught-error
// printer then prints it as it is.
//
//	SyntaxErrorStack("/a/b.js", 1, 9, "var b = ;", "Unexpected token ;")
//	// "/a/b.js:1\nvar b = ;\n        ^\n\nSyntaxError: Unexpected token ;"
func SyntaxErrorStack(file string, line, col int, source, message string) string {
	var b strings.Builder
	if line > 0 {
		b.WriteString(file + ":" + strconv.Itoa(line) + "\n" + source + "\n")
		if col > 1 {
			b.WriteString(strings.Repeat(" ", col-1))
		}
		b.WriteString("^\n\n")
	}
	b.WriteString("SyntaxError: " + message)
	return b.String()
}

// SetSyntaxErrorStack makes err's stack SyntaxErrorStack's text followed by
// the frames err's stack already has (non-enumerable, as V8's).
func SetSyntaxErrorStack(rt *goja.Runtime, err *goja.Object, file string, line, col int, source, message string) {
	stack := SyntaxErrorStack(file, line, col, source, message)
	if st, ok := err.Get("stack").Export().(string); ok {
		if _, frames, found := strings.Cut(st, "\n"); found {
			stack += "\n" + frames
		}
	}
	_ = err.DefineDataProperty("stack", rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
