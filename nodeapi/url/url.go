// Package url is Node's 'url' module: the legacy API of Node v0.10
// (url.parse / format / resolve / resolveObject, Url) and the WHATWG URL
// Standard's URL and URLSearchParams.
//
// The legacy parser is JS (legacy.js): it is a handful of regexp, indexOf
// and split calls that goja runs natively, and its exact v0.10 behaviour is
// easiest to keep in the same shape. The WHATWG parser is Go (whatwg.go,
// host.go): it is a per-code-point state machine, which would be a slow
// per-character loop in goja, and being Go it can be fuzzed directly. The
// JS classes in whatwg.js hold the serialized components the Go side
// returns and call back into Go for parsing, setters and form encoding.
package url

import (
	_ "embed"
	"github.com/isonode/isonode/nodeapi/buffer"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed legacy.js
var legacyJS string

//go:embed whatwg.js
var whatwgJS string

// Module is the registry entry for 'url'.
var Module = modkit.Module{
	Name:   "url",
	Native: native,
	JS:     modkit.NewScript("url.js", legacyJS+"\n"+whatwgJS),
}

// Components is what the JS side keeps of a URL, in this order:
// href, origin, protocol, username, password, host, hostname, port,
// pathname, search, hash.
func (r *Record) Components() []string {
	port := ""
	if r.Port >= 0 {
		port = strconv.Itoa(r.Port)
	}
	search, hash := "", ""
	if r.HasQuery && r.Query != "" {
		search = "?" + r.Query
	}
	if r.HasFrag && r.Fragment != "" {
		hash = "#" + r.Fragment
	}
	return []string{
		r.Href(false), r.Origin(), r.Scheme + ":", r.Username, r.Password,
		r.HostPort(), r.Host, port, r.Pathname(), search, hash,
	}
}

func components(rt *goja.Runtime, r *Record) goja.Value {
	c := r.Components()
	vals := make([]any, len(c))
	for i, s := range c {
		vals[i] = s
	}
	return rt.NewArray(vals...)
}

// usv converts a JS value that is already a string to Go, lone surrogates
// becoming U+FFFD (USVString conversion).
func usv(v goja.Value) string {
	s := v.String()
	return strings.ToValidUTF8(s, "\uFFFD")
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }

	// parse(input, base|undefined) -> components or null
	set("parse", func(call goja.FunctionCall) goja.Value {
		var base *Record
		if bv := call.Argument(1); !goja.IsUndefined(bv) {
			br, ok := Parse(usv(bv), nil)
			if !ok {
				return goja.Null()
			}
			base = br
		}
		r, ok := Parse(usv(call.Argument(0)), base)
		if !ok {
			return goja.Null()
		}
		return components(rt, r)
	})
	// set(href, name, value) -> components
	set("set", func(call goja.FunctionCall) goja.Value {
		r, ok := Parse(usv(call.Argument(0)), nil)
		if !ok {
			return goja.Null()
		}
		v := usv(call.Argument(2))
		switch call.Argument(1).String() {
		case "protocol":
			r.SetProtocol(v)
		case "username":
			r.SetUsername(v)
		case "password":
			r.SetPassword(v)
		case "host":
			r.SetHost(v)
		case "hostname":
			r.SetHostname(v)
		case "port":
			r.SetPort(v)
		case "pathname":
			r.SetPathname(v)
		case "search":
			r.SetSearch(v)
		case "hash":
			r.SetHash(v)
		}
		return components(rt, r)
	})
	// format(href, fragment, unicode, search, auth)
	set("format", func(call goja.FunctionCall) goja.Value {
		r, ok := Parse(usv(call.Argument(0)), nil)
		if !ok {
			return call.Argument(0)
		}
		if !call.Argument(1).ToBoolean() {
			r.HasFrag = false
		}
		if call.Argument(2).ToBoolean() && r.HasHost {
			if u, _ := DomainToUnicode(r.Host); u != "" {
				r.Host = u
			}
		}
		if !call.Argument(3).ToBoolean() {
			r.HasQuery = false
		}
		if !call.Argument(4).ToBoolean() {
			r.Username, r.Password = "", ""
		}
		return rt.ToValue(r.Href(false))
	})
	set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		r, ok := Parse("ws://"+usv(call.Argument(0)), nil)
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(r.Host)
	})
	set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		r, ok := Parse("ws://"+usv(call.Argument(0)), nil)
		if !ok {
			return rt.ToValue("")
		}
		u, _ := DomainToUnicode(r.Host)
		return rt.ToValue(u)
	})
	set("punycodeEncode", func(call goja.FunctionCall) goja.Value {
		s, ok := punyEncode(usv(call.Argument(0)))
		if !ok {
			modkit.Throw(rt, "RangeError", "", "Overflow: input needs wider integers to process")
		}
		return rt.ToValue(s)
	})
	// formDecode(str) -> [n0, v0, n1, v1, …]
	set("formDecode", func(call goja.FunctionCall) goja.Value {
		pairs := FormDecode(usv(call.Argument(0)))
		vals := make([]any, 0, 2*len(pairs))
		for _, p := range pairs {
			vals = append(vals, p[0], p[1])
		}
		return rt.NewArray(vals...)
	})
	// formEncode([n0, v0, …]) -> string; the items are strings already.
	set("formEncode", func(call goja.FunctionCall) goja.Value {
		arr, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		n := int(arr.Get("length").ToInteger())
		var sb strings.Builder
		for i := 0; i+1 < n; i += 2 {
			if i > 0 {
				sb.WriteByte('&')
			}
			FormEncodeTo(&sb, usv(arr.Get(strconv.Itoa(i))))
			sb.WriteByte('=')
			FormEncodeTo(&sb, usv(arr.Get(strconv.Itoa(i+1))))
		}
		return rt.ToValue(sb.String())
	})
	// toUSV(str): lone surrogates -> U+FFFD.
	set("toUSV", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if s, ok := v.(goja.String); ok {
			n := s.Length()
			clean := true
			for i := 0; i < n; i++ {
				if ch := s.CharAt(i); ch >= 0xD800 && ch <= 0xDFFF {
					clean = false
					break
				}
			}
			if clean {
				return v
			}
		}
		return rt.ToValue(usv(v))
	})
	return b, nil
}

// FormDecode is the application/x-www-form-urlencoded parser.
func FormDecode(s string) [][2]string {
	var out [][2]string
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		name = strings.ReplaceAll(name, "+", " ")
		value = strings.ReplaceAll(value, "+", " ")
		out = append(out, [2]string{
			utf8Lossy(PercentDecode(name)),
			utf8Lossy(PercentDecode(value)),
		})
	}
	return out
}

// FormEncodeTo appends s in application/x-www-form-urlencoded form.
func FormEncodeTo(b *strings.Builder, s string) {
	for _, c := range s {
		if c == ' ' {
			b.WriteByte('+')
			continue
		}
		appendEncoded(b, c, formSet)
	}
}

// utf8Lossy decodes b as UTF-8 the WHATWG way: each maximal invalid
// subpart (an encoded surrogate included) becomes one U+FFFD.
func utf8Lossy(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			sb.WriteByte(b[i])
			i++
			continue
		}
		r, size := buffer.DecodeRune(b[i:])
		if r < 0 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.WriteRune(rune(r))
		}
		i += size
	}
	return sb.String()
}
