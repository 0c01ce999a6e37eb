// Command http-bench is a load generator for the http module: it starts
// bench/http/server.js (examples/hello-server.js on a free port) under the
// isonode binary and under /usr/bin/node, one after the other, drives each
// over loopback with N keep-alive connections for a fixed time, and prints
// requests/s, p50 and p99 latency, and the ratios isonode/node.
//
//	go build -o /tmp/isonode ./cmd/node && go run ./bench/http [-c 50] [-d 5s]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/isonode/isonode/bench/internal/loadgen"
)

func main() {
	f := loadgen.DefineFlags()
	flag.Parse()

	script := loadgen.Script("http/server.js")
	fmt.Printf("hello-world server, %d keep-alive connections, %v per server (after %v warm-up), loopback, %d CPUs\n",
		f.Conns, f.Dur, f.Warm, runtime.NumCPU())
	fmt.Printf("%-8s %12s %10s %10s %8s\n", "server", "requests/s", "p50", "p99", "errors")
	var res [2]loadgen.Result
	for i, bin := range []string{f.Isonode, f.Node} {
		srv, err := loadgen.Start(bin, script, "0")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		r := loadgen.Drive(srv.Addr, f.Conns, f.Warm, f.Dur, nil)
		srv.Stop()
		res[i] = r
		name := []string{"isonode", "node"}[i]
		fmt.Printf("%-8s %12.0f %10v %10v %8d\n", name, r.RPS(), r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Errs)
	}
	fmt.Printf("ratio isonode/node: requests/s %.2f, p99 %.2f\n",
		res[0].RPS()/res[1].RPS(), float64(res[0].P99)/float64(res[1].P99))
}
