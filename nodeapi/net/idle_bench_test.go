package net_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
	"golang.org/x/sys/unix"
)

// idleServer accepts connections and keeps them open, as
// bench/tcp-idle/server.js does; it prints its port, then "held N" each
// time the number of connections it holds reaches a multiple of
// IDLE_CONNS, and "held 0" when the last one closed.
const idleServer = `
var net = require('net');
var want = +process.env.IDLE_CONNS, conns = 0;
var server = net.createServer(function (c) {
  c.on('error', function () {});
  c.on('close', function () { if (--conns === 0) console.log('held 0'); });
  if (++conns % want === 0) setImmediate(function () { console.log('held ' + conns); });
});
server.listen(0, '127.0.0.1', function () { console.log(server.address().port); });
`

// BenchmarkIdleConnections measures the Go heap an idle accepted
// connection costs a server isolate (issue #5: under 4 KB each beyond
// their buffers). Each iteration opens ISONODE_IDLE_CONNS connections
// (default 4000; each costs two descriptors in this process), waits until
// the server holds them all, and reports the growth of the live heap
// after a full GC, per connection, as heapB/conn. The clients are raw
// descriptors, so that they add nothing to the Go heap. With
// ISONODE_IDLE_HEAPPROFILE set, it also writes a heap profile taken while
// the connections are held (see inuse_space):
//
//	ISONODE_IDLE_HEAPPROFILE=/tmp/idle.pprof go test ./nodeapi/net -run '^$' \
//		-bench IdleConnections -benchtime 1x -memprofilerate 512
//	go tool pprof -sample_index=inuse_space -top /tmp/idle.pprof
func BenchmarkIdleConnections(b *testing.B) {
	n := 4000
	if v, err := strconv.Atoi(os.Getenv("ISONODE_IDLE_CONNS")); err == nil && v > 0 {
		n = v
	}
	os.Setenv("IDLE_CONNS", strconv.Itoa(n))
	defer os.Unsetenv("IDLE_CONNS")
	dir := b.TempDir()
	file := filepath.Join(dir, "idle.js")
	if err := os.WriteFile(file, []byte(idleServer), 0o644); err != nil {
		b.Fatal(err)
	}
	pr, pw := io.Pipe()
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	host := &modkit.Host{
		Stdin: strings.NewReader(""), Stdout: pw, Stderr: os.Stderr, StdoutFd: -1, StderrFd: -1,
		Argv: []string{"node", file}, ExecPath: "node", Env: modkit.NewEnv(os.Environ()),
		Cwd: dir, Title: "node",
	}
	s := scheduler.New()
	h := s.Spawn(scheduler.Spec{Name: "idle.js", Start: nodeapi.Start(host, nodeapi.Main{Script: file})})
	defer h.Stop()
	next := func() string {
		select {
		case l, ok := <-lines:
			if !ok {
				b.Fatal("the server ended")
			}
			return l
		case <-time.After(60 * time.Second):
			b.Fatal("the server said nothing for a minute")
		}
		return ""
	}
	port, err := strconv.Atoi(next())
	if err != nil {
		b.Fatal(err)
	}
	addr := &unix.SockaddrInet4{Port: port, Addr: [4]byte{127, 0, 0, 1}}
	fds := make([]int, 0, n)
	var perConn float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		before := liveHeap()
		for j := 0; j < n; j++ {
			fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
			if err == nil {
				err = unix.Connect(fd, addr)
			}
			if err != nil {
				b.Fatalf("connection %d: %v", j, err)
			}
			fds = append(fds, fd)
		}
		if l := next(); l != fmt.Sprint("held ", n) {
			b.Fatalf("the server said %q", l)
		}
		perConn = float64(liveHeap()-before) / float64(n)
		if out := os.Getenv("ISONODE_IDLE_HEAPPROFILE"); out != "" {
			writeHeapProfile(b, out)
		}
		b.StopTimer()
		for _, fd := range fds {
			unix.Close(fd)
		}
		fds = fds[:0]
		if l := next(); l != "held 0" {
			b.Fatalf("the server said %q", l)
		}
		b.StartTimer()
	}
	b.ReportMetric(perConn, "heapB/conn")
}

// writeHeapProfile writes the live heap (as of the last GC) to file.
func writeHeapProfile(b *testing.B, file string) {
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Fatal(err)
	}
}

// liveHeap is the live Go heap after a full collection.
func liveHeap() int64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
