package url_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/nodetest"
	"github.com/isonode/isonode/nodeapi/url"
)

func newURLRuntime(t testing.TB) *goja.Runtime {
	e := nodetest.New(t)
	if _, err := e.Run(`var url = require('url'), URL = url.URL, URLSearchParams = url.URLSearchParams;`); err != nil {
		t.Fatal(err)
	}
	return e.RT
}

func runCases(t *testing.T, rt *goja.Runtime, cases [][2]string) {
	t.Helper()
	for _, c := range cases {
		v, err := rt.RunString(`JSON.stringify((function(){ try { return ` + c[0] + ` } catch (e) { return [e.name, e.code, e.message] } })())`)
		if err != nil {
			t.Errorf("%s: %v", c[0], err)
			continue
		}
		if v.String() != c[1] {
			t.Errorf("%s\n got %s\nwant %s", c[0], v, c[1])
		}
	}
}

func TestLegacyParse(t *testing.T) {
	rt := newURLRuntime(t)
	runCases(t, rt, [][2]string{
		{`url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash')`, `{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"}`},
		{`url.parse('http://a:b/c').href`, `"http://a/:b/c"`},
		{`url.parse('HTTP://X.COM').href`, `"http://x.com/"`},
		{`url.parse('http://mañana.com/ñ').host`, `"xn--maana-pta.com"`},
		{`url.parse('http://[::1]:80/x')`, `{"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:80","port":"80","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:80/x"}`},
		{`url.parse('JavaScript:Foo bar').href`, `"javascript:Foo bar"`},
		{`url.parse('mailto:a@b.com')`, `{"protocol":"mailto:","slashes":null,"auth":"a","host":"b.com","port":null,"hostname":"b.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:a@b.com"}`},
		{`url.parse('http://x.com/a{b}|c^d` + "`" + `e\'f"g<h>').pathname`, `"/a%7Bb%7D%7Cc%5Ed%60e%27f%22g%3Ch%3E"`},
		{`url.parse('http://x/?a=1&a=2&b', true).query`, `{"a":["1","2"],"b":""}`},
		{`url.parse('//x/y', false, true).host`, `"x"`},
		{`url.parse(5)`, `["TypeError",null,"Parameter 'url' must be a string, not number"]`},
		{`url.parse('http://' + ('a'.repeat(60) + '.').repeat(5)).href`, `"http://"`},
	})
}

func TestLegacyFormatResolve(t *testing.T) {
	rt := newURLRuntime(t)
	runCases(t, rt, [][2]string{
		{`url.resolve('/one/two/three', 'four')`, `"/one/two/four"`},
		{`url.resolve('http://example.com/', '/one')`, `"http://example.com/one"`},
		{`url.resolve('http://example.com/one', '/two')`, `"http://example.com/two"`},
		{`url.resolve('http://a/b/c/d;p?q', '../../../g')`, `"http://a/g"`},
		{`url.resolve('mailto:a@b', 'c@d')`, `"mailto:c@d"`},
		{`url.format({protocol:'http', host:'x.com', pathname:'a?b', query:{q:'1 2'}, hash:'h'})`, `"http://x.com/a%3Fb?q=1%202#h"`},
		{`url.format({protocol:'mailto', auth:'a:b', hostname:'x'})`, `"mailto:a:b@x"`},
	})
}

func TestWHATWG(t *testing.T) {
	rt := newURLRuntime(t)
	runCases(t, rt, [][2]string{
		{`new URL('http://x/a^b|c{d}` + "`" + `e').href`, `"http://x/a^b|c%7Bd%7D%60e"`},
		{`new URL('foo')`, `["TypeError","ERR_INVALID_URL","Invalid URL"]`},
		{`new URL('http://MAÑANA.com').host`, `"xn--maana-pta.com"`},
		{`new URL('http://ＡＢＣ.com').host`, `"abc.com"`},
		{`new URL('http://0x7f.1').host`, `"127.0.0.1"`},
		{`new URL('http://[::ffff:1.2.3.4]').host`, `"[::ffff:102:304]"`},
		{`new URL('non-special://a%20b/ x?q q#f f').href`, `"non-special://a%20b/%20x?q%20q#f%20f"`},
		{`new URL('blob:http://x:81/uuid').origin`, `"http://x:81"`},
		{`new URL('file:///C:/x/../..').href`, `"file:///C:/"`},
		{`new URL('http://x/%2e/a/.%2E/b').href`, `"http://x/b"`},
		{`new URL('http://example.com/\ud800').pathname`, `"/%EF%BF%BD"`},
		{`new URL('http://xn--a.com')`, `["TypeError","ERR_INVALID_URL","Invalid URL"]`},
		{`new URL('http://faß.de').host`, `"xn--fa-hia.de"`},
		{`new URL('../c?d#e', 'http://u:p@h:8/a/b').href`, `"http://u:p@h:8/c?d#e"`},
		{`(function(){var u=new URL('http://x/?q=1#h'); u.searchParams.append('z','a b~*'); return u.href})()`, `"http://x/?q=1&z=a+b%7E*#h"`},
		{`(function(){var p=new URLSearchParams('?a=1&b=%zz&c=+x%20&e=%ED%A0%80&&=&f'); return [p.toString(), p.size]})()`, `["a=1&b=%25zz&c=+x+&e=%EF%BF%BD%EF%BF%BD%EF%BF%BD&=&f=",6]`},
		{`url.format(new URL('http://u:p@xn--maana-pta.com:81/a?b#c'), {auth:false, search:false, fragment:false, unicode:true})`, `"http://mañana.com:81/a"`},
		{`url.pathToFileURL('/a b/c?d#e%f\\g\n').href`, `"file:///a%20b/c%3Fd%23e%25f%5Cg%0A"`},
		{`url.fileURLToPath('file:///a%20b/%E4%B8%AD')`, `"/a b/中"`},
		{`[url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'), url.domainToASCII('1.2.3')]`, `["xn--espaol-zwa.com","","español.com","1.2.0.3"]`},
	})
}

// TestSetters follows one URL through every setter.
func TestSetters(t *testing.T) {
	rt := newURLRuntime(t)
	v, err := rt.RunString(`var v=new URL('http://x.com/p'), out=[]; [['protocol','ftp'],['protocol','foo'],['username','a b'],['password','@'],['host','y.com:99'],['hostname','z.com:1'],['port','8080abc'],['port',''],['pathname','a b/../c'],['search','x=1 2'],['hash','f g'],['port', '99999']].forEach(function(kv){ v[kv[0]]=kv[1]; out.push(v.href) }); JSON.stringify(out)`)
	if err != nil {
		t.Fatal(err)
	}
	want := `["ftp://x.com/p","ftp://x.com/p","ftp://a%20b@x.com/p","ftp://a%20b:%40@x.com/p","ftp://a%20b:%40@y.com:99/p","ftp://a%20b:%40@y.com:99/p","ftp://a%20b:%40@y.com:8080/p","ftp://a%20b:%40@y.com/p","ftp://a%20b:%40@y.com/c","ftp://a%20b:%40@y.com/c?x=1%202","ftp://a%20b:%40@y.com/c?x=1%202#f%20g","ftp://a%20b:%40@y.com/c?x=1%202#f%20g"]`
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}

// FuzzLegacyParse runs url.parse / format / resolve (JS) in goja: no
// exception other than the documented TypeError, no hang.
func FuzzLegacyParse(f *testing.F) {
	for _, s := range url.FuzzSeeds {
		f.Add(s, "http://a/b/c/d;p?q", true)
	}
	rt := newURLRuntime(f)
	fnv, err := rt.RunString(`(function (s, base, pq) {
		var u = url.parse(s, pq, !pq);
		url.format(u);
		url.resolve(base, s);
		url.resolveObject(s, base);
		try { new URL(s, base) } catch (e) { if (e.code !== 'ERR_INVALID_URL') throw e }
		return u.href;
	})`)
	if err != nil {
		f.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	f.Fuzz(func(t *testing.T, s, base string, pq bool) {
		if _, err := fn(goja.Undefined(), rt.ToValue(s), rt.ToValue(base), rt.ToValue(pq)); err != nil {
			t.Fatalf("%q %q: %v", s, base, err)
		}
	})
}
