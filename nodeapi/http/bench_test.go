package http_test

import (
	"bufio"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/nodetest"
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

// startServer runs src (which writes its port to PORTFILE) in an isolate
// on its own goroutine and returns the port and a stop function.
func startServer(tb testing.TB, src string) (string, func()) {
	tb.Helper()
	e := nodetest.New(tb)
	if _, err := e.Run("require('net')"); err != nil {
		tb.Skip("net module not available: ", err)
	}
	portFile := filepath.Join(tb.TempDir(), "port")
	src = "var PORTFILE = " + strconv.Quote(portFile) + ";\n" + src
	done := make(chan isolate.Result, 1)
	go func() {
		done <- e.Iso.Run(func(iso *isolate.Isolate) error {
			var err error
			iso.RunInTopLevel(func() error {
				_, err = nodeapi.Eval(iso, src, "[http_test]")
				return nil
			})
			return err
		})
	}()
	stop := func() {
		e.Iso.Terminate()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			tb.Error("isolate did not stop")
		}
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if b, err := os.ReadFile(portFile); err == nil && len(b) > 0 {
			return string(b), stop
		}
	}
	stop()
	tb.Fatalf("server did not start: %s", e.Stderr.String())
	return "", nil
}

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
