package metrics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

// spawnJS runs code as the main script of a Node isolate named name.
func spawnJS(s *scheduler.Scheduler, name, code string) *scheduler.Handle {
	out := &syncBuffer{}
	host := &modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: out, Stderr: out, StdoutFd: -1, StderrFd: -1,
		Argv: []string{"node"}, ExecPath: "node", Env: modkit.NewEnv(nil), Cwd: os.TempDir(), Title: "node",
	}
	return s.Spawn(scheduler.Spec{Name: name, Start: nodeapi.Start(host, nodeapi.Main{Code: code, Name: "[eval]"})})
}

// spawnIdle spawns a Go-only isolate holding a handle of kind until stopped.
func spawnIdle(s *scheduler.Scheduler, name, kind string) *scheduler.Handle {
	return s.Spawn(scheduler.Spec{Name: name, Start: func(iso *isolate.Isolate) error {
		iso.NewHandle(kind)
		return nil
	}})
}

func scrape(t testing.TB, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("scrape: %v, status %d: %s", err, resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("content type %q", ct)
	}
	return string(body)
}

func parse(t testing.TB, text string) map[string]*dto.MetricFamily {
	t.Helper()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(text))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, text)
	}
	return fams
}

// value returns the value of the series of name whose labels include want.
func value(t testing.TB, fams map[string]*dto.MetricFamily, name string, want map[string]string) float64 {
	t.Helper()
	mf := fams[name]
	if mf == nil {
		t.Fatalf("no metric %s", name)
	}
next:
	for _, m := range mf.GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		for k, v := range want {
			if got[k] != v {
				continue next
			}
		}
		switch {
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Untyped != nil:
			return m.Untyped.GetValue()
		}
	}
	t.Fatalf("no series %s%v", name, want)
	return 0
}

func labelValues(fams map[string]*dto.MetricFamily, name, label string) []string {
	var out []string
	for _, m := range fams[name].GetMetric() {
		for _, l := range m.GetLabel() {
			if l.GetName() == label {
				out = append(out, l.GetValue())
			}
		}
	}
	return out
}

func serve(t testing.TB, s *scheduler.Scheduler, opts Options) string {
	t.Helper()
	srv, err := Serve("127.0.0.1:0", s, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return "http://" + srv.Addr().String() + "/metrics"
}

const timerScript = `
var n = 0;
setInterval(function () { n++; }, 5);
setTimeout(function () {}, 1e9);
`

func TestScrapeHasNodeSeriesThatMove(t *testing.T) {
	s := scheduler.New()
	defer s.StopAll()
	for i := 0; i < 3; i++ {
		spawnJS(s, fmt.Sprintf("timers-%d", i), timerScript)
	}
	url := serve(t, s, Options{})
	time.Sleep(100 * time.Millisecond)
	a := parse(t, scrape(t, url))
	time.Sleep(150 * time.Millisecond)
	b := parse(t, scrape(t, url))

	types := map[string]dto.MetricType{
		"nodejs_eventloop_lag_seconds":              dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_min_seconds":          dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_max_seconds":          dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_mean_seconds":         dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_stddev_seconds":       dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_p50_seconds":          dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_p90_seconds":          dto.MetricType_GAUGE,
		"nodejs_eventloop_lag_p99_seconds":          dto.MetricType_GAUGE,
		"nodejs_active_handles_total":               dto.MetricType_UNTYPED,
		"nodejs_active_requests_total":              dto.MetricType_UNTYPED,
		"nodejs_heap_size_total_bytes":              dto.MetricType_GAUGE,
		"nodejs_heap_size_used_bytes":               dto.MetricType_GAUGE,
		"nodejs_external_memory_bytes":              dto.MetricType_GAUGE,
		"nodejs_version_info":                       dto.MetricType_GAUGE,
		"process_cpu_user_seconds_total":            dto.MetricType_COUNTER,
		"process_cpu_system_seconds_total":          dto.MetricType_COUNTER,
		"process_cpu_seconds_total":                 dto.MetricType_COUNTER,
		"process_resident_memory_bytes":             dto.MetricType_GAUGE,
		"process_start_time_seconds":                dto.MetricType_GAUGE,
		"go_goroutines":                             dto.MetricType_GAUGE,
		"isonode_isolate_loop_utilization":          dto.MetricType_GAUGE,
		"isonode_isolate_loop_active_seconds_total": dto.MetricType_COUNTER,
		"isonode_isolate_loop_idle_seconds_total":   dto.MetricType_COUNTER,
		"isonode_isolate_loop_iterations_total":     dto.MetricType_COUNTER,
		"isonode_isolate_js_seconds_total":          dto.MetricType_COUNTER,
		"isonode_isolate_callback_running_seconds":  dto.MetricType_GAUGE,
		"isonode_isolate_callbacks_total":           dto.MetricType_COUNTER,
		"isonode_isolate_ticks_total":               dto.MetricType_COUNTER,
		"isonode_isolate_posts_total":               dto.MetricType_COUNTER,
		"isonode_isolate_timers_fired_total":        dto.MetricType_COUNTER,
		"isonode_isolate_limit_violations_total":    dto.MetricType_COUNTER,
		"isonode_vm_contexts_created_total":         dto.MetricType_COUNTER,
		"isonode_vm_timeouts_total":                 dto.MetricType_COUNTER,
		"isonode_isolate_memory_estimate_bytes":     dto.MetricType_GAUGE,
		"isonode_isolates_labeled":                  dto.MetricType_GAUGE,
		"isonode_isolates_other":                    dto.MetricType_GAUGE,
		"isonode_isolates_live":                     dto.MetricType_GAUGE,
		"isonode_isolates_spawned_total":            dto.MetricType_COUNTER,
		"isonode_isolates_exited_total":             dto.MetricType_COUNTER,
		"isonode_pool_workers":                      dto.MetricType_GAUGE,
		"isonode_pool_queued_jobs":                  dto.MetricType_GAUGE,
		"isonode_pool_busy_workers":                 dto.MetricType_GAUGE,
		"isonode_pool_completed_jobs_total":         dto.MetricType_COUNTER,
	}
	for name, typ := range types {
		mf := b[name]
		if mf == nil {
			t.Errorf("missing %s", name)
			continue
		}
		if mf.GetType() != typ {
			t.Errorf("%s is %v, want %v", name, mf.GetType(), typ)
		}
		if mf.GetHelp() == "" {
			t.Errorf("%s has no help", name)
		}
	}
	if got := labelValues(b, "isonode_isolate_callbacks_total", "isolate"); len(got) != 3 {
		t.Fatalf("isolate labels %v", got)
	}
	if v := value(t, b, "nodejs_version_info", map[string]string{"version": "v0.10.48", "major": "0", "minor": "10", "patch": "48"}); v != 1 {
		t.Fatalf("version info %v", v)
	}
	if v := value(t, b, "isonode_isolates_live", nil); v != 3 {
		t.Fatalf("live %v", v)
	}
	if v := value(t, b, "isonode_isolates_spawned_total", nil); v != 3 {
		t.Fatalf("spawned %v", v)
	}
	for i := 0; i < 3; i++ {
		iso := map[string]string{"isolate": fmt.Sprintf("timers-%d", i)}
		for _, name := range []string{"isonode_isolate_timers_fired_total", "isonode_isolate_callbacks_total", "isonode_isolate_loop_iterations_total", "isonode_isolate_loop_idle_seconds_total", "isonode_isolate_js_seconds_total", "isonode_isolate_loop_active_seconds_total"} {
			if va, vb := value(t, a, name, iso), value(t, b, name, iso); !(vb > va) {
				t.Errorf("%s%v did not move: %v then %v", name, iso, va, vb)
			}
		}
		if u := value(t, b, "isonode_isolate_loop_utilization", iso); u <= 0 || u > 0.9 {
			t.Errorf("utilization of a timer loop %v", u)
		}
		if p := value(t, b, "nodejs_eventloop_lag_p99_seconds", iso); p <= 0 || p > 1 {
			t.Errorf("lag p99 %v", p)
		}
		if v := value(t, b, "nodejs_active_handles_total", iso); v != 0 {
			t.Errorf("handles %v", v)
		}
		if v := value(t, b, "isonode_isolate_memory_estimate_bytes", iso); v <= 0 {
			t.Errorf("memory estimate %v", v)
		}
	}
	if v := value(t, b, "nodejs_heap_size_used_bytes", nil); v <= 0 || v > value(t, b, "nodejs_heap_size_total_bytes", nil) {
		t.Fatalf("heap used %v", v)
	}
}

func TestPromtoolCheckMetricsIsClean(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Skip("promtool not on PATH")
	}
	s := scheduler.New()
	defer s.StopAll()
	spawnJS(s, "timers", timerScript)
	spawnJS(s, "timers", timerScript) // a duplicate name
	spawnIdle(s, "watcher", "FSWatcher")
	url := serve(t, s, Options{MaxIsolates: 2})
	time.Sleep(50 * time.Millisecond)
	text := scrape(t, url)
	if !strings.Contains(text, `nodejs_active_handles{isolate="_other",type="FSWatcher"} 1`) {
		t.Fatalf("no FSWatcher handle under _other:\n%s", text)
	}
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = strings.NewReader(text)
	out, err := cmd.CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) != 0 {
		t.Fatalf("promtool check metrics: %v\n%s", err, out)
	}
}

func TestCardinalityIsCapped(t *testing.T) {
	s := scheduler.New()
	defer s.StopAll()
	const n, cap = 12, 5
	var hs []*scheduler.Handle
	for i := 0; i < n; i++ {
		hs = append(hs, spawnIdle(s, fmt.Sprintf("iso-%02d", i), "TCP"))
	}
	url := serve(t, s, Options{MaxIsolates: cap})
	time.Sleep(20 * time.Millisecond)
	fams := parse(t, scrape(t, url))
	got := labelValues(fams, "isonode_isolate_callbacks_total", "isolate")
	if len(got) != cap+1 {
		t.Fatalf("isolate label values %v, want %d + _other", got, cap)
	}
	for i := 0; i < cap; i++ {
		value(t, fams, "isonode_isolate_callbacks_total", map[string]string{"isolate": fmt.Sprintf("iso-%02d", i)})
	}
	other := map[string]string{"isolate": OtherIsolates}
	if v := value(t, fams, "nodejs_active_handles_total", other); v != n-cap {
		t.Fatalf("_other handles %v, want %d", v, n-cap)
	}
	if v := value(t, fams, "nodejs_active_handles", map[string]string{"isolate": OtherIsolates, "type": "TCP"}); v != n-cap {
		t.Fatalf("_other TCP handles %v", v)
	}
	if value(t, fams, "isonode_isolates_other", nil) != n-cap || value(t, fams, "isonode_isolates_labeled", nil) != cap {
		t.Fatal("labeled/other counts")
	}
	for name, mf := range fams {
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "isolate" && strings.HasPrefix(l.GetValue(), "iso-") && l.GetValue() >= fmt.Sprintf("iso-%02d", cap) {
					t.Fatalf("%s has a series for %s beyond the cap", name, l.GetValue())
				}
			}
		}
	}
	// an isolate with a label keeps it; when one ends, the oldest of
	// "_other" takes its place
	hs[1].Stop()
	fams = parse(t, scrape(t, url))
	value(t, fams, "isonode_isolate_callbacks_total", map[string]string{"isolate": "iso-05"})
	if v := value(t, fams, "isonode_isolates_exited_total", map[string]string{"reason": "terminated"}); v != 1 {
		t.Fatalf("terminated %v", v)
	}
	if v := value(t, fams, "isonode_isolates_live", nil); v != n-1 {
		t.Fatalf("live %v", v)
	}
}

func TestStuckScriptCanBeScraped(t *testing.T) {
	s := scheduler.New()
	url := serve(t, s, Options{})
	h := spawnJS(s, "stuck", `setTimeout(function () {}, 1); var x = 0; while (true) { x++; }`)
	iso := map[string]string{"isolate": "stuck"}
	time.Sleep(100 * time.Millisecond)
	a := parse(t, scrape(t, url))
	time.Sleep(100 * time.Millisecond)
	done := make(chan map[string]*dto.MetricFamily, 1)
	go func() { done <- parse(t, scrape(t, url)) }()
	var b map[string]*dto.MetricFamily
	select {
	case b = <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("scrape blocked by a stuck isolate")
	}
	la, lb := value(t, a, "nodejs_eventloop_lag_seconds", iso), value(t, b, "nodejs_eventloop_lag_seconds", iso)
	if la < 0.05 || lb < la+0.05 {
		t.Fatalf("lag of a stuck loop: %v then %v", la, lb)
	}
	if r := value(t, b, "isonode_isolate_callback_running_seconds", iso); r < 0.15 {
		t.Fatalf("running callback %v", r)
	}
	if u := value(t, b, "isonode_isolate_loop_utilization", iso); u < 0.95 {
		t.Fatalf("utilization of a stuck loop %v", u)
	}
	if m := value(t, b, "nodejs_eventloop_lag_max_seconds", iso); m < lb {
		t.Fatalf("lag max %v < lag %v", m, lb)
	}
	if res := h.Stop(); scheduler.Reason(res) != scheduler.ExitTerminated {
		t.Fatalf("stuck isolate ended with %+v", res)
	}
	c := parse(t, scrape(t, url))
	if v := value(t, c, "isonode_isolates_exited_total", map[string]string{"reason": "terminated"}); v != 1 {
		t.Fatalf("terminated %v", v)
	}
	if _, ok := c["isonode_isolate_callbacks_total"]; ok {
		t.Fatal("series of an ended isolate remain")
	}
}

func TestRegisterIntoRegistryThatHasGoCollector(t *testing.T) {
	s := scheduler.New()
	defer s.StopAll()
	spawnIdle(s, "a", "Timer")
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := Register(reg, s, Options{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, mf := range fams {
		found = found || mf.GetName() == "nodejs_active_handles"
	}
	if !found {
		t.Fatal("no nodejs_active_handles")
	}
	if err := Register(prometheus.NewRegistry(), nil, Options{}); err == nil {
		t.Fatal("nil scheduler accepted")
	}
}

func TestConcurrentScrapesAreConsistent(t *testing.T) {
	s := scheduler.New()
	defer s.StopAll()
	for i := 0; i < 4; i++ {
		spawnJS(s, fmt.Sprintf("t%d", i), timerScript)
	}
	h, err := Handler(s, Options{MaxIsolates: 2})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
				if rec.Code != 200 {
					t.Errorf("status %d: %s", rec.Code, rec.Body)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkScrape1000Isolates measures one scrape (collect, encode) with
// 1,000 live isolates.
func BenchmarkScrape1000Isolates(b *testing.B) {
	s := scheduler.New()
	defer s.StopAll()
	for i := 0; i < 1000; i++ {
		if i%10 == 0 {
			spawnJS(s, fmt.Sprintf("js-%d", i), timerScript)
		} else {
			spawnIdle(s, fmt.Sprintf("idle-%d", i), "TCP")
		}
	}
	for len(s.Live()) < 1000 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond)
	for _, bc := range []struct {
		name string
		max  int
	}{{"cap100", 0}, {"all-labeled", 1000}} {
		b.Run(bc.name, func(b *testing.B) {
			h, err := Handler(s, Options{MaxIsolates: bc.max})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}

// TestDashboardUsesExistingSeries checks that every series the Grafana
// dashboard queries is exported.
func TestDashboardUsesExistingSeries(t *testing.T) {
	raw, err := os.ReadFile("../docs/grafana-isonode.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Targets []struct{ Expr string } `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatal(err)
	}
	s := scheduler.New()
	defer s.StopAll()
	spawnIdle(s, "a", "TCP")
	url := serve(t, s, Options{Reactor: func() (ReactorStats, bool) {
		return ReactorStats{Shards: make([]ShardStats, 1)}, true
	}})
	time.Sleep(10 * time.Millisecond)
	fams := parse(t, scrape(t, url))
	re := regexp.MustCompile(`\b((?:nodejs|isonode|process|go)_[a-z0-9_]+)\{`)
	n := 0
	for _, p := range dash.Panels {
		for _, tg := range p.Targets {
			for _, m := range re.FindAllStringSubmatch(tg.Expr, -1) {
				name := m[1]
				if fams[name] == nil && fams[strings.TrimSuffix(name, "_sum")] == nil {
					t.Errorf("dashboard queries %s, which is not exported", name)
				}
				n++
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d series in the dashboard", n)
	}
}
