// Package querystring is Node's 'querystring' module.
//
// The API surface (argument handling, user-overridable escape/unescape)
// is JS in querystring.js; the per-character work (splitting, percent
// decoding, UTF-8 handling, escaping) is Go, reached through binding, so
// that goja never runs a per-character loop or builds strings with `+=`.
package querystring

import (
	_ "embed"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed querystring.js
var querystringJS string

// Module is the registry entry for 'querystring'.
var Module = modkit.Module{
	Name:   "querystring",
	Native: native,
	JS:     modkit.NewScript("querystring.js", querystringJS),
}

// UTF16 returns the UTF-16 code units of v's string value.
func UTF16(v goja.Value) []uint16 {
	s, ok := v.ToString().(goja.String)
	if !ok {
		return nil
	}
	n := s.Length()
	out := make([]uint16, n)
	for i := 0; i < n; i++ {
		out[i] = s.CharAt(i)
	}
	return out
}

// JSString makes a JS string from UTF-16 code units.
func JSString(s []uint16) goja.Value { return goja.StringFromUTF16(s) }

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	uriMalformed := func() {
		modkit.Throw(rt, "URIError", "ERR_INVALID_URI", "URI malformed")
	}
	// escape(str) — str already a string.
	_ = b.Set("escape", func(call goja.FunctionCall) goja.Value {
		out, ok := Escape(UTF16(call.Argument(0)))
		if !ok {
			uriMalformed()
		}
		return rt.ToValue(string(out))
	})
	// stringify(obj, sep, eq): the default-escape stringify, in one call.
	_ = b.Set("stringify", func(call goja.FunctionCall) goja.Value {
		obj, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		sep := call.Argument(1).String()
		eq := call.Argument(2).String()
		var sb strings.Builder
		first := true
		for _, k := range obj.Keys() {
			ks, ok := Escape(UTF16(rt.ToValue(k)))
			if !ok {
				uriMalformed()
			}
			v := obj.Get(k)
			if arr, isArr := v.(*goja.Object); isArr && arr.ClassName() == "Array" {
				n := int(arr.Get("length").ToInteger())
				for i := 0; i < n; i++ {
					if !first {
						sb.WriteString(sep)
					}
					first = false
					sb.Write(ks)
					sb.WriteString(eq)
					if !encodeValue(&sb, arr.Get(strconv.Itoa(i))) {
						uriMalformed()
					}
				}
				continue
			}
			if !first {
				sb.WriteString(sep)
			}
			first = false
			sb.Write(ks)
			sb.WriteString(eq)
			if !encodeValue(&sb, v) {
				uriMalformed()
			}
		}
		return rt.ToValue(sb.String())
	})
	// unescape(str, decodeSpaces)
	_ = b.Set("unescape", func(call goja.FunctionCall) goja.Value {
		return JSString(Unescape(UTF16(call.Argument(0)), call.Argument(1).ToBoolean()))
	})
	// unescapeBytes(str, decodeSpaces) -> array of byte values
	_ = b.Set("unescapeBytes", func(call goja.FunctionCall) goja.Value {
		bs := UnescapeBytes(UTF16(call.Argument(0)), call.Argument(1).ToBoolean())
		vals := make([]any, len(bs))
		for i, x := range bs {
			vals[i] = int64(x)
		}
		return rt.NewArray(vals...)
	})
	// parse(str, sep, eq, maxKeys, decode): with decode, returns the
	// decoded result object (keys/values run through Unescape after '+' ->
	// ' '); without, a flat [false, k0, v0, k1, v1, …] array of raw parts
	// with '+' replaced by '%20', for a user-supplied decoder. A decoded
	// result whose keys Go cannot represent exactly (lone surrogates) comes
	// back as a flat [true, k0, v0, …] array of decoded parts.
	_ = b.Set("parse", func(call goja.FunctionCall) goja.Value {
		str := UTF16(call.Argument(0))
		sep := UTF16(call.Argument(1))
		eq := UTF16(call.Argument(2))
		maxKeys := call.Argument(3).ToFloat()
		limit := math.MaxInt
		if maxKeys > 0 && maxKeys < float64(math.MaxInt32) {
			limit = int(maxKeys)
		}
		decode := call.Argument(4).ToBoolean()
		pairs := SplitPairs(str, sep, eq, limit, decode)
		if !decode {
			return flat(rt, pairs, false)
		}
		for _, p := range pairs {
			if hasSurrogate(p[0]) {
				return flat(rt, pairs, true)
			}
		}
		return BuildObject(rt, pairs)
	})
	return b, nil
}

// encodeValue appends v as the default stringify encodes it: primitives
// only; objects (boxed primitives included) encode as nothing.
func encodeValue(sb *strings.Builder, v goja.Value) bool {
	if v == nil {
		return true
	}
	if _, isObj := v.(*goja.Object); isObj {
		return true
	}
	switch x := v.Export().(type) {
	case string:
		e, ok := Escape(UTF16(v))
		sb.Write(e)
		return ok
	case int64, float64:
		if f := v.ToFloat(); math.IsNaN(f) || math.IsInf(f, 0) {
			return true
		}
		// Finite numbers print as-is; only exponent forms (1e+21) need
		// escaping.
		str := v.String()
		if strings.ContainsRune(str, '+') {
			str = strings.ReplaceAll(str, "+", "%2B")
		}
		sb.WriteString(str)
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case *big.Int:
		sb.WriteString(x.String())
	}
	return true
}

func flat(rt *goja.Runtime, pairs [][2][]uint16, decoded bool) goja.Value {
	vals := make([]any, 0, 2*len(pairs)+1)
	vals = append(vals, decoded)
	for _, p := range pairs {
		vals = append(vals, JSString(p[0]), JSString(p[1]))
	}
	return rt.NewArray(vals...)
}

func hasSurrogate(s []uint16) bool {
	for _, c := range s {
		if c >= 0xD800 && c <= 0xDFFF {
			return true
		}
	}
	return false
}

// BuildObject makes the parse result: a plain object whose repeated keys
// hold arrays of values, in first-seen order. Keys are defined as own data
// properties, so "__proto__" is an ordinary key.
func BuildObject(rt *goja.Runtime, pairs [][2][]uint16) *goja.Object {
	type entry struct {
		vals []goja.Value
	}
	order := make([]string, 0, len(pairs))
	seen := make(map[string]*entry, len(pairs))
	for _, p := range pairs {
		k := string16(p[0])
		e := seen[k]
		if e == nil {
			e = &entry{}
			seen[k] = e
			order = append(order, k)
		}
		e.vals = append(e.vals, JSString(p[1]))
	}
	obj := rt.NewObject()
	for _, k := range order {
		e := seen[k]
		var v goja.Value
		if len(e.vals) == 1 {
			v = e.vals[0]
		} else {
			items := make([]any, len(e.vals))
			for i, x := range e.vals {
				items[i] = x
			}
			v = rt.NewArray(items...)
		}
		_ = obj.DefineDataProperty(k, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
}

func string16(s []uint16) string {
	ascii := true
	for _, c := range s {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(s))
		for i, c := range s {
			b[i] = byte(c)
		}
		return string(b)
	}
	return JSString(s).String()
}

// SplitPairs splits str on sep into at most limit segments, skips empty
// ones, and splits each at the first eq into key and value (value "" when
// eq is absent). With decode, '+' becomes ' ' and both parts go through
// Unescape; without, '+' becomes "%20" and the parts are left raw.
func SplitPairs(str, sep, eq []uint16, limit int, decode bool) [][2][]uint16 {
	var pairs [][2][]uint16
	n := 0
	start := 0
	for start <= len(str) && n < limit {
		end := index16(str, sep, start)
		if end < 0 {
			end = len(str)
		}
		n++
		if end > start {
			seg := str[start:end]
			var k, v []uint16
			if i := index16(seg, eq, 0); i >= 0 {
				k, v = seg[:i], seg[i+len(eq):]
			} else {
				k, v = seg, nil
			}
			pairs = append(pairs, [2][]uint16{fix(k, decode), fix(v, decode)})
		}
		if end == len(str) {
			break
		}
		start = end + len(sep)
	}
	return pairs
}

func fix(s []uint16, decode bool) []uint16 {
	plus := indexOf(s, '+') >= 0
	if decode {
		if plus {
			s = append([]uint16(nil), s...)
			for i, c := range s {
				if c == '+' {
					s[i] = ' '
				}
			}
		}
		if indexOf(s, '%') >= 0 {
			return Unescape(s, true)
		}
		return s
	}
	if !plus {
		return s
	}
	out := make([]uint16, 0, len(s)+8)
	for _, c := range s {
		if c == '+' {
			out = append(out, '%', '2', '0')
		} else {
			out = append(out, c)
		}
	}
	return out
}

func index16(s, sub []uint16, from int) int {
	if len(sub) == 0 {
		return -1
	}
	if len(sub) == 1 {
		c := sub[0]
		for i := from; i < len(s); i++ {
			if s[i] == c {
				return i
			}
		}
		return -1
	}
outer:
	for i := from; i+len(sub) <= len(s); i++ {
		for j, c := range sub {
			if s[i+j] != c {
				continue outer
			}
		}
		return i
	}
	return -1
}
