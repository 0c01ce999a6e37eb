// Command metrics-bench measures what serving Prometheus metrics costs the
// hello-world server (bench/http/server.js under isonode): it alternates runs
// with metrics off and on (`--metrics-addr`, scraped every second during the
// run, as a busy Prometheus would), and prints the median requests/s of each
// and their ratio. Issue #9's goal: metrics on within 3% of metrics off.
//
//	go build -o /tmp/isonode ./cmd/node && go run ./bench/metrics [-rounds 5] [-d 5s]
package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sort"
	"time"

	"github.com/isonode/isonode/bench/internal/loadgen"
)

func main() {
	f := loadgen.DefineFlags()
	rounds := flag.Int("rounds", 5, "runs with metrics off and on, alternating")
	flag.Parse()

	script := loadgen.Script("http/server.js")
	fmt.Printf("hello-world server under isonode, metrics off vs on (scraped every 1s), %d connections, %d rounds of %v\n",
		f.Conns, *rounds, f.Dur)
	var off, on []float64
	for i := 0; i < *rounds; i++ {
		for _, metrics := range []bool{false, true} {
			rps, err := run(f.Isonode, script, metrics, f.Conns, f.Warm, f.Dur)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			if metrics {
				on = append(on, rps)
			} else {
				off = append(off, rps)
			}
			fmt.Printf("round %d metrics %-5v %10.0f requests/s\n", i+1, metrics, rps)
		}
	}
	mOff, mOn := median(off), median(on)
	fmt.Printf("median requests/s: off %.0f, on %.0f; on/off %.3f\n", mOff, mOn, mOn/mOff)
}

func run(bin, script string, metrics bool, conns int, warm, dur time.Duration) (float64, error) {
	args := []string{script, "0"}
	var metricsAddr string
	if metrics {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, err
		}
		metricsAddr = l.Addr().String()
		l.Close()
		args = append([]string{"--metrics-addr=" + metricsAddr}, args...)
	}
	srv, err := loadgen.Start(bin, args...)
	if err != nil {
		return 0, err
	}
	defer srv.Stop()
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() { done <- scrapeEverySecond(metricsAddr, stop) }()
	r := loadgen.Drive(srv.Addr, conns, warm, dur, nil)
	close(stop)
	if err := <-done; err != nil {
		return 0, err
	}
	return r.RPS(), nil
}

// scrapeEverySecond GETs /metrics once a second until stop (nothing when
// addr is empty) and reports the first failure.
func scrapeEverySecond(addr string, stop <-chan struct{}) error {
	if addr == "" {
		return nil
	}
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return nil
		case <-t.C:
			resp, err := http.Get("http://" + addr + "/metrics")
			if err != nil {
				return err
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				return fmt.Errorf("/metrics: %s", resp.Status)
			}
		}
	}
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}
