package parser

import (
	"bytes"
	"strings"
	"testing"
)

type tcase struct {
	name   string
	kind   Kind
	in     string
	action func(*Head) Action
	cfg    Config
	want   []string // events
	code   string   // expected error code
	eof    string   // expected Finish error code
	// upgradeAt is the expected consumed count at an upgrade, or -1.
	upgradeAt int
}

func skipBody(*Head) Action { return ActionSkipBody }

func connectOK(h *Head) Action {
	if h.StatusCode/100 == 2 {
		return ActionUpgrade
	}
	return ActionNormal
}

var cases = []tcase{
	// ---- requests
	{name: "simple GET", in: "GET /index.html?q=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: t/1\r\n\r\n",
		want: []string{"begin", "req GET /index.html?q=1 1.1", `h Host: "example.com"`, `h User-Agent: "t/1"`, "hc ka", "done ka"}},
	{name: "case and order preserved", in: "GET / HTTP/1.1\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\n\r\n",
		want: []string{"begin", "req GET / 1.1", `h X-B: "1"`, `h x-a: "2"`, `h X-B: "3"`, "hc ka", "done ka"}},
	{name: "value whitespace trimmed", in: "GET / HTTP/1.1\r\nA:   b c  \t\r\nE:\r\nF: \t \r\n\r\n",
		want: []string{"begin", "req GET / 1.1", `h A: "b c"`, `h E: ""`, `h F: ""`, "hc ka", "done ka"}},
	{name: "obs-text and tab in value", in: "GET / HTTP/1.1\r\nA: b\tc\xff\r\n\r\n",
		want: []string{"begin", "req GET / 1.1", `h A: "b\tc\xff"`, "hc ka", "done ka"}},
	{name: "leading empty lines", in: "\r\n\r\nGET / HTTP/1.1\r\n\r\n",
		want: []string{"begin", "req GET / 1.1", "hc ka", "done ka"}},
	{name: "HTTP/1.0 default close", in: "GET / HTTP/1.0\r\n\r\n",
		want: []string{"begin", "req GET / 1.0", "hc", "done close"}},
	{name: "HTTP/1.0 keep-alive", in: "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n",
		want: []string{"begin", "req GET / 1.0", `h Connection: "Keep-Alive"`, "hc ka", "done ka",
			"begin", "req GET /2 1.0", "hc", "done close"}},
	{name: "HTTP/1.1 Connection close", in: "GET / HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n",
		want: []string{"begin", "req GET / 1.1", `h Connection: "keep-alive, close"`, "hc", "done close"}},
	{name: "content-length body", in: "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
		want: []string{"begin", "req POST /p 1.1", `h Content-Length: "5"`, "hc cl=5 ka", `body "hello"`, "done ka"}},
	{name: "content-length whitespace", in: "POST /p HTTP/1.1\r\nContent-Length:  3 \r\n\r\nabc",
		want: []string{"begin", "req POST /p 1.1", `h Content-Length: "3"`, "hc cl=3 ka", `body "abc"`, "done ka"}},
	{name: "content-length zero", in: "POST /p HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
		want: []string{"begin", "req POST /p 1.1", `h Content-Length: "0"`, "hc cl=0 ka", "done ka"}},
	{name: "truncated body", in: "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel",
		want: []string{"begin", "req POST /p 1.1", `h Content-Length: "5"`, "hc cl=5 ka", `body "hel"`}, eof: CodeInvalidEOFState},
	{name: "content-length max", in: "POST /p HTTP/1.1\r\nContent-Length: 9223372036854775807\r\n\r\nab",
		want: []string{"begin", "req POST /p 1.1", `h Content-Length: "9223372036854775807"`, "hc cl=9223372036854775807 ka", `body "ab"`}, eof: CodeInvalidEOFState},
	{name: "truncated headers", in: "GET / HTTP/1.1\r\nHost: a\r\n\r",
		want: []string{"begin", "req GET / 1.1", `h Host: "a"`}, eof: CodeInvalidEOFState},
	{name: "chunked with extensions and trailers",
		in: "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1;b=\"q;x\"\r\nabc\r\nA\r\n0123456789\r\n0;last\r\nTrailer-A: x\r\nB: y \r\n\r\n",
		want: []string{"begin", "req POST / 1.1", `h Transfer-Encoding: "chunked"`, "hc chunked ka", `body "abc0123456789"`,
			`t Trailer-A: "x"`, `t B: "y"`, "done ka"}},
	{name: "chunked upper-case hex and leading zeros", in: "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n000B\r\nhello world\r\n00\r\n\r\n",
		want: []string{"begin", "req POST / 1.1", `h Transfer-Encoding: "chunked"`, "hc chunked ka", `body "hello world"`, "done ka"}},
	{name: "transfer codings before chunked", in: "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: CHUNKED \r\n\r\n0\r\n\r\n",
		want: []string{"begin", "req POST / 1.1", `h Transfer-Encoding: "gzip"`, `h Transfer-Encoding: "CHUNKED"`, "hc chunked ka", "done ka"}},
	{name: "HTTP/1.0 chunked closes", in: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n1\r\na\r\n0\r\n\r\n",
		want: []string{"begin", "req POST / 1.0", `h Transfer-Encoding: "chunked"`, `h Connection: "keep-alive"`, "hc chunked", `body "a"`, "done close"}},
	{name: "pipelined", in: "GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nxyPOST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nzz\r\n0\r\n\r\nGET /d HTTP/1.1\r\nConnection: close\r\n\r\n",
		want: []string{"begin", "req GET /a 1.1", "hc ka", "done ka",
			"begin", "req POST /b 1.1", `h Content-Length: "2"`, "hc cl=2 ka", `body "xy"`, "done ka",
			"begin", "req POST /c 1.1", `h Transfer-Encoding: "chunked"`, "hc chunked ka", `body "zz"`, "done ka",
			"begin", "req GET /d 1.1", `h Connection: "close"`, "hc", "done close"}},
	{name: "expect 100-continue", in: "PUT /x HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nz",
		want: []string{"begin", "req PUT /x 1.1", `h Expect: "100-Continue"`, `h Content-Length: "1"`, "hc cl=1 ka expect", `body "z"`, "done ka"}},
	{name: "all methods", in: func() string {
		var b strings.Builder
		for _, m := range METHODS {
			if m != "CONNECT" {
				b.WriteString(m + " * HTTP/1.1\r\n\r\n")
			}
		}
		return b.String()
	}(), want: func() []string {
		var w []string
		for _, m := range METHODS {
			if m != "CONNECT" {
				w = append(w, "begin", "req "+m+" * 1.1", "hc ka", "done ka")
			}
		}
		return w
	}()},
	{name: "absolute URL", in: "GET http://a.b:8/p?q#f HTTP/1.1\r\n\r\n",
		want: []string{"begin", "req GET http://a.b:8/p?q#f 1.1", "hc ka", "done ka"}},
	{name: "upgrade", in: "GET /chat HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x00rest",
		want: []string{"begin", "req GET /chat 1.1", `h Connection: "Upgrade"`, `h Upgrade: "websocket"`, "hc ka upgrade", "done ka"}, upgradeAt: 63},
	{name: "upgrade with body", in: "POST / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: h2c\r\nContent-Length: 3\r\n\r\nabcXYZ",
		want: []string{"begin", "req POST / 1.1", `h Connection: "upgrade"`, `h Upgrade: "h2c"`, `h Content-Length: "3"`, "hc cl=3 ka upgrade", `body "abc"`, "done ka"}, upgradeAt: 76},
	{name: "upgrade header without connection upgrade", in: "GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n",
		want: []string{"begin", "req GET / 1.1", `h Upgrade: "websocket"`, "hc ka", "done ka"}},
	{name: "CONNECT", in: "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n\x16\x03\x01",
		want: []string{"begin", "req CONNECT example.com:443 1.1", `h Host: "example.com:443"`, "hc ka upgrade", "done ka"}, upgradeAt: 59},

	// ---- responses
	{name: "response content-length", kind: Response, in: "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
		want: []string{"begin", `res 1.1 200 "OK"`, `h Content-Length: "2"`, "hc cl=2 ka", `body "hi"`, "done ka"}},
	{name: "response obs-fold joined (v0.10)", kind: Response, in: "HTTP/1.1 200 OK\r\nA: b;\r\n  c=1; \r\n\td\r\nContent-Length: 0\r\nE: f\r\n\r\n",
		want: []string{"begin", `res 1.1 200 "OK"`, `h A: "b;c=1;d"`, `h Content-Length: "0"`, `h E: "f"`, "hc cl=0 ka", "done ka"}},
	{name: "response no reason", kind: Response, in: "HTTP/1.1 204\r\n\r\nHTTP/1.1 404 \r\nContent-Length: 0\r\n\r\n",
		want: []string{"begin", `res 1.1 204 ""`, "hc ka", "done ka", "begin", `res 1.1 404 ""`, `h Content-Length: "0"`, "hc cl=0 ka", "done ka"}},
	{name: "response reason with spaces", kind: Response, in: "HTTP/1.0 500 Internal  Server\tError\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n",
		want: []string{"begin", "res 1.0 500 \"Internal  Server\\tError\"", `h Connection: "keep-alive"`, `h Content-Length: "0"`, "hc cl=0 ka", "done ka"}},
	{name: "response until EOF", kind: Response, in: "HTTP/1.1 200 OK\r\n\r\nsome body\r\nmore",
		want: []string{"begin", `res 1.1 200 "OK"`, "hc", `body "some body\r\nmore"`, "done close"}},
	{name: "response TE not chunked until EOF", kind: Response, in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc",
		want: []string{"begin", `res 1.1 200 "OK"`, `h Transfer-Encoding: "chunked, gzip"`, "hc", `body "abc"`, "done close"}},
	{name: "response chunked", kind: Response, in: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n",
		want: []string{"begin", `res 1.1 200 "OK"`, `h Transfer-Encoding: "chunked"`, "hc chunked ka", `body "hello"`, `t X-T: "1"`, "done ka"}},
	{name: "204 and 304 have no body", kind: Response, in: "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nHTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n",
		want: []string{"begin", `res 1.1 204 "No Content"`, `h Content-Length: "5"`, "hc cl=5 ka", "done ka",
			"begin", `res 1.1 304 "Not Modified"`, `h Transfer-Encoding: "chunked"`, "hc ka", "done ka"}},
	{name: "100 continue then final", kind: Response, in: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na",
		want: []string{"begin", `res 1.1 100 "Continue"`, "hc ka", "done ka", "begin", `res 1.1 200 "OK"`, `h Content-Length: "1"`, "hc cl=1 ka", `body "a"`, "done ka"}},
	{name: "HEAD response", kind: Response, action: skipBody, in: "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n",
		want: []string{"begin", `res 1.1 200 "OK"`, `h Content-Length: "1000"`, "hc cl=1000 ka", "done ka",
			"begin", `res 1.1 200 "OK"`, `h Content-Length: "1"`, "hc cl=1 ka", "done ka"}},
	{name: "HEAD response without length keeps alive", kind: Response, action: skipBody, in: "HTTP/1.1 200 OK\r\n\r\n",
		want: []string{"begin", `res 1.1 200 "OK"`, "hc", "done ka"}},
	{name: "101 switching protocols", kind: Response, in: "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81",
		want: []string{"begin", `res 1.1 101 "Switching Protocols"`, `h Upgrade: "websocket"`, `h Connection: "Upgrade"`, "hc ka upgrade", "done ka"}, upgradeAt: 77},
	{name: "CONNECT response", kind: Response, action: connectOK, in: "HTTP/1.1 200 Connection established\r\n\r\n\x16\x03",
		want: []string{"begin", `res 1.1 200 "Connection established"`, "hc", "done close"}, upgradeAt: 39},
	{name: "data after connection close (response)", kind: Response, in: "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\naHTTP/1.1",
		want: []string{"begin", `res 1.1 200 "OK"`, `h Connection: "close"`, `h Content-Length: "1"`, "hc cl=1", `body "a"`, "done close"}, code: CodeClosedConnection},
}

func (c tcase) run(cuts ...int) result {
	return parseSplit(c.kind, c.cfg, []byte(c.in), c.action, cuts...)
}

func checkCase(t *testing.T, c tcase) {
	t.Helper()
	whole := c.run()
	if got, want := whole.events, strings.Join(c.want, "\n"); got != want {
		t.Errorf("events:\n got:\n%s\nwant:\n%s", got, want)
	}
	if whole.code != c.code {
		t.Errorf("code = %q (offset %d), want %q", whole.code, whole.offset, c.code)
	}
	if whole.eof != c.eof {
		t.Errorf("eof = %q, want %q", whole.eof, c.eof)
	}
	if c.upgradeAt > 0 {
		if !whole.upgraded || whole.consumed != c.upgradeAt {
			t.Errorf("upgraded=%v consumed=%d, want upgrade at %d", whole.upgraded, whole.consumed, c.upgradeAt)
		}
	} else if whole.upgraded {
		t.Errorf("unexpected upgrade at %d", whole.consumed)
	} else if c.code == "" && whole.consumed != len(c.in) {
		t.Errorf("consumed %d of %d", whole.consumed, len(c.in))
	}
	checkSplits(t, c, whole)
}

// checkSplits checks that every one-cut split and byte-at-a-time feeding give
// the same result as feeding the input whole.
func checkSplits(t *testing.T, c tcase, whole result) {
	t.Helper()
	for cut := 0; cut <= len(c.in); cut++ {
		if got := c.run(cut); !sameResult(got, whole) {
			t.Fatalf("split at %d differs:\n%v\nwhole:\n%v", cut, got, whole)
		}
	}
	cuts := make([]int, len(c.in))
	for i := range cuts {
		cuts[i] = i
	}
	if got := c.run(cuts...); !sameResult(got, whole) {
		t.Fatalf("byte-at-a-time differs:\n%v\nwhole:\n%v", got, whole)
	}
}

func sameResult(a, b result) bool {
	if a.code != "" || b.code != "" {
		// consumed counts may differ when an error is detected at the end of a
		// line whose start arrived earlier; the offset is what identifies it.
		return a.events == b.events && a.code == b.code && a.offset == b.offset
	}
	return a == b
}

func TestFeatures(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkCase(t, c) })
	}
}

func TestHeadersCompleteHead(t *testing.T) {
	var got Head
	h := &funcHandler{hc: func(h *Head) Action { got = *h; return ActionNormal }}
	p := New(Request, h, Config{})
	in := "POST /x HTTP/1.1\r\nConnection: close, Upgrade\r\nUpgrade: foo\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\nabc"
	if n, err := p.Execute([]byte(in)); err != ErrUpgrade || n != len(in) {
		t.Fatalf("Execute = %d, %v", n, err)
	}
	want := Head{Method: MethodPOST, Major: 1, Minor: 1, ContentLength: 3, Upgrade: true, ExpectContinue: true,
		ConnectionClose: true, ConnectionUpgrade: true, NumHeaders: 4}
	if got != want {
		t.Fatalf("head = %+v\nwant %+v", got, want)
	}
	if n, err := p.Execute([]byte("x")); n != 0 || err != ErrUpgrade {
		t.Fatalf("after upgrade: %d, %v", n, err)
	}
	if !p.Upgraded() {
		t.Fatal("Upgraded() false")
	}
}

type funcHandler struct {
	NopHandler
	hc   func(*Head) Action
	body func([]byte)
	done func(bool)
	hdr  func(name, value []byte)
}

func (f *funcHandler) HeadersComplete(h *Head) Action {
	if f.hc != nil {
		return f.hc(h)
	}
	return ActionNormal
}
func (f *funcHandler) Body(b []byte) {
	if f.body != nil {
		f.body(b)
	}
}
func (f *funcHandler) MessageComplete(ka bool) {
	if f.done != nil {
		f.done(ka)
	}
}
func (f *funcHandler) Header(n, v []byte) {
	if f.hdr != nil {
		f.hdr(n, v)
	}
}

// TestZeroCopy checks that tokens and body pieces are sub-slices of the input
// when they arrive whole.
func TestZeroCopy(t *testing.T) {
	in := []byte("POST /u HTTP/1.1\r\nName: value\r\nContent-Length: 4\r\n\r\nbody")
	within := func(b []byte) bool {
		if len(b) == 0 {
			return true
		}
		for i := range in {
			if &in[i] == &b[0] {
				return i+len(b) <= len(in)
			}
		}
		return false
	}
	var bad []string
	h := &funcHandler{
		hdr: func(n, v []byte) {
			if !within(n) || !within(v) {
				bad = append(bad, "header "+string(n))
			}
		},
		body: func(b []byte) {
			if !within(b) {
				bad = append(bad, "body")
			}
		},
	}
	p := New(Request, h, Config{})
	if _, err := p.Execute(in); err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Fatalf("copied: %v", bad)
	}
}

func TestPause(t *testing.T) {
	var p *Parser
	var log []string
	h := &funcHandler{done: func(bool) { log = append(log, "done"); p.Pause() }}
	p = New(Request, h, Config{})
	in := []byte("GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\n\r\n")
	n, err := p.Execute(in)
	if err != ErrPaused || n != 19 || len(log) != 1 {
		t.Fatalf("Execute = %d, %v, log %v", n, err, log)
	}
	if n2, err := p.Execute(in[n:]); n2 != 0 || err != ErrPaused {
		t.Fatalf("while paused: %d %v", n2, err)
	}
	p.Resume()
	n2, err := p.Execute(in[n:])
	if err != ErrPaused || n2 != 19 || len(log) != 2 {
		t.Fatalf("after resume: %d, %v, log %v", n2, err, log)
	}
	p.Resume()
	if err := p.Finish(); err != nil {
		t.Fatal(err)
	}
}

func TestResetReuse(t *testing.T) {
	rec := &recorder{}
	p := New(Request, rec, Config{})
	if _, err := p.Execute([]byte("GE")); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Execute([]byte("X / HTTP/1.1\r\n")); err == nil {
		t.Fatal("want error")
	}
	rec2 := &recorder{}
	p.Reset(Response, rec2)
	if _, err := p.Execute([]byte("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rec2.ev, "|"); got != `begin|res 1.1 200 "OK"|h Content-Length: "0"|hc cl=0 ka|done ka` {
		t.Fatal(got)
	}
}

// TestSlowloris feeds a large request a byte at a time and checks it
// completes identically and without growing memory beyond the header limit.
func TestSlowloris(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("GET /slow HTTP/1.1\r\n")
	for i := 0; i < 500; i++ {
		b.WriteString("X-Header-Number: some value that is moderately long\r\n")
	}
	b.WriteString("\r\n")
	in := b.Bytes()
	whole := parseSplit(Request, Config{}, in, nil)
	cuts := make([]int, len(in))
	for i := range cuts {
		cuts[i] = i
	}
	slow := parseSplit(Request, Config{}, in, nil, cuts...)
	if !sameResult(whole, slow) || whole.code != "" || !strings.HasSuffix(whole.events, "done ka") {
		t.Fatalf("slow result differs or failed: %v", slow.code)
	}
}

// TestPipelineEverySplit cuts a pipeline of mixed messages at every pair of
// positions.
func TestPipelineEverySplit(t *testing.T) {
	in := "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcPUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2;x\r\nde\r\n0\r\nT: v\r\n\r\nGET /c HTTP/1.1\r\n\r\n"
	whole := parseSplit(Request, Config{}, []byte(in), nil)
	if whole.code != "" || strings.Count(whole.events, "done ka") != 3 {
		t.Fatalf("whole: %v", whole)
	}
	for i := 0; i <= len(in); i++ {
		for j := i; j <= len(in); j += 3 {
			if got := parseSplit(Request, Config{}, []byte(in), nil, i, j); !sameResult(got, whole) {
				t.Fatalf("cuts %d,%d differ:\n%v", i, j, got)
			}
		}
	}
}

func TestMethodLookup(t *testing.T) {
	for i, m := range METHODS {
		if got := LookupMethod([]byte(m)); got != Method(i+1) || got.String() != m {
			t.Errorf("LookupMethod(%q) = %v", m, got)
		}
	}
	for _, s := range []string{"", "get", "GETS", "M-SEARCHX", "UNSUBSCRIBEX"} {
		if LookupMethod([]byte(s)) != MethodUnknown {
			t.Errorf("LookupMethod(%q) known", s)
		}
	}
	b := []byte("DELETE")
	if n := testing.AllocsPerRun(100, func() { LookupMethod(b) }); n != 0 {
		t.Errorf("LookupMethod allocates %v", n)
	}
}

func TestStatusCodes(t *testing.T) {
	for code, want := range map[int]string{200: "OK", 302: "Moved Temporarily", 404: "Not Found", 408: "Request Time-out",
		418: "I'm a teapot", 505: "HTTP Version Not Supported", 511: "Network Authentication Required"} {
		if STATUS_CODES[code] != want {
			t.Errorf("STATUS_CODES[%d] = %q", code, STATUS_CODES[code])
		}
	}
	if len(STATUS_CODES) != 56 {
		t.Errorf("%d status codes", len(STATUS_CODES))
	}
	if _, ok := STATUS_CODES[308]; ok {
		t.Error("v0.10 has no 308")
	}
}
