package url

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"http://user:pass@host.com:8080/p/a/t/h?query=string#hash",
	"HTTP://[::1]:80/x", "mailto:a@b", "javascript:alert(1)", "//foo/bar", "file:///C:/x/../..",
	"http://mañana.com/ñ", "http://0x7f.1/", "http://[::ffff:1.2.3.4]/", "sc:x y", "?q#f", "..",
	"http://a@b@c/", "http://x.com/a{b}|c^d`e'f\"g<h>", "http://xn--a.com", "\t http://x/\n",
	"http://[1:2:3:4:5:6:1.2.3.4]/", "foo://a%zz/", "http://%31%32%37.0.0.1/",
}

// FuzzWHATWGParse: the Go parser never panics, and a parsed URL's href
// parses again to the same href.
func FuzzWHATWGParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "http://base.example/a/b?c#d")
	}
	f.Fuzz(func(t *testing.T, in, base string) {
		if !utf8.ValidString(in) || !utf8.ValidString(base) {
			return
		}
		b, _ := Parse(base, nil)
		r, ok := Parse(in, b)
		if !ok {
			return
		}
		href := r.Href(false)
		r2, ok := Parse(href, nil)
		if !ok {
			t.Fatalf("%q (base %q) -> %q does not reparse", in, base, href)
		}
		// The spec's one known non-idempotent case: a "/." prefix added
		// to a host-less path starting with an empty segment.
		if h2 := r2.Href(false); h2 != href && !(r.HasHost == false && len(r.Path) > 1 && r.Path[0] == "") {
			t.Fatalf("%q: href %q reparses to %q", in, href, h2)
		}
		_ = r.Origin()
		for _, set := range []func(string){r.SetProtocol, r.SetUsername, r.SetPassword, r.SetHost, r.SetHostname, r.SetPort, r.SetPathname, r.SetSearch, r.SetHash} {
			set(in)
			set(base)
		}
		_ = r.Href(false)
		_, _ = DomainToASCII(in, true)
		_, _ = DomainToUnicode(in)
	})
}
