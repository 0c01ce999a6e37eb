package http_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// streamServerJS is a server that counts request bodies (POST /up) and
// streams a response body of ?n bytes with backpressure (GET /down?n).
const streamServerJS = `
var http = require('http'), fs = require('fs');
var chunk = Buffer.alloc(64 * 1024, 'x');
var server = http.createServer(function (req, res) {
  if (req.method === 'POST') {
    var n = 0;
    req.on('data', function (d) { n += d.length; });
    req.on('end', function () { res.end(String(n)); });
    return;
  }
  var left = Number(req.url.split('?')[1]);
  res.writeHead(200, {'Content-Length': left});
  (function pump() {
    while (left > 0) {
      var c = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= c.length;
      if (!res.write(c)) { res.once('drain', pump); return; }
    }
    res.end();
  })();
});
server.listen(0, '127.0.0.1', function () {
  fs.writeFileSync(PORTFILE, String(server.address().port));
});
`

func rss() (cur, peak int64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			cur = v * 1024
		case "VmHWM:":
			peak = v * 1024
		}
	}
	return
}

// TestStream1GiB streams 1 GiB into a server (a request body) and 1 GiB out
// of it (a response written with backpressure) over loopback, and checks that
// the heap stays bounded.
func TestStream1GiB(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const total = 1 << 30
	port, stopServer := startServer(t, streamServerJS)
	defer stopServer()

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap0 := int64(ms.HeapInuse)
	rss0, _ := rss()
	var peakHeap atomic.Int64
	stop := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if h := int64(m.HeapInuse); h > peakHeap.Load() {
				peakHeap.Store(h)
			}
		}
	}()
	start := time.Now()

	conn, err := net.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(60 * time.Second)) // a stall fails instead of hanging
	br := bufio.NewReaderSize(conn, 64*1024)

	// Upload.
	go func() {
		w := bufio.NewWriterSize(conn, 64*1024)
		fmt.Fprintf(w, "POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n", total)
		buf := make([]byte, 64*1024)
		for i := 0; i < total/len(buf); i++ {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
		_ = w.Flush()
	}()
	body := readResponse(t, br)
	if strings.TrimSpace(string(body)) != strconv.Itoa(total) {
		t.Fatalf("server counted %q bytes", body)
	}
	up := time.Since(start)

	// Download.
	start2 := time.Now()
	fmt.Fprintf(conn, "GET /down?%d HTTP/1.1\r\nHost: x\r\n\r\n", total)
	n := readResponseCount(t, br)
	if n != total {
		t.Fatalf("downloaded %d bytes", n)
	}
	down := time.Since(start2)
	close(stop)
	_, peakRSS := rss()
	growth := peakHeap.Load() - heap0
	t.Logf("upload 1 GiB in %v (%.0f MiB/s), download 1 GiB in %v (%.0f MiB/s); heap growth peak %d MiB; RSS %d→peak %d MiB",
		up, 1024/up.Seconds(), down, 1024/down.Seconds(), growth>>20, rss0>>20, peakRSS>>20)
	if growth > 256<<20 {
		t.Errorf("heap grew by %d MiB while streaming", growth>>20)
	}
}

// readResponse reads a response with a Content-Length or chunked body.
func readResponse(t *testing.T, br *bufio.Reader) []byte {
	t.Helper()
	cl, chunked := readHead(t, br)
	if chunked {
		var out []byte
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			size, _ := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
			if size == 0 {
				_, _ = br.ReadString('\n')
				return out
			}
			b := make([]byte, size+2)
			if _, err := io.ReadFull(br, b); err != nil {
				t.Fatal(err)
			}
			out = append(out, b[:size]...)
		}
	}
	b := make([]byte, cl)
	if _, err := io.ReadFull(br, b); err != nil {
		t.Fatal(err)
	}
	return b
}

func readResponseCount(t *testing.T, br *bufio.Reader) int64 {
	t.Helper()
	cl, chunked := readHead(t, br)
	if chunked {
		t.Fatal("unexpected chunked response")
	}
	n, err := io.CopyN(io.Discard, br, cl)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func readHead(t *testing.T, br *bufio.Reader) (cl int64, chunked bool) {
	t.Helper()
	status, err := br.ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(status, "HTTP/1.1 200") {
		t.Fatalf("status %q", status)
	}
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return
		}
		k, v, _ := strings.Cut(line, ":")
		switch strings.ToLower(k) {
		case "content-length":
			cl, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		case "transfer-encoding":
			chunked = strings.Contains(strings.ToLower(v), "chunked")
		}
	}
}
