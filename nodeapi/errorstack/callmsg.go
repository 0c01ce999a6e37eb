package errorstack

import (
	"slices"
	"strings"
)

// goja's own messages for calling or constructing something that is not a
// function (vm.toCallee): "Object has no member 'x'" for a missing method,
// "Value is not an object: 5" otherwise.
const (
	gojaNoMember    = "Object has no member '"
	gojaNotAnObject = "Value is not an object: "
)

// callErrorMessage rewrites goja's message for a call of a non-function into
// V8's ("o.x is not a function", "X is not a constructor"), which test
// suites match (/is not a function/, /ERR_X is not a constructor/). It only
// does so when the frame that threw sits on a call: goja positions a call at
// its opening parenthesis and a `new` at the keyword. The callee is read from
// the source line, as V8 prints it; a callee spread over lines, or none
// found, is named from goja's message. ok is false when msg is not one of
// goja's call messages or the throwing frame is not a call.
func (e *Machinery) callErrorMessage(msg string) (string, bool) {
	var fallback string
	switch {
	case strings.HasPrefix(msg, gojaNoMember) && strings.HasSuffix(msg, "'"):
		fallback = msg[len(gojaNoMember) : len(msg)-1]
	case strings.HasPrefix(msg, gojaNotAnObject):
		fallback = msg[len(gojaNotAnObject):]
	default:
		return "", false
	}
	// goja constructs the errors it throws without a frame of its own: the
	// top frame is the one that threw (a native one for a builtin's error).
	raw := e.rt.CaptureCallStack(1, nil)
	if len(raw) == 0 || raw[0].SrcName() == "<native>" {
		return "", false
	}
	src := frameFile(&raw[0])
	if src == nil {
		return "", false
	}
	p := raw[0].Position()
	text := e.lines.line(src, p.Line)
	i := p.Column - 1
	if i < 0 || i >= len(text) {
		return "", false
	}
	var callee, kind string
	switch {
	case text[i] == '(':
		callee, kind = calleeBefore(text, i), "function"
	case strings.HasPrefix(text[i:], "new") && (i+3 == len(text) || !isNameByte(text[i+3])):
		callee, kind = calleeAfter(text, i+3), "constructor"
	default:
		return "", false
	}
	if callee == "" {
		callee = fallback
	} else if slices.Contains(errorCtorNames, callee) {
		// new TypeError(msg) in user code that reuses goja's text.
		return "", false
	}
	return callee + " is not a " + kind, true
}

// calleeBefore returns the callee expression that ends before the call's
// opening parenthesis at text[open] (`a.b[0](` → "a.b[0]", `f()(` →
// "f(...)", `(void 0)(` → "(void 0)"), or "" when it cannot be read or
// goes on from the line above (`.then(` of a chain).
func calleeBefore(text string, open int) string {
	j := open
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	var parts []string // the callee's pieces, last first
	// postfix reports whether text[:k] ends with something a call or an
	// index can apply to.
	postfix := func(k int) bool {
		return k > 0 && (isNameByte(text[k-1]) || text[k-1] == ')' || text[k-1] == ']')
	}
scan:
	for j > 0 {
		switch c := text[j-1]; {
		case isNameByte(c):
			k := j
			for k > 0 && isNameByte(text[k-1]) {
				k--
			}
			parts = append(parts, text[k:j])
			j = k
			if j == 0 || text[j-1] != '.' {
				break scan
			}
			parts = append(parts, ".")
			j--
		case c == ']' || c == ')':
			k := matchingOpen(text, j-1)
			if k < 0 {
				return ""
			}
			call := c == ')' && postfix(k)
			if call {
				parts = append(parts, "(...)")
			} else {
				parts = append(parts, text[k:j])
			}
			j = k
			if !call && (c == ')' || !postfix(k)) {
				break scan // a parenthesized expression or an array literal
			}
		default:
			break scan
		}
	}
	if len(parts) == 0 || parts[len(parts)-1] == "." || parts[len(parts)-1] == "(...)" {
		return ""
	}
	slices.Reverse(parts)
	return strings.Join(parts, "")
}

// calleeAfter returns the constructor expression after a `new` keyword that
// ends at text[from] (`new a.B(` → "a.B"), or "" when there is none.
func calleeAfter(text string, from int) string {
	i := from
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) && (isNameByte(text[j]) || text[j] == '.') {
		j++
	}
	return strings.TrimRight(text[i:j], ".")
}

// matchingOpen returns the index of the bracket that opens the one closing
// at text[close], or -1 (quotes are not tracked: a bracket inside a string
// literal makes the callee unreadable, and the caller falls back).
func matchingOpen(text string, close int) int {
	depth := 0
	for k := close; k >= 0; k-- {
		switch text[k] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}
