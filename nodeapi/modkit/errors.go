package modkit

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// NewError creates an error of the global constructor ctor ("Error",
// "TypeError", "RangeError", …) with message msg and, if code is not empty,
// err.code = code, as Node's internal errors have. Loop goroutine only.
func NewError(rt *goja.Runtime, ctor, code, msg string) *goja.Object {
	c, ok := goja.AssertConstructor(rt.Get(ctor))
	if !ok {
		c, _ = goja.AssertConstructor(rt.Get("Error"))
	}
	obj, err := c(nil, rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	if code != "" {
		_ = obj.DefineDataProperty("code", rt.ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
}

// Throw panics with NewError(…): inside a native function this throws the
// error in JS.
func Throw(rt *goja.Runtime, ctor, code, format string, args ...any) {
	panic(NewError(rt, ctor, code, fmt.Sprintf(format, args...)))
}

// InvalidArgType returns Node's ERR_INVALID_ARG_TYPE TypeError:
// `The "name" argument must be of type string. Received type number (1)`.
// expected reads "of type function", "an instance of Buffer", ….
func InvalidArgType(rt *goja.Runtime, name, expected string, actual goja.Value) *goja.Object {
	what := "argument"
	if strings.Contains(name, ".") {
		what = "property"
	}
	return NewError(rt, "TypeError", "ERR_INVALID_ARG_TYPE",
		fmt.Sprintf("The %q %s must be %s. Received %s", name, what, expected, DescribeReceived(actual)))
}

// ThrowInvalidArgType throws InvalidArgType(…).
func ThrowInvalidArgType(rt *goja.Runtime, name, expected string, actual goja.Value) {
	panic(InvalidArgType(rt, name, expected, actual))
}

// OutOfRange returns Node's ERR_OUT_OF_RANGE RangeError:
// `The value of "n" is out of range. It must be a non-negative number. Received -1`.
func OutOfRange(rt *goja.Runtime, name, rng string, received goja.Value) *goja.Object {
	return NewError(rt, "RangeError", "ERR_OUT_OF_RANGE",
		"The value of \""+name+"\" is out of range. It must be "+rng+". Received "+describeRangeValue(received))
}

// describeRangeValue renders a value as ERR_OUT_OF_RANGE messages do: big
// integers with "_" digit groups, strings quoted.
func describeRangeValue(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	switch x := v.Export().(type) {
	case int64:
		return groupDigits(x)
	case float64:
		if x == float64(int64(x)) && (x > 1<<32 || x < -(1<<32)) {
			return groupDigits(int64(x))
		}
	case string:
		return "'" + x + "'"
	}
	return v.String()
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n <= 1<<32 && n >= -(1<<32) {
		return s
	}
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	return sign + b.String()
}

// DescribeReceived renders a value the way Node's ERR_INVALID_ARG_TYPE
// messages do: "undefined", "type number (1)", "an instance of Object", …
func DescribeReceived(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			name := obj.Get("name")
			if name != nil && name.String() != "" {
				return "function " + name.String()
			}
			return "function "
		}
		if ctor := obj.Get("constructor"); ctor != nil {
			if co, ok := ctor.(*goja.Object); ok {
				if n := co.Get("name"); n != nil && n.String() != "" {
					return "an instance of " + n.String()
				}
			}
		}
		return "an instance of Object"
	}
	ex := v.Export()
	switch x := ex.(type) {
	case string:
		s := x
		if len(s) > 25 {
			s = s[:25] + "..."
		}
		return "type string ('" + s + "')"
	case int64:
		return fmt.Sprintf("type number (%d)", x)
	case float64:
		return "type number (" + formatNumber(x) + ")"
	case bool:
		return fmt.Sprintf("type boolean (%v)", x)
	}
	return "type " + typeOf(v) + " (" + v.String() + ")"
}

func formatNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func typeOf(v goja.Value) string {
	switch v.ExportType().Kind().String() {
	case "int64", "float64":
		return "number"
	case "string":
		return "string"
	case "bool":
		return "boolean"
	}
	if _, ok := v.Export().(*big.Int); ok {
		return "bigint"
	}
	return "symbol"
}

// IsNullish reports whether v is missing (nil, as goja's Get returns for an
// absent property), undefined or null.
func IsNullish(v goja.Value) bool { return v == nil || goja.IsUndefined(v) || goja.IsNull(v) }
