package net_test

import (
	"io"
	gonet "net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isonode/isonode/scheduler"
)

// pingPongServer is bench/tcp-echo's server: every chunk goes back as it
// came, from a 'data' listener.
const pingPongServer = `
var net = require('net');
var server = net.createServer(function (socket) {
  socket.on('data', function (d) { socket.write(d); });
  socket.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () { console.log(server.address().port); });
`

// BenchmarkEchoPingPong is bench/tcp-echo in one process (issue #5: TCP
// echo messages/s): 8 loopback connections each send a 1 KiB message and
// wait for all of it to come back before the next; an op is one message.
// The clients' own costs are in the time too, so compare profiles (the
// server isolate's share: -cpuprofile, focus=nodeapi/net) and allocations
// rather than ns/op alone:
//
//	go test ./nodeapi/net -run '^$' -bench EchoPingPong -cpuprofile /tmp/echo.pprof
func BenchmarkEchoPingPong(b *testing.B) {
	const conns, size = 8, 1024
	s := scheduler.New()
	h, out, errw := spawn(b, s, b.TempDir(), "echo.js", pingPongServer)
	defer h.Stop()
	var port string
	select {
	case port = <-out.first:
	case <-time.After(10 * time.Second):
		b.Fatalf("no port; stderr: %s", errw.String())
	}
	addr := "127.0.0.1:" + strings.TrimSpace(port)
	cs := make([]gonet.Conn, conns)
	for i := range cs {
		c, err := gonet.Dial("tcp", addr)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		cs[i] = c
	}
	var left atomic.Int64
	left.Store(int64(b.N))
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ReportAllocs()
	b.ResetTimer()
	for _, c := range cs {
		wg.Add(1)
		go func(c gonet.Conn) {
			defer wg.Done()
			msg := make([]byte, size)
			in := make([]byte, size)
			for left.Add(-1) >= 0 {
				if _, err := c.Write(msg); err != nil {
					failed.CompareAndSwap(nil, err)
					return
				}
				if _, err := io.ReadFull(c, in); err != nil {
					failed.CompareAndSwap(nil, err)
					return
				}
			}
		}(c)
	}
	wg.Wait()
	b.StopTimer()
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
}
