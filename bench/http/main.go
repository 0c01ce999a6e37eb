// Command http-bench is a load generator for the http module: it starts
// bench/http/server.js (examples/hello-server.js on a free port) under the
// isonode binary and under /usr/bin/node, one after the other, drives each
// over loopback with N keep-alive connections for a fixed time, and prints
// requests/s, p50 and p99 latency, and the ratios isonode/node. As issue
// #6 measures, the server runs pinned to CPU 0 and the load on the other
// CPUs (-pin=false: anywhere), and the load is wrk's (Debian's package
// "wrk") when it is installed, else this package's Go client (-wrk=false
// forces that).
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
	pin := flag.Bool("pin", true, "run the server on CPU 0 and the load on the others")
	useWrk := flag.Bool("wrk", true, "load with wrk when it is installed")
	flag.Parse()

	script := loadgen.Script("http/server.js")
	wrk := ""
	if *useWrk {
		wrk = loadgen.WrkPath()
	}
	client := "Go client"
	if wrk != "" {
		client = "wrk"
	}
	where := "unpinned"
	if *pin && loadgen.Pin() {
		where = "server on CPU 0"
	}
	fmt.Printf("hello-world server, %d keep-alive connections (%s), %v per server (after %v warm-up), loopback, %d CPUs, %s\n",
		f.Conns, client, f.Dur, f.Warm, runtime.NumCPU(), where)
	fmt.Printf("%-8s %12s %10s %10s %8s %14s\n", "server", "requests/s", "p50", "p99", "errors", "server CPU/req")
	var res [2]loadgen.Result
	var cpu [2]time.Duration // the server's CPU time while measured
	for i, bin := range []string{f.Isonode, f.Node} {
		srv, err := loadgen.Start(bin, script, "0")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var r loadgen.Result
		pid := srv.Cmd.Process.Pid
		var cpu0 time.Duration
		atStart := func() { cpu0 = loadgen.CPUTime(pid) }
		if wrk != "" {
			r, err = loadgen.Wrk(wrk, srv.Addr, f.Conns, f.Warm, f.Dur, atStart)
		} else {
			r = loadgen.Drive(srv.Addr, f.Conns, f.Warm, f.Dur, atStart)
		}
		cpu[i] = loadgen.CPUTime(pid) - cpu0
		srv.Stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		res[i] = r
		name := []string{"isonode", "node"}[i]
		fmt.Printf("%-8s %12.0f %10v %10v %8d %14v\n", name, r.RPS(), r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond), r.Errs,
			loadgen.PerOp(cpu[i], int64(r.Reqs)))
	}
	fmt.Printf("ratio isonode/node: requests/s %.2f, p99 %.2f, server CPU/req %.2f\n",
		res[0].RPS()/res[1].RPS(), float64(res[0].P99)/float64(res[1].P99),
		float64(loadgen.PerOp(cpu[0], int64(res[0].Reqs)))/float64(loadgen.PerOp(cpu[1], int64(res[1].Reqs))))
}
