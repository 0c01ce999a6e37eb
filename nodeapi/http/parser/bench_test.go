package parser

import (
	"bytes"
	"fmt"
	"testing"
)

var typicalGET = []byte("GET /api/v1/items?id=12345&sort=desc HTTP/1.1\r\n" +
	"Host: www.example.com\r\n" +
	"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n" +
	"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n" +
	"Accept-Language: en-US,en;q=0.5\r\n" +
	"Accept-Encoding: gzip, deflate, br\r\n" +
	"Connection: keep-alive\r\n" +
	"Cookie: session=abcdef0123456789; theme=dark; lang=en\r\n" +
	"Upgrade-Insecure-Requests: 1\r\n" +
	"Sec-Fetch-Dest: document\r\n" +
	"Sec-Fetch-Mode: navigate\r\n" +
	"Sec-Fetch-Site: none\r\n" +
	"Sec-Fetch-User: ?1\r\n" +
	"If-None-Match: \"5d8c72a5edda8d6a\"\r\n" +
	"Cache-Control: max-age=0\r\n" +
	"\r\n")

type countHandler struct {
	NopHandler
	headers, body, done int
}

func (c *countHandler) Header(_, _ []byte)   { c.headers++ }
func (c *countHandler) Body(b []byte)        { c.body += len(b) }
func (c *countHandler) MessageComplete(bool) { c.done++ }

func BenchmarkGET(b *testing.B) {
	h := &countHandler{}
	p := New(Request, h, Config{})
	b.SetBytes(int64(len(typicalGET)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Execute(typicalGET); err != nil {
			b.Fatal(err)
		}
	}
	if h.done == 0 {
		b.Fatal("no message")
	}
}

// BenchmarkGETByteAtATime is the slowloris case: one Execute per byte.
func BenchmarkGETByteAtATime(b *testing.B) {
	h := &countHandler{}
	p := New(Request, h, Config{})
	b.SetBytes(int64(len(typicalGET)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range typicalGET {
			if _, err := p.Execute(typicalGET[i : i+1]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func chunkedBody(total, chunk int) []byte {
	var buf bytes.Buffer
	buf.WriteString("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
	data := bytes.Repeat([]byte("0123456789abcdef"), chunk/16)
	for sent := 0; sent < total; sent += chunk {
		fmt.Fprintf(&buf, "%x\r\n", chunk)
		buf.Write(data)
		buf.WriteString("\r\n")
	}
	buf.WriteString("0\r\n\r\n")
	return buf.Bytes()
}

// BenchmarkChunked1MiB parses a request with a 1 MiB body in 4 KiB chunks,
// fed in 64 KiB reads.
func BenchmarkChunked1MiB(b *testing.B) {
	msg := chunkedBody(1<<20, 4096)
	h := &countHandler{}
	p := New(Request, h, Config{})
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		for off := 0; off < len(msg); off += 64 << 10 {
			end := min(off+64<<10, len(msg))
			if _, err := p.Execute(msg[off:end]); err != nil {
				b.Fatal(err)
			}
		}
	}
	if h.body != h.done*(1<<20) {
		b.Fatalf("body %d for %d messages", h.body, h.done)
	}
}

func TestZeroAllocGET(t *testing.T) {
	h := &countHandler{}
	p := New(Request, h, Config{})
	p.Execute(typicalGET) // warm-up
	if n := testing.AllocsPerRun(200, func() {
		if _, err := p.Execute(typicalGET); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Fatalf("%v allocs per GET", n)
	}
	// split requests copy into the parser's buffer, which is reused
	if n := testing.AllocsPerRun(50, func() {
		for i := range typicalGET {
			p.Execute(typicalGET[i : i+1])
		}
	}); n != 0 {
		t.Fatalf("%v allocs per byte-at-a-time GET", n)
	}
	msg := chunkedBody(1<<16, 1000)
	p.Execute(msg)
	if n := testing.AllocsPerRun(20, func() { p.Execute(msg) }); n != 0 {
		t.Fatalf("%v allocs per chunked message", n)
	}
}
