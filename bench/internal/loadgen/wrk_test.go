package loadgen

import (
	"testing"
	"time"
)

func TestParseWrkReport(t *testing.T) {
	out := []byte(`Running 4s test @ http://127.0.0.1:40000/
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.10ms  300.00us   9.00ms   90.00%
    Req/Sec    45.00k     1.00k   47.00k    80.00%
  Latency Distribution
     50%  1.05ms
     75%    1.20ms
     90%    1.40ms
     99%  981.33us
  180000 requests in 4.00s, 20.00MB read
  Socket errors: connect 0, read 2, write 1, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:  45000.00
Transfer/sec:      5.00MB
`)
	r, err := parseWrk(out)
	if err != nil {
		t.Fatal(err)
	}
	if r.Reqs != 180000 || r.Elapsed != 4*time.Second || r.RPS() != 45000 {
		t.Errorf("requests %d in %v", r.Reqs, r.Elapsed)
	}
	if r.P50 != 1050*time.Microsecond || r.P99 != 981330*time.Nanosecond {
		t.Errorf("p50 %v p99 %v", r.P50, r.P99)
	}
	if r.Errs != 10 {
		t.Errorf("errors %d, want 10", r.Errs)
	}
	if _, err := parseWrk([]byte("garbage")); err == nil {
		t.Error("no error for a report without results")
	}
}

func TestPerOpIsCPUPerOperation(t *testing.T) {
	if got := PerOp(2*time.Second, 100000); got != 20*time.Microsecond {
		t.Errorf("PerOp = %v, want 20µs", got)
	}
	if got := PerOp(time.Second, 0); got != 0 {
		t.Errorf("PerOp with no operations = %v, want 0", got)
	}
}
