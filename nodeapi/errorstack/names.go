package errorstack

import (
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
)

// functionStart returns where the function a JS frame runs starts in its
// source (the offset of its `function` keyword or arrow parameters: goja's
// unexported StackFrame.prg.srcMap[0].srcPos), or -1 for native frames or if
// goja's private layout changed.
func functionStart(f *goja.StackFrame) int {
	prg := frameProgramPtr(f)
	if prg == nil {
		return -1
	}
	m := (*sliceHeader)(unsafe.Add(prg, programOffs.prgSrcMap))
	if m.len == 0 {
		return -1
	}
	return *(*int)(unsafe.Add(m.data, programOffs.itemPos))
}

// inferName gives an anonymous function the name V8 infers from the
// assignment it is the value of: `exports.run = function () {}` →
// "exports.run", `Foo.prototype.bar = function` → "Foo.bar", `a[k] =
// function` → "a.<computed>". V8 shows it in stack frames and returns it from
// CallSite.getFunctionName (depd builds its messages from it). "" when the
// function is not the right-hand side of such an assignment.
func inferName(src *file.File, start int) string {
	text := src.Source()
	if start <= 0 || start > len(text) {
		return ""
	}
	i := skipSpaceBack(text, start)
	if i == 0 || text[i-1] != '=' || i >= 2 && strings.IndexByte("=!<>+-*/%&|^?", text[i-2]) >= 0 {
		return ""
	}
	i = skipSpaceBack(text, i-1)
	var parts []string // last first
	for {
		switch {
		case i > 0 && text[i-1] == ']':
			k := matchingOpen(text[:i], i-1)
			if k < 0 {
				return ""
			}
			parts = append(parts, "<computed>")
			i = k
		case i > 0 && isNameByte(text[i-1]):
			k := i
			for k > 0 && isNameByte(text[k-1]) {
				k--
			}
			if name := text[k:i]; name != "prototype" {
				parts = append(parts, name)
			}
			i = k
		default:
			return ""
		}
		if i == 0 || text[i-1] != '.' {
			break
		}
		i--
	}
	// A plain `x = function` is named by goja already; `this.x = function`
	// names it after the enclosing function in V8, which is not known here.
	if len(parts) < 2 || parts[len(parts)-1] == "this" || parts[len(parts)-1] == "<computed>" {
		return ""
	}
	var b strings.Builder
	for k := len(parts) - 1; k >= 0; k-- {
		b.WriteString(parts[k])
		if k > 0 {
			b.WriteByte('.')
		}
	}
	return b.String()
}

func skipSpaceBack(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\n' || text[i-1] == '\r') {
		i--
	}
	return i
}
