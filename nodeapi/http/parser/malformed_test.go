package parser

import (
	"strings"
	"testing"
)

type badCase struct {
	name   string
	kind   Kind
	in     string
	cfg    Config
	code   string
	offset int64 // expected error offset, -1 = not checked
}

const (
	chunkedPost = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" // 47 bytes
)

var badCases = []badCase{
	// methods and request line
	{"unknown method", Request, "FOO / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 0},
	{"lower-case method", Request, "get / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 0},
	{"space before method", Request, " GET / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 0},
	{"NUL in method", Request, "G\x00T / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 1},
	{"method too long", Request, "GETGETGETGETGETGET / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 3},
	{"method prefix", Request, "GE / HTTP/1.1\r\n\r\n", Config{}, CodeInvalidMethod, 2},
	{"bad method before its line ends", Request, "GET / HTTP/1.1\r\n\r\nBOGUS /x", Config{}, CodeInvalidMethod, 19},
	{"method only", Request, "GET\r\n\r\n", Config{}, CodeInvalidMethod, 3},
	{"space in URL", Request, "GET /a b HTTP/1.1\r\n\r\n", Config{}, CodeInvalidConstant, 7},
	{"control in URL", Request, "GET /a\x01b HTTP/1.1\r\n\r\n", Config{}, CodeInvalidURL, 6},
	{"DEL in URL", Request, "GET /a\x7fb HTTP/1.1\r\n\r\n", Config{}, CodeInvalidURL, 6},
	{"high byte in URL", Request, "GET /\xc3\xa9 HTTP/1.1\r\n\r\n", Config{}, CodeInvalidURL, 5},
	{"tab in URL", Request, "GET /\t HTTP/1.1\r\n\r\n", Config{}, CodeInvalidURL, 5},
	{"bare CR in URL", Request, "GET /a\rb HTTP/1.1\r\n\r\n", Config{}, CodeInvalidURL, 6},
	{"HTTP/0.9", Request, "GET /\r\n\r\n", Config{}, CodeInvalidConstant, 5},
	{"lower-case http", Request, "GET / http/1.1\r\n\r\n", Config{}, CodeInvalidConstant, 6},
	{"two spaces before version", Request, "GET /  HTTP/1.1\r\n\r\n", Config{}, CodeInvalidConstant, 6},
	{"HTTP/1.2", Request, "GET / HTTP/1.2\r\n\r\n", Config{}, CodeInvalidVersion, 11},
	{"HTTP/2.1", Request, "GET / HTTP/2.1\r\n\r\n", Config{}, CodeInvalidVersion, 11},
	{"HTTP/0.8 version", Request, "GET / HTTP/0.8\r\n\r\n", Config{}, CodeInvalidVersion, 11},
	{"HTTP/1.x", Request, "GET / HTTP/1.x\r\n\r\n", Config{}, CodeInvalidVersion, 13},
	{"HTTP/11.1", Request, "GET / HTTP/11.1\r\n\r\n", Config{}, CodeInvalidVersion, 12},
	{"HTTP/1", Request, "GET / HTTP/1\r\n\r\n", Config{}, CodeInvalidVersion, 12},
	{"space after version", Request, "GET / HTTP/1.1 \r\n\r\n", Config{}, CodeInvalidVersion, 14},
	{"bare LF after request line", Request, "GET / HTTP/1.1\nHost: a\n\n", Config{}, CodeInvalidVersion, 14},
	{"CR without LF after request line", Request, "GET / HTTP/1.1\rX\r\n\r\n", Config{}, CodeLFExpected, 15},

	// header names
	{"whitespace before colon", Request, "GET / HTTP/1.1\r\nHost : a\r\n\r\n", Config{}, CodeInvalidHeaderToken, 20},
	{"tab before colon", Request, "GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", Config{}, CodeInvalidHeaderToken, 20},
	{"empty name", Request, "GET / HTTP/1.1\r\n: a\r\n\r\n", Config{}, CodeInvalidHeaderToken, 16},
	{"no colon", Request, "GET / HTTP/1.1\r\nHost\r\n\r\n", Config{}, CodeInvalidHeaderToken, 20},
	{"control in name", Request, "GET / HTTP/1.1\r\nA\x01: b\r\n\r\n", Config{}, CodeInvalidHeaderToken, 17},
	{"NUL in name", Request, "GET / HTTP/1.1\r\nA\x00B: b\r\n\r\n", Config{}, CodeInvalidHeaderToken, 17},
	{"separator in name", Request, "GET / HTTP/1.1\r\nA(b): c\r\n\r\n", Config{}, CodeInvalidHeaderToken, 17},
	{"high byte in name", Request, "GET / HTTP/1.1\r\nA\xe9: c\r\n\r\n", Config{}, CodeInvalidHeaderToken, 17},
	{"bare CR in name", Request, "GET / HTTP/1.1\r\nA\rB: c\r\n\r\n", Config{}, CodeLFExpected, 18},
	{"obs-fold", Request, "GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n", Config{}, CodeInvalidHeaderToken, 22},
	{"obs-fold tab", Request, "GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n", Config{}, CodeInvalidHeaderToken, 22},
	{"whitespace line before first header", Request, "GET / HTTP/1.1\r\n Host: a\r\n\r\n", Config{}, CodeInvalidHeaderToken, 16},
	{"whitespace-only line", Request, "GET / HTTP/1.1\r\nHost: a\r\n \r\n\r\n", Config{}, CodeInvalidHeaderToken, 25},

	// header values
	{"NUL in value", Request, "GET / HTTP/1.1\r\nA: b\x00c\r\n\r\n", Config{}, CodeInvalidHeaderToken, 20},
	{"DEL in value", Request, "GET / HTTP/1.1\r\nA: b\x7f\r\n\r\n", Config{}, CodeInvalidHeaderToken, 20},
	{"control in value", Request, "GET / HTTP/1.1\r\nA: \x0b\r\n\r\n", Config{}, CodeInvalidHeaderToken, 19},
	{"bare CR in value", Request, "GET / HTTP/1.1\r\nA: b\rc\r\n\r\n", Config{}, CodeLFExpected, 21},
	{"bare CR injecting a header", Request, "GET / HTTP/1.1\r\nA: b\rTransfer-Encoding: chunked\r\n\r\n", Config{}, CodeLFExpected, 21},
	{"bare LF ending a header", Request, "GET / HTTP/1.1\r\nHost: a\n\r\n", Config{}, CodeCRExpected, 23},
	{"bare LF ending headers", Request, "GET / HTTP/1.1\r\nHost: a\r\n\n", Config{}, CodeCRExpected, 25},
	{"CR then junk ending headers", Request, "GET / HTTP/1.1\r\nHost: a\r\n\rX\r\n", Config{}, CodeLFExpected, 26},

	// framing: request smuggling
	{"CL.TE", Request, "POST / HTTP/1.1\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nX", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE.CL", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidContentLength, -1},
	{"CL.CL differing", Request, "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", Config{}, CodeUnexpectedContentLength, 52},
	{"CL.CL same", Request, "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", Config{}, CodeUnexpectedContentLength, 52},
	{"CL list", Request, "POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\nabc", Config{}, CodeInvalidContentLength, 34},
	{"CL negative", Request, "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", Config{}, CodeInvalidContentLength, 33},
	{"CL plus sign", Request, "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n", Config{}, CodeInvalidContentLength, 33},
	{"CL empty", Request, "POST / HTTP/1.1\r\nContent-Length: \r\n\r\n", Config{}, CodeInvalidContentLength, 33},
	{"CL inner space", Request, "POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n", Config{}, CodeInvalidContentLength, 34},
	{"CL hex", Request, "POST / HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n", Config{}, CodeInvalidContentLength, 34},
	{"CL 2^63", Request, "POST / HTTP/1.1\r\nContent-Length: 9223372036854775808\r\n\r\n", Config{}, CodeInvalidContentLength, 51},
	{"CL overflow", Request, "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n", Config{}, CodeInvalidContentLength, 51},
	{"TE not chunked", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", Config{}, CodeInvalidTransferEncoding, 42},
	{"TE xchunked", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE quoted chunked", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: \"chunked\"\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE chunked then gzip", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", Config{}, CodeInvalidTransferEncoding, 36},
	{"TE chunked twice in one field", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE chunked twice in two fields", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE empty", Request, "POST / HTTP/1.1\r\nTransfer-Encoding: \r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"TE space before colon", Request, "POST / HTTP/1.1\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"TE vertical tab in name", Request, "POST / HTTP/1.1\r\nTransfer-Encoding\x0b: chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"TE folded", Request, "POST / HTTP/1.1\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"TE after bare LF", Request, "POST / HTTP/1.1\r\nX: y\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", Config{}, CodeCRExpected, 21},
	{"data after close", Request, "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n", Config{}, CodeClosedConnection, 37},
	{"data after HTTP/1.0", Request, "GET / HTTP/1.0\r\n\r\n\r\nX", Config{}, CodeClosedConnection, 20},

	// chunked bodies
	{"chunk size bad byte before the line ends", Request, chunkedPost + "W", Config{}, CodeInvalidChunkSize, 47},
	{"chunk size bad byte after digits, line unfinished", Request, chunkedPost + "1G", Config{}, CodeInvalidChunkSize, 48},
	{"chunk size not hex", Request, chunkedPost + "zz\r\n", Config{}, CodeInvalidChunkSize, 47},
	{"chunk size empty", Request, chunkedPost + "\r\n", Config{}, CodeInvalidChunkSize, 47},
	{"chunk size trailing space", Request, chunkedPost + "3 \r\nabc\r\n0\r\n\r\n", Config{}, CodeInvalidChunkSize, 48},
	{"chunk size leading space", Request, chunkedPost + " 3\r\nabc\r\n0\r\n\r\n", Config{}, CodeInvalidChunkSize, 47},
	{"chunk size negative", Request, chunkedPost + "-1\r\n", Config{}, CodeInvalidChunkSize, 47},
	{"chunk size 0x", Request, chunkedPost + "0x3\r\nabc\r\n0\r\n\r\n", Config{}, CodeInvalidChunkSize, 48},
	{"chunk size overflow", Request, chunkedPost + "fffffffffffffffff\r\n", Config{}, CodeInvalidChunkSize, 62},
	{"chunk size 2^63", Request, chunkedPost + "8000000000000000\r\n", Config{}, CodeInvalidChunkSize, 62},
	{"chunk size bare LF", Request, chunkedPost + "3\nabc\r\n0\r\n\r\n", Config{}, CodeCRExpected, 48},
	{"chunk data without CRLF", Request, chunkedPost + "3\r\nabcX\r\n0\r\n\r\n", Config{}, CodeStrict, 53},
	{"chunk data with bare LF", Request, chunkedPost + "3\r\nabc\n0\r\n\r\n", Config{}, CodeStrict, 53},
	{"chunk extension control", Request, chunkedPost + "3;a\x01\r\nabc\r\n0\r\n\r\n", Config{}, CodeStrict, 50},
	{"chunk extension bare CR", Request, chunkedPost + "3;a\rb\r\nabc\r\n0\r\n\r\n", Config{}, CodeStrict, 50},
	{"chunk extension overflow", Request, chunkedPost + "3;" + strings.Repeat("a", 100) + "\r\nabc\r\n0\r\n\r\n", Config{MaxChunkExtBytes: 64}, CodeChunkExtensionsOverflow, 47 + 64},
	{"trailer whitespace before colon", Request, chunkedPost + "0\r\nA : b\r\n\r\n", Config{}, CodeInvalidHeaderToken, 51},
	{"trailer obs-fold", Request, chunkedPost + "0\r\nA: b\r\n c\r\n\r\n", Config{}, CodeInvalidHeaderToken, 56},
	{"trailer NUL", Request, chunkedPost + "0\r\nA: \x00\r\n\r\n", Config{}, CodeInvalidHeaderToken, 53},

	// limits
	{"header line over limit", Request, "GET / HTTP/1.1\r\nA: " + strings.Repeat("x", 300) + "\r\n\r\n", Config{MaxHeaderBytes: 256}, CodeHeaderOverflow, 256},
	{"header section over limit", Request, "GET / HTTP/1.1\r\n" + strings.Repeat("Abc: def\r\n", 30) + "\r\n", Config{MaxHeaderBytes: 256}, CodeHeaderOverflow, 256},
	{"URL over limit", Request, "GET /" + strings.Repeat("a", 300) + " HTTP/1.1\r\n\r\n", Config{MaxHeaderBytes: 256}, CodeHeaderOverflow, 256},
	{"default limit", Request, "GET / HTTP/1.1\r\nA: " + strings.Repeat("x", 81*1024) + "\r\n\r\n", Config{}, CodeHeaderOverflow, 80 * 1024},
	{"too many headers", Request, "GET / HTTP/1.1\r\n" + strings.Repeat("A: b\r\n", 11) + "\r\n", Config{MaxHeaders: 10}, CodeHeaderOverflow, 16 + 60},
	{"default header count", Request, "GET / HTTP/1.1\r\n" + strings.Repeat("A:\r\n", DefaultMaxHeaders+1) + "\r\n", Config{MaxHeaderBytes: 1 << 20}, CodeHeaderOverflow, 16 + 4*DefaultMaxHeaders},
	{"empty lines flood", Request, strings.Repeat("\r\n", 200) + "GET / HTTP/1.1\r\n\r\n", Config{MaxHeaderBytes: 256}, CodeHeaderOverflow, 256},
	{"trailers over limit", Request, chunkedPost + "0\r\n" + strings.Repeat("T: v\r\n", 50) + "\r\n", Config{MaxHeaderBytes: 256}, CodeHeaderOverflow, 50 + 256},
	{"too many trailers", Request, chunkedPost + "0\r\n" + strings.Repeat("T: v\r\n", 5) + "\r\n", Config{MaxHeaders: 4}, CodeHeaderOverflow, 50 + 24},

	// responses
	{"status 4 digits", Response, "HTTP/1.1 2000 OK\r\n\r\n", Config{}, CodeInvalidStatus, 12},
	{"status 2 digits", Response, "HTTP/1.1 20 OK\r\n\r\n", Config{}, CodeInvalidStatus, 11},
	{"status letters", Response, "HTTP/1.1 abc OK\r\n\r\n", Config{}, CodeInvalidStatus, 9},
	{"status missing", Response, "HTTP/1.1\r\n\r\n", Config{}, CodeInvalidVersion, 8},
	{"no space after version", Response, "HTTP/1.1200 OK\r\n\r\n", Config{}, CodeInvalidVersion, 8},
	{"NUL in reason", Response, "HTTP/1.1 200 O\x00K\r\n\r\n", Config{}, CodeInvalidStatus, 14},
	{"bare CR in reason", Response, "HTTP/1.1 200 O\rK\r\n\r\n", Config{}, CodeLFExpected, 15},
	{"bare LF status line", Response, "HTTP/1.1 200 OK\n\r\n", Config{}, CodeCRExpected, 15},
	{"response HTTP/2", Response, "HTTP/2 200 OK\r\n\r\n", Config{}, CodeInvalidVersion, 6},
	{"response not HTTP", Response, "ICY 200 OK\r\n\r\n", Config{}, CodeInvalidConstant, 0},
	{"response CL.TE", Response, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", Config{}, CodeInvalidTransferEncoding, -1},
	{"response CL.CL", Response, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab", Config{}, CodeUnexpectedContentLength, -1},
	{"response folded Content-Length", Response, "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n 2\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"response fold of nothing", Response, "HTTP/1.1 200 OK\r\n c\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"response fold with control", Response, "HTTP/1.1 200 OK\r\nA: b\r\n c\x01\r\n\r\n", Config{}, CodeInvalidHeaderToken, -1},
	{"response bad chunk", Response, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nq\r\n", Config{}, CodeInvalidChunkSize, -1},
}

func TestMalformed(t *testing.T) {
	for _, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			tc := tcase{kind: c.kind, in: c.in, cfg: c.cfg}
			whole := tc.run()
			if whole.code != c.code {
				t.Fatalf("code = %q at %d, want %q\n%v", whole.code, whole.offset, c.code, whole)
			}
			if c.offset >= 0 && whole.offset != c.offset {
				t.Errorf("offset = %d, want %d", whole.offset, c.offset)
			}
			if len(c.in) <= 4096 {
				checkSplits(t, tc, whole)
			} else {
				for _, cut := range []int{1, 17, len(c.in) / 2, len(c.in) - 3} {
					if got := tc.run(cut); !sameResult(got, whole) {
						t.Fatalf("split at %d differs:\n%v", cut, got)
					}
				}
			}
		})
	}
}

// TestHeaderLimitBoundary checks that a header section of exactly
// MaxHeaderBytes is accepted and one byte more is not.
func TestHeaderLimitBoundary(t *testing.T) {
	const limit = 200
	head := "GET / HTTP/1.1\r\nA: "
	fill := limit - len(head) - len("\r\n\r\n")
	ok := head + strings.Repeat("x", fill) + "\r\n\r\n"
	if len(ok) != limit {
		t.Fatal(len(ok))
	}
	if r := parseSplit(Request, Config{MaxHeaderBytes: limit}, []byte(ok), nil); r.code != "" {
		t.Fatalf("exact limit rejected: %v", r)
	}
	over := head + strings.Repeat("x", fill+1) + "\r\n\r\n"
	if r := parseSplit(Request, Config{MaxHeaderBytes: limit}, []byte(over), nil); r.code != CodeHeaderOverflow {
		t.Fatalf("over limit: %v", r)
	}
}

// TestErrorSticks checks that a failed parser keeps failing and that errors
// carry Node's codes in their text.
func TestErrorSticks(t *testing.T) {
	p := New(Request, NopHandler{}, Config{})
	n, err := p.Execute([]byte("GET / HTTP/1.1\r\nA : b\r\n\r\n"))
	e, ok := err.(*Error)
	if !ok || e.Code != CodeInvalidHeaderToken || n != 17 {
		t.Fatalf("%d %v", n, err)
	}
	if !strings.Contains(e.Error(), "HPE_INVALID_HEADER_TOKEN") {
		t.Fatal(e.Error())
	}
	if n, err2 := p.Execute([]byte("GET / HTTP/1.1\r\n\r\n")); n != 0 || err2 != err {
		t.Fatalf("after error: %d %v", n, err2)
	}
	if p.Finish() != err {
		t.Fatal("Finish after error")
	}
}
