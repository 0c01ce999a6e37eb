package querystring_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/nodetest"
	"github.com/isonode/isonode/nodeapi/querystring"
)

func TestQuerystringCases(t *testing.T) {
	e := nodetest.New(t)
	rt := e.RT
	cases := []struct{ src, want string }{
		{`qs.parse('a+b=c%20d+e&x', null, null, {decodeURIComponent: s => '['+s+']'})`, `{"[a%20b]":"[c%20d%20e]","[x]":""}`},
		{`qs.parse('a&&b&c&d', null, null, {maxKeys: 2})`, `{"a":""}`},
		{`qs.parse('&&&a=1&&', null, null, {maxKeys: 1})`, `{}`},
		{`qs.parse('a=%zz&b=%E4%&c=%C3%A9%FF')`, `{"a":"%zz","b":"�%","c":"é�"}`},
		{`qs.parse('a::1;;b::2', ';;','::')`, `{"a":"1","b":"2"}`},
		{`qs.parse('a=1&a=2&a=3&b=x=y')`, `{"a":["1","2","3"],"b":"x=y"}`},
		{`qs.parse('=&=x&y=')`, `{"":["","x"],"y":""}`},
		{`qs.parse('b=1&2=x&a=3')`, `{"2":"x","b":"1","a":"3"}`},
		{`qs.parse('__proto__=1&toString=2')`, `{"__proto__":"1","toString":"2"}`},
		// As in v0.10, malformed input falls back to Buffer#toString, which
		// decodes an encoded surrogate to its code unit.
		{`qs.parse('a=%F0%9F%98%80&b=%ED%A0%80')`, `{"a":"😀","b":"\ud800"}`},
		{`qs.parse('a=b', 1, 2)`, `{"a=b":""}`},
		{`qs.stringify({a:[], b:1, c:[1,2], d:null, e:undefined, f:true, g:NaN, h:{}, i:10n})`, `"b=1&c=1&c=2&d=&e=&f=true&g=&h=&i=10"`},
		{`qs.stringify({a:'é ~!*()\'\u2028'})`, `"a=%C3%A9%20~!*()'%E2%80%A8"`},
		{`qs.stringify({a:1e21, b:-0, c:Infinity, d:[1e21], e: 1.5})`, `"a=1e%2B21&b=0&c=&d=1e%2B21&e=1.5"`},
		{`qs.unescape('é%zz')`, `"�%zz"`},
		{`qs.unescape('%E4%B8a')`, `"�a"`},
		{`qs.unescape('%C0%80')`, `"��"`},
		{`qs.unescape('%zz+%41', true)`, `"%zz A"`},
		{`(function(){try{qs.escape('a\udc00')}catch(e){return [e.name,e.message,e.code]}})()`, `["URIError","URI malformed","ERR_INVALID_URI"]`},
		{`(function(){var o=qs.unescape; qs.unescape=function(s){return 'U'+s}; try{return qs.parse('a=b%20c')}finally{qs.unescape=o}})()`, `{"Ua":"Ub%20c"}`},
		{`(function(){var o=qs.escape; qs.escape=function(s){return 'E'+s}; try{return qs.stringify({a:'b'})}finally{qs.escape=o}})()`, `"Ea=Eb"`},
		{`qs.parse('a%zz=b%20', null, null, {decodeURIComponent: s => {throw new Error('x')}})`, `{"a%zz":"b "}`},
		{`qs.parse('\ud800=1&\ud800=2')`, `{"\ud800":["1","2"]}`},
	}
	if _, err := e.Run(`var qs = require('querystring')`); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		v, err := rt.RunString(`JSON.stringify(` + c.src + `)`)
		if err != nil {
			t.Errorf("%s: %v", c.src, err)
			continue
		}
		if v.String() != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, v, c.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"a=b&c=d", "a=%zz&b=%E4%", "+%+%2", "&&==&", "%F0%9F%98%80", "a=1;b=2", strings.Repeat("a&", 50)} {
		f.Add(s, "&", "=")
	}
	f.Add("a::1;;b", ";;", "::")
	e := nodetest.New(f)
	rt := e.RT
	if _, err := e.Run(`var qs = require('querystring')`); err != nil {
		f.Fatal(err)
	}
	parse, _ := rt.RunString(`(function(s, sep, eq){ var o = qs.parse(s, sep, eq); qs.stringify(o, sep, eq); qs.unescape(s); qs.unescape(s, true); try { qs.escape(s) } catch (e) { if (e.name !== 'URIError') throw e } return o })`)
	fn, _ := goja.AssertFunction(parse)
	f.Fuzz(func(t *testing.T, s, sep, eq string) {
		if _, err := fn(goja.Undefined(), rt.ToValue(s), rt.ToValue(sep), rt.ToValue(eq)); err != nil {
			t.Fatal(err)
		}
		// Go-level invariant: decoding an escape round-trips.
		u := querystring.UTF16(rt.ToValue(s))
		if e, ok := querystring.Escape(u); ok {
			d, ok := querystring.DecodeURIComponent(querystring.UTF16(rt.ToValue(string(e))))
			if !ok || querystring.String16(d) != querystring.String16(u) {
				t.Fatalf("round trip %q", s)
			}
		}
	})
}
