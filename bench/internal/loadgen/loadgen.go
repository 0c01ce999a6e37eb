// Package loadgen drives an HTTP/1.1 hello-world server over loopback for the
// benchmark commands (bench/http, bench/cluster): N keep-alive connections,
// each a goroutine sending GET / and reading the whole response, for a warm-up
// and then a measured period.
//
//	srv, err := loadgen.Start("/tmp/isonode", "bench/http/server.js", "0")
//	defer srv.Stop()
//	r := loadgen.Drive(srv.Addr, 50, time.Second, 5*time.Second, nil)
//	fmt.Println(r.RPS(), r.P99)
package loadgen

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

// Result is what one measured period gave.
type Result struct {
	Reqs, Errs int
	Elapsed    time.Duration
	P50, P99   time.Duration
}

// PerOp is a server's CPU time per request or message (n of them):
// unlike a rate, it hardly depends on what else the machine runs.
func PerOp(cpu time.Duration, n int64) time.Duration {
	if n <= 0 {
		return 0
	}
	return (cpu / time.Duration(n)).Round(100 * time.Nanosecond)
}

// RPS is requests per second over the measured period.
func (r Result) RPS() float64 { return float64(r.Reqs) / r.Elapsed.Seconds() }

// Flags are the command-line settings the load-driving benchmarks share.
type Flags struct {
	Isonode, Node string        // the binaries to compare
	Conns         int           // keep-alive connections
	Dur, Warm     time.Duration // measured period and warm-up, per run
}

// DefineFlags registers -isonode, -node, -c, -d and -warmup on the
// command line; call flag.Parse after defining any flags of your own.
func DefineFlags() *Flags {
	f := &Flags{}
	flag.StringVar(&f.Isonode, "isonode", "/tmp/isonode", "isonode binary")
	flag.StringVar(&f.Node, "node", "/usr/bin/node", "node binary")
	flag.IntVar(&f.Conns, "c", 50, "keep-alive connections")
	flag.DurationVar(&f.Dur, "d", 5*time.Second, "measured duration per run")
	flag.DurationVar(&f.Warm, "warmup", time.Second, "warm-up before measuring")
	return f
}

// Script returns the path of a benchmark's JS file, rel to the bench/
// folder ("http/server.js"): found next to this package's source when the
// command runs with `go run`, else relative to the repository root.
func Script(rel string) string {
	if _, self, _, ok := runtime.Caller(0); ok {
		p := filepath.Join(filepath.Dir(self), "..", "..", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return filepath.Join("bench", rel)
}

// Server is a benchmark server process that printed "listening <port> …".
type Server struct {
	Cmd    *exec.Cmd
	Addr   string   // 127.0.0.1:port
	Fields []string // the words after the port on the listening line
	Lines  *bufio.Reader
	stdin  io.WriteCloser
}

// Start runs bin with args and waits for its "listening <port> [more…]"
// line. After Pin, the server runs on CPU 0.
func Start(bin string, args ...string) (*Server, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	if err := startPinned(cmd.Start); err != nil {
		return nil, err
	}
	s := &Server{Cmd: cmd, Lines: bufio.NewReader(out), stdin: in}
	line, err := s.Lines.ReadString('\n')
	f := strings.Fields(line)
	if err != nil || len(f) < 2 || f[0] != "listening" {
		s.Stop()
		return nil, fmt.Errorf("%s: no 'listening' line (got %q, %v)", bin, line, err)
	}
	s.Addr, s.Fields = "127.0.0.1:"+f[1], f[2:]
	return s, nil
}

// Ask writes one line to the server's stdin and returns the line it answers.
func (s *Server) Ask(line string) (string, error) {
	if _, err := io.WriteString(s.stdin, line+"\n"); err != nil {
		return "", err
	}
	return s.Lines.ReadString('\n')
}

// Close closes the server's stdin, which the bench scripts take as the
// signal to exit, and waits for it to exit (killing it after timeout), so
// that a tool the server runs under (valgrind, perf) writes its output.
func (s *Server) Close(timeout time.Duration) error {
	_ = s.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- s.Cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(timeout):
		_ = s.Cmd.Process.Kill()
		return <-done
	}
}

// Stop kills the server and waits for it.
func (s *Server) Stop() {
	_ = s.Cmd.Process.Kill()
	_ = s.Cmd.Wait()
}

// Drive loads addr with conns keep-alive connections for warm+dur and
// measures the dur part. atStart, if not nil, runs (on its own goroutine)
// when measuring begins; Drive returns after it has returned.
func Drive(addr string, conns int, warm, dur time.Duration, atStart func()) Result {
	var (
		mu    sync.Mutex
		lat   []time.Duration
		total int
		errs  int
	)
	startMeasure := time.Now().Add(warm)
	stopAt := startMeasure.Add(dur)
	var wg sync.WaitGroup
	if atStart != nil {
		wg.Add(1)
		time.AfterFunc(time.Until(startMeasure), func() {
			defer wg.Done()
			atStart()
		})
	}
	for i := 0; i < conns; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			my, n, e := connection(addr, startMeasure, stopAt)
			mu.Lock()
			lat = append(lat, my...)
			total += n
			errs += e
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := Result{Reqs: total, Errs: errs, Elapsed: dur}
	if len(lat) > 0 {
		r.P50 = lat[len(lat)/2]
		r.P99 = lat[len(lat)*99/100]
	}
	return r
}

// connection runs one client until stopAt, reconnecting after errors, and
// returns the latencies of the requests inside the measured window.
func connection(addr string, startMeasure, stopAt time.Time) (lat []time.Duration, n, errs int) {
	var c net.Conn
	var br *bufio.Reader
	req := []byte("GET / HTTP/1.1\r\nHost: " + addr + "\r\n\r\n")
	for time.Now().Before(stopAt) {
		if c == nil {
			var err error
			c, err = net.Dial("tcp", addr)
			if err != nil {
				errs++
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
			errs++
			c.Close()
			c = nil
			continue
		}
		if !keep {
			c.Close()
			c = nil
		}
		if t0.After(startMeasure) && time.Now().Before(stopAt) {
			lat = append(lat, time.Since(t0))
			n++
		}
	}
	if c != nil {
		c.Close()
	}
	return lat, n, errs
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

// CPUTime is the user+system CPU time the processes with these pids have
// used so far (from /proc/<pid>/stat); pids that do not exist count zero and
// each pid counts once.
func CPUTime(pids ...int) time.Duration {
	seen := map[int]bool{}
	var ticks int64
	for _, pid := range pids {
		if seen[pid] {
			continue
		}
		seen[pid] = true
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue
		}
		// fields after the ")" closing the command name: state is field 3,
		// utime and stime are fields 14 and 15.
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) > 12 {
			u, _ := strconv.ParseInt(f[11], 10, 64)
			st, _ := strconv.ParseInt(f[12], 10, 64)
			ticks += u + st
		}
	}
	return time.Duration(ticks) * (time.Second / 100) // USER_HZ is 100 on Linux
}
