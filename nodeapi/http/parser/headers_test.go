package parser

import (
	"reflect"
	"strings"
	"testing"
)

type rawField struct{ name, value string }

var dupFields = []rawField{
	{"Cookie", "a=1"}, {"cookie", "b=2"},
	{"X-A", "1"}, {"x-a", "2"},
	{"Host", "h1"}, {"host", "h2"},
	{"Set-Cookie", "s1"}, {"set-cookie", "s2"},
	{"Server", "a"}, {"Server", "b"},
	{"Foo", "1"}, {"FOO", "2"},
	{"Accept", "x"}, {"accept", "y"},
	{"WWW-Authenticate", "w1"}, {"www-authenticate", "w2"},
	{"Content-Type", "t1"}, {"content-type", "t2"},
}

func render(m *HeaderMap) string {
	var parts []string
	for _, f := range m.Fields {
		if f.IsArray {
			parts = append(parts, f.Name+"=["+strings.Join(f.Values, "|")+"]")
		} else {
			parts = append(parts, f.Name+"="+f.Value)
		}
	}
	return strings.Join(parts, "; ")
}

func TestHeaderMapV010(t *testing.T) {
	var m HeaderMap
	for _, f := range dupFields {
		m.Add([]byte(f.name), f.value)
	}
	// Node v0.10: cookie/accept/www-authenticate and x-* joined, set-cookie
	// an array, anything else keeps its first value.
	want := "cookie=a=1, b=2; x-a=1, 2; host=h1; set-cookie=[s1|s2]; server=a; foo=1; accept=x, y; www-authenticate=w1, w2; content-type=t1"
	if got := render(&m); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if f, ok := m.Get("foo"); !ok || f.Value != "1" {
		t.Fatal(f, ok)
	}
}

func TestHeaderMapCurrent(t *testing.T) {
	m := HeaderMap{Mode: JoinCurrent}
	for _, f := range dupFields {
		m.Add([]byte(f.name), f.value)
	}
	// as observed on Node v20 (IncomingMessage._addHeaderLines)
	want := "cookie=a=1; b=2; x-a=1, 2; host=h1; set-cookie=[s1|s2]; server=a; foo=1, 2; accept=x, y; www-authenticate=w1, w2; content-type=t1"
	if got := render(&m); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

func TestHeaderMapManyKeys(t *testing.T) {
	var m HeaderMap
	for i := 0; i < 50; i++ {
		m.Add([]byte("X-K"+strings.Repeat("a", i)), "v")
		m.Add([]byte("x-k"+strings.Repeat("A", i)), "w")
	}
	if len(m.Fields) != 50 {
		t.Fatal(len(m.Fields))
	}
	if f, _ := m.Get("x-kaaa"); f.Value != "v, w" {
		t.Fatal(f)
	}
	m.Reset()
	m.Add([]byte("A"), "1")
	if !reflect.DeepEqual(m.Fields, []HeaderField{{Name: "a", Value: "1"}}) {
		t.Fatal(m.Fields)
	}
}

func TestJoinRules(t *testing.T) {
	for _, c := range []struct {
		mode JoinMode
		name string
		want JoinRule
	}{
		{JoinV010, "set-cookie", JoinArray}, {JoinV010, "x-foo", JoinComma}, {JoinV010, "sec-websocket-protocol", JoinComma},
		{JoinV010, "etag", JoinDrop}, {JoinV010, "constructor", JoinDrop},
		{JoinCurrent, "set-cookie", JoinArray}, {JoinCurrent, "cookie", JoinSemicolon}, {JoinCurrent, "retry-after", JoinDrop},
		{JoinCurrent, "age", JoinDrop}, {JoinCurrent, "constructor", JoinComma},
	} {
		if got := HeaderJoinRule(c.mode, c.name); got != c.want {
			t.Errorf("HeaderJoinRule(%v, %q) = %v, want %v", c.mode, c.name, got, c.want)
		}
	}
}

func TestLowerHeaderName(t *testing.T) {
	for in, want := range map[string]string{"Content-Type": "content-type", "HOST": "host", "X-Custom-Thing": "x-custom-thing", "a": "a", "": ""} {
		if got := LowerHeaderName([]byte(in)); got != want {
			t.Errorf("LowerHeaderName(%q) = %q", in, got)
		}
	}
	b := []byte("User-Agent")
	if n := testing.AllocsPerRun(100, func() { LowerHeaderName(b) }); n != 0 {
		t.Errorf("common name allocates %v", n)
	}
}
