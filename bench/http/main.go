// Command http-bench is a load generator for the http module: it starts
// bench/http/server.js (examples/hello-server.js on a free port) under the
// isonode binary and under /usr/bin/node, one after the other, drives each
// over loopback with N keep-alive connections for a fixed time, and prints
// requests/s, p50 and p99 latency, and the ratios isonode/node.
//
//	go build -o /tmp/isonode ./cmd/node && go run ./bench/http [-c 50] [-d 5s]
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type result struct {
	reqs     int
	errs     int
	elapsed  time.Duration
	p50, p99 time.Duration
}

func (r result) rps() float64 { return float64(r.reqs) / r.elapsed.Seconds() }

func main() {
	iso := flag.String("isonode", "/tmp/isonode", "isonode binary")
	node := flag.String("node", "/usr/bin/node", "node binary")
	conns := flag.Int("c", 50, "keep-alive connections")
	dur := flag.Duration("d", 5*time.Second, "measured duration per server")
	warm := flag.Duration("warmup", time.Second, "warm-up before measuring")
	flag.Parse()

	_, self, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(self), "server.js")
	if _, err := os.Stat(script); err != nil {
		script = "bench/http/server.js"
	}
	fmt.Printf("hello-world server, %d keep-alive connections, %v per server (after %v warm-up), loopback, %d CPUs\n",
		*conns, *dur, *warm, runtime.NumCPU())
	fmt.Printf("%-8s %12s %10s %10s %8s\n", "server", "requests/s", "p50", "p99", "errors")
	var res [2]result
	for i, bin := range []string{*iso, *node} {
		r, err := runServer(bin, script, *conns, *warm, *dur)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", bin, err)
			os.Exit(1)
		}
		res[i] = r
		name := []string{"isonode", "node"}[i]
		fmt.Printf("%-8s %12.0f %10v %10v %8d\n", name, r.rps(), r.p50.Round(time.Microsecond), r.p99.Round(time.Microsecond), r.errs)
	}
	fmt.Printf("ratio isonode/node: requests/s %.2f, p99 %.2f\n",
		res[0].rps()/res[1].rps(), float64(res[0].p99)/float64(res[1].p99))
}

func runServer(bin, script string, conns int, warm, dur time.Duration) (result, error) {
	cmd := exec.Command(bin, script, "0")
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return result{}, err
	}
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return result{}, fmt.Errorf("no 'listening' line: %v", err)
	}
	port := strings.TrimSpace(strings.TrimPrefix(line, "listening "))
	addr := "127.0.0.1:" + port

	var (
		mu    sync.Mutex
		lat   []time.Duration
		total int
		errs  int
	)
	startMeasure := time.Now().Add(warm)
	stopAt := startMeasure.Add(dur)
	var wg sync.WaitGroup
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var my []time.Duration
			n, e := 0, 0
			var c net.Conn
			var br *bufio.Reader
			req := []byte("GET / HTTP/1.1\r\nHost: " + addr + "\r\n\r\n")
			for time.Now().Before(stopAt) {
				if c == nil {
					var err error
					c, err = net.Dial("tcp", addr)
					if err != nil {
						e++
						time.Sleep(10 * time.Millisecond)
						continue
					}
					br = bufio.NewReader(c)
				}
				t0 := time.Now()
				_ = c.SetDeadline(t0.Add(10 * time.Second))
				_, err := c.Write(req)
				var keep bool
				if err == nil {
					keep, err = readResponse(br)
				}
				if err != nil {
					e++
					c.Close()
					c = nil
					continue
				}
				if !keep {
					c.Close()
					c = nil
				}
				if t0.After(startMeasure) && time.Now().Before(stopAt) {
					my = append(my, time.Since(t0))
					n++
				}
			}
			if c != nil {
				c.Close()
			}
			mu.Lock()
			lat = append(lat, my...)
			total += n
			errs += e
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := result{reqs: total, errs: errs, elapsed: dur}
	if len(lat) > 0 {
		r.p50 = lat[len(lat)/2]
		r.p99 = lat[len(lat)*99/100]
	}
	return r, nil
}

// readResponse reads one response (Content-Length or chunked body) and
// reports whether the connection stays open.
func readResponse(br *bufio.Reader) (bool, error) {
	status, err := br.ReadString('\n')
	if err != nil {
		return false, err
	}
	if !strings.HasPrefix(status, "HTTP/1.1 200") {
		return false, errors.New("status " + strings.TrimSpace(status))
	}
	cl := int64(-1)
	chunked, keep := false, true
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return false, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		k, v, _ := strings.Cut(line, ":")
		v = strings.ToLower(strings.TrimSpace(v))
		switch strings.ToLower(k) {
		case "content-length":
			cl, _ = strconv.ParseInt(v, 10, 64)
		case "transfer-encoding":
			chunked = strings.Contains(v, "chunked")
		case "connection":
			keep = !strings.Contains(v, "close")
		}
	}
	if chunked {
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				return false, err
			}
			size, err := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
			if err != nil {
				return false, err
			}
			if _, err := io.CopyN(io.Discard, br, size+2); err != nil {
				return false, err
			}
			if size == 0 {
				return keep, nil
			}
		}
	}
	if cl < 0 {
		return false, errors.New("no body length")
	}
	_, err = io.CopyN(io.Discard, br, cl)
	return keep, err
}
