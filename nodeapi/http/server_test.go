package http_test

import (
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/nodetest"
)

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

// resetPeerJS is a server whose handler is busy while its client resets
// the connection, then ends the response: the end's write(2) is the first
// to learn of the reset. GET /log answers what the first request saw.
const resetPeerJS = `
var http = require('http'), fs = require('fs');
var log = [];
var server = http.createServer(function (req, res) {
  if (req.url === '/log') { res.end(log.join(',')); return; }
  res.on('finish', function () { log.push('finish'); });
  res.on('close', function () { log.push('res close'); });
  req.socket.on('close', function (hadError) { log.push('socket close ' + hadError); });
  var t = Date.now(); while (Date.now() - t < 200) {} // the peer resets meanwhile
  res.end('late');
  log.push('ended');
});
server.on('clientError', function (e) { log.push('clientError ' + e.code); });
server.listen(0, '127.0.0.1', function () {
  fs.writeFileSync(PORTFILE, String(server.address().port));
});
`

// TestServerEndToAResetPeer: a response ended after its peer reset the
// connection fails in the write made from Go. The server reports the
// socket's error ('clientError' ECONNRESET or EPIPE), the response emits
// 'close' and no 'finish' (v0.10: 'close' means the connection ended
// before end() could flush; Node 20 emits 'finish' too), and the server
// goes on serving.
func TestServerEndToAResetPeer(t *testing.T) {
	port, stop := startServer(t, resetPeerJS)
	defer stop()
	c, err := net.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // the handler is busy now
	_ = c.(*net.TCPConn).SetLinger(0)
	c.Close() // an RST
	time.Sleep(400 * time.Millisecond)

	c2, err := net.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	_ = c2.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c2.Write([]byte("GET /log HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(c2)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	if !strings.HasPrefix(got, "HTTP/1.1 200") {
		t.Fatalf("the server stopped serving: %q", got)
	}
	for _, want := range []string{"ended", "res close", "socket close true"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q: %q", want, got)
		}
	}
	if !strings.Contains(got, "clientError ECONNRESET") && !strings.Contains(got, "clientError EPIPE") {
		t.Errorf("no clientError for the reset: %q", got)
	}
	if strings.Contains(got, "finish") {
		t.Errorf("a response that never reached its peer emitted 'finish': %q", got)
	}
}
