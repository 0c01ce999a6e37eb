package errorstack

import (
	"strings"
	"testing"
)

// TestCalleeBefore: each line marks the call's parenthesis with '@'.
func TestCalleeBefore(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"o.missing@);", "o.missing"},
		{"  x = a.b[i].c @1);", "a.b[i].c"},
		{"f()@);", "f(...)"},
		{"(void 0)@);", "(void 0)"},
		{"return fn@a)", "fn"},
		{"[1, 2]@);", "[1, 2]"},
		{"  .then@cb)", ""},
		{"a.b(']')@", ""},
	} {
		open := strings.IndexByte(c.line, '@')
		line := strings.Replace(c.line, "@", "(", 1)
		if got := calleeBefore(line, open); got != c.want {
			t.Errorf("calleeBefore(%q) = %q, want %q", line, got, c.want)
		}
	}
}
