package loadgen

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// WrkPath is wrk's path if it is installed (Debian's package "wrk"), else "".
func WrkPath() string {
	p, err := exec.LookPath("wrk")
	if err != nil {
		return ""
	}
	return p
}

// Wrk loads addr with wrk (one thread, conns keep-alive connections, GET /)
// for warm, unmeasured, and then for dur, and returns the measured run's
// requests, errors (socket errors and non-2xx/3xx answers), p50 and p99.
// atStart, if not nil, runs just before the measured run. wrk runs on the
// CPUs this process runs on (see Pin).
func Wrk(wrk, addr string, conns int, warm, dur time.Duration, atStart func()) (Result, error) {
	url := "http://" + addr + "/"
	if warm > 0 {
		if _, err := runWrk(wrk, url, conns, warm); err != nil {
			return Result{}, err
		}
	}
	if atStart != nil {
		atStart()
	}
	out, err := runWrk(wrk, url, conns, dur)
	if err != nil {
		return Result{}, err
	}
	return parseWrk(out)
}

func runWrk(wrk, url string, conns int, d time.Duration) ([]byte, error) {
	secs := max(1, int(d.Round(time.Second)/time.Second))
	cmd := exec.Command(wrk, "-t1", "-c"+strconv.Itoa(conns), "-d"+strconv.Itoa(secs)+"s", "--latency", url)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("wrk: %v: %s", err, out)
	}
	return out, nil
}

// parseWrk reads wrk's report: "N requests in 4.00s, …", the latency
// distribution's 50% and 99% lines, "Socket errors: connect A, read B,
// write C, timeout D" and "Non-2xx or 3xx responses: E".
func parseWrk(out []byte) (Result, error) {
	var r Result
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) >= 4 && f[1] == "requests" && f[2] == "in":
			r.Reqs, _ = strconv.Atoi(f[0])
			d, err := time.ParseDuration(strings.TrimSuffix(f[3], ","))
			if err != nil {
				return r, fmt.Errorf("wrk: bad duration in %q", sc.Text())
			}
			r.Elapsed = d
		case len(f) == 2 && f[0] == "50%":
			r.P50, _ = time.ParseDuration(f[1])
		case len(f) == 2 && f[0] == "99%":
			r.P99, _ = time.ParseDuration(f[1])
		case len(f) >= 2 && f[0] == "Socket" && f[1] == "errors:":
			for i := 3; i < len(f); i += 2 {
				n, _ := strconv.Atoi(strings.TrimSuffix(f[i], ","))
				r.Errs += n
			}
		case len(f) == 5 && f[0] == "Non-2xx":
			n, _ := strconv.Atoi(f[4])
			r.Errs += n
		}
	}
	if r.Reqs == 0 || r.Elapsed == 0 {
		return r, fmt.Errorf("wrk: no result in %q", out)
	}
	return r, nil
}
