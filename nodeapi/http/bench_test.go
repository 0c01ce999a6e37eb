package http_test

import (
	"bufio"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
)

const helloJS = `
var http = require('http'), fs = require('fs');
var server = http.createServer(function (req, res) {
  res.writeHead(200, {'Content-Type': 'text/plain'});
  res.end('Hello World\n');
});
server.listen(0, '127.0.0.1', function () {
  fs.writeFileSync(PORTFILE, String(server.address().port));
});
`

// BenchmarkHelloServer measures keep-alive requests against the hello-world
// server from 8 client connections (ns/op and B/op are per request, B/op and
// allocs/op counting the server's and the Go client's allocations).
// JSPROFILE=file writes goja's JS-level CPU profile of the run (go tool
// pprof file).
func BenchmarkHelloServer(b *testing.B) {
	benchServer(b, helloJS)
}

const setHeaderJS = `
var http = require('http'), fs = require('fs');
var body = 'Hello World\n';
var server = http.createServer(function (req, res) {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
});
server.listen(0, '127.0.0.1', function () {
  fs.writeFileSync(PORTFILE, String(server.address().port));
});
`

// BenchmarkSetHeaderServer is BenchmarkHelloServer with the headers set by
// setHeader and a Content-Length (the style of frameworks), so the answer
// is not chunked.
func BenchmarkSetHeaderServer(b *testing.B) {
	benchServer(b, setHeaderJS)
}

func benchServer(b *testing.B, src string) {
	port, stop := startServer(b, src)
	defer stop()
	if f := os.Getenv("JSPROFILE"); f != "" {
		w, err := os.Create(f)
		if err != nil {
			b.Fatal(err)
		}
		if err := goja.StartProfile(w); err != nil {
			b.Fatal(err)
		}
		defer func() { goja.StopProfile(); w.Close() }()
	}
	runClients(b, port)
}

func runClients(b *testing.B, port string) {
	const conns = 8
	b.ReportAllocs()
	var wg sync.WaitGroup
	per := b.N/conns + 1
	b.ResetTimer()
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", "127.0.0.1:"+port)
			if err != nil {
				b.Error(err)
				return
			}
			defer c.Close()
			br := bufio.NewReader(c)
			req := []byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
			for j := 0; j < per; j++ {
				if _, err := c.Write(req); err != nil {
					b.Error(err)
					return
				}
				length := int64(-1)
				for {
					l, err := br.ReadString('\n')
					if err != nil {
						b.Error(err)
						return
					}
					if l == "\r\n" {
						break
					}
					if name, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(name, "content-length") {
						length, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
					}
				}
				if length >= 0 {
					if _, err := io.CopyN(io.Discard, br, length); err != nil {
						b.Error(err)
						return
					}
					continue
				}
				for {
					l, err := br.ReadString('\n')
					if err != nil {
						b.Error(err)
						return
					}
					sz, _ := strconv.ParseInt(strings.TrimSpace(l), 16, 64)
					if _, err := io.CopyN(io.Discard, br, sz+2); err != nil {
						b.Error(err)
						return
					}
					if sz == 0 {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
}

const echoJS = `
var net = require('net'), fs = require('fs');
var resp = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nc\r\nHello World\n\r\n0\r\n\r\n');
var server = net.createServer(function (s) { s.on('data', function () { s.write(resp); }); });
server.listen(0, '127.0.0.1', function () { fs.writeFileSync(PORTFILE, String(server.address().port)); });
`

// BenchmarkNetFixedResponse is the floor for BenchmarkHelloServer: a net
// server answering every read with a fixed response, no HTTP parsing.
func BenchmarkNetFixedResponse(b *testing.B) {
	port, stop := startServer(b, echoJS)
	defer stop()
	runClients(b, port)
}
