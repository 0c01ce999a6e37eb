package net_test

import (
	"bytes"
	"fmt"
	"io"
	gonet "net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
	"github.com/isonode/isonode/scheduler"
)

// lineWriter collects output and reports the first line.
type lineWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	first chan string
	sent  bool
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if !w.sent {
		if i := bytes.IndexByte(w.buf.Bytes(), '\n'); i >= 0 {
			w.sent = true
			w.first <- string(w.buf.Bytes()[:i])
		}
	}
	return len(p), nil
}

func (w *lineWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func spawn(t testing.TB, s *scheduler.Scheduler, dir, name, src string) (*scheduler.Handle, *lineWriter, *lineWriter) {
	t.Helper()
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := &lineWriter{first: make(chan string, 1)}
	errw := &lineWriter{first: make(chan string, 1)}
	host := &modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: out, Stderr: errw, StdoutFd: -1, StderrFd: -1,
		Argv: []string{"node", file}, ExecPath: "node", Env: modkit.NewEnv(os.Environ()),
		Cwd: dir, Title: "node",
	}
	h := s.Spawn(scheduler.Spec{Name: name, Start: nodeapi.Start(host, nodeapi.Main{Script: file})})
	return h, out, errw
}

func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(ents)
}

const echoServer = `
var net = require('net');
var server = net.createServer(function (s) {
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { s.end(); });
  s.on('error', function (e) { console.error('server socket error', e.message); });
});
server.listen(0, '127.0.0.1', function () { console.log(server.address().port); });
var closed = 0;
server.on('connection', function (s) {
  s.on('close', function () { if (++closed === +process.env.ECHO_CONNS) server.close(); });
});
`

// TestEchoManyConnections: an echo server isolate serves many concurrent
// loopback connections; every byte comes back in order, and once all
// sockets are closed the process's descriptor count is back where it was.
func TestEchoManyConnections(t *testing.T) {
	conns := 2000
	if n, err := strconv.Atoi(os.Getenv("ISONODE_ECHO_CONNS")); err == nil && n > 0 {
		conns = n
	}
	if testing.Short() {
		conns = 200
	}
	os.Setenv("ECHO_CONNS", fmt.Sprint(conns))
	defer os.Unsetenv("ECHO_CONNS")
	// The process-wide machinery (the reactor's shards, Go's own poller)
	// starts on first use and stays; count from after it exists.
	if _, err := reactor.DefaultReactor(); err != nil {
		t.Fatal(err)
	}
	if l, err := gonet.Listen("tcp", "127.0.0.1:0"); err == nil {
		l.Close()
	}
	before := openFDs(t)
	s := scheduler.New()
	h, out, errw := spawn(t, s, t.TempDir(), "echo.js", echoServer)
	var port string
	select {
	case port = <-out.first:
	case <-time.After(10 * time.Second):
		t.Fatalf("no port; stderr: %s", errw.String())
	}
	addr := "127.0.0.1:" + strings.TrimSpace(port)
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	sem := make(chan struct{}, 500) // bound the dials in flight (listen backlog)
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			c, err := gonet.DialTimeout("tcp", addr, 10*time.Second)
			<-sem
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(30 * time.Second))
			msg := make([]byte, 4096+i%3000)
			for j := range msg {
				msg[j] = byte(i*7 + j*13)
			}
			go func() {
				// write in pieces, then half-close
				for off := 0; off < len(msg); off += 1000 {
					end := off + 1000
					if end > len(msg) {
						end = len(msg)
					}
					c.Write(msg[off:end])
				}
				c.(*gonet.TCPConn).CloseWrite()
			}()
			got, err := io.ReadAll(c)
			if err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(got, msg) {
				errs <- fmt.Errorf("conn %d: got %d bytes, want %d (or out of order)", i, len(got), len(msg))
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	select {
	case <-h.Done():
	case <-time.After(20 * time.Second):
		h.Stop()
		t.Fatalf("server isolate did not end; stderr: %s", errw.String())
	}
	if res := h.Wait(); res.Code != 0 || res.Err != nil {
		t.Fatalf("server ended with %d %v; stderr: %s", res.Code, res.Err, errw.String())
	}
	deadline := time.Now().Add(5 * time.Second)
	for openFDs(t) > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if after := openFDs(t); after > before {
		t.Errorf("open descriptors: %d before, %d after", before, after)
	}
}

// TestCrossIsolate: a server in one isolate, clients in another.
func TestCrossIsolate(t *testing.T) {
	s := scheduler.New()
	dir := t.TempDir()
	os.Setenv("ECHO_CONNS", "20")
	defer os.Unsetenv("ECHO_CONNS")
	hs, out, errw := spawn(t, s, dir, "server.js", echoServer)
	var port string
	select {
	case port = <-out.first:
	case <-time.After(10 * time.Second):
		t.Fatalf("no port; stderr: %s", errw.String())
	}
	client := `
var net = require('net');
var left = 20, ok = 0;
for (var i = 0; i < 20; i++) (function (i) {
  var c = net.connect(` + strings.TrimSpace(port) + `, '127.0.0.1');
  var want = 'message ' + i + ' ' + new Array(1000).join('x');
  var got = [];
  c.on('connect', function () { c.end(want); });
  c.setEncoding('utf8');
  c.on('data', function (d) { got.push(d); });
  c.on('close', function () {
    if (got.join('') === want) ok++;
    if (--left === 0) console.log('ok ' + ok);
  });
})(i);
`
	hc, cout, cerr := spawn(t, s, dir, "client.js", client)
	for _, h := range []*scheduler.Handle{hc, hs} {
		select {
		case <-h.Done():
		case <-time.After(20 * time.Second):
			hc.Stop()
			hs.Stop()
			t.Fatalf("timed out; client stderr: %s server stderr: %s", cerr.String(), errw.String())
		}
	}
	if got := strings.TrimSpace(cout.String()); got != "ok 20" {
		t.Fatalf("client printed %q; stderr: %s", got, cerr.String())
	}
}
