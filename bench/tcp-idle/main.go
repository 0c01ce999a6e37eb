// Command tcp-idle measures what an idle TCP connection costs a server
// (bench/tcp-idle/server.js) under isonode and under /usr/bin/node: it
// opens N connections over loopback, waits until the server holds them all,
// and prints the growth of the server's RSS and heap per connection (after
// a full GC). Issue #5's goal: 10,000 idle connections under 4 KB each of
// Go memory beyond their buffers (isonode's heapUsed is the Go heap).
//
//	go build -o /tmp/isonode ./cmd/node && go run ./bench/tcp-idle [-n 10000]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/isonode/isonode/bench/internal/loadgen"
)

type report struct {
	Conns    int   `json:"conns"`
	RSS      int64 `json:"rss"`
	HeapUsed int64 `json:"heapUsed"`
}

func main() {
	iso := flag.String("isonode", "/tmp/isonode", "isonode binary")
	node := flag.String("node", "/usr/bin/node", "node binary")
	n := flag.Int("n", 10000, "idle connections")
	flag.Parse()

	script := loadgen.Script("tcp-idle/server.js")
	fmt.Printf("%d idle loopback connections held by one server\n", *n)
	fmt.Printf("%-8s %16s %16s\n", "server", "RSS/conn", "heap/conn")
	for _, rt := range []struct{ name, bin string }{{"isonode", *iso}, {"node", *node}} {
		rss, heap, err := measure(rt.bin, script, *n)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", rt.name, err)
			os.Exit(1)
		}
		fmt.Printf("%-8s %13.0f B %13.0f B\n", rt.name, rss, heap)
	}
}

func measure(bin, script string, n int) (rssPer, heapPer float64, err error) {
	srv, err := loadgen.Start(bin, "--expose-gc", script)
	if err != nil {
		return 0, 0, err
	}
	defer srv.Stop()
	before, err := ask(srv)
	if err != nil {
		return 0, 0, err
	}
	conns := make([]net.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < n; i++ {
		c, err := net.Dial("tcp", srv.Addr)
		if err != nil {
			return 0, 0, fmt.Errorf("connection %d: %v", i, err)
		}
		conns = append(conns, c)
	}
	var after report
	for deadline := time.Now().Add(30 * time.Second); ; {
		if after, err = ask(srv); err != nil {
			return 0, 0, err
		}
		if after.Conns >= n || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if after.Conns < n {
		return 0, 0, fmt.Errorf("the server holds %d of %d connections", after.Conns, n)
	}
	return float64(after.RSS-before.RSS) / float64(n), float64(after.HeapUsed-before.HeapUsed) / float64(n), nil
}

func ask(srv *loadgen.Server) (report, error) {
	var r report
	line, err := srv.Ask("report")
	if err != nil {
		return r, err
	}
	err = json.Unmarshal([]byte(line), &r)
	return r, err
}
