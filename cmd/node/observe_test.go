package main

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestObservabilityFlagsParse(t *testing.T) {
	o, err := parseArgs([]string{"--metrics-addr=127.0.0.1:9464", "--log-level", "debug", "--log-format=json", "x.js", "--log-level=a"})
	if err != nil {
		t.Fatal(err)
	}
	if o.metricsAddr != "127.0.0.1:9464" || o.logLevel != "debug" || o.logFormat != "json" || o.script != "x.js" || len(o.args) != 1 {
		t.Fatalf("%+v", o)
	}
	if len(o.warnings) != 0 {
		t.Fatalf("warnings %v", o.warnings)
	}
	if _, err := parseArgs([]string{"--metrics-addr"}); err == nil {
		t.Fatal("--metrics-addr without a value accepted")
	}
}

func TestBadLogLevelIsAnError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "--log-level=loud", "-e", "1")
	if code != 9 || !strings.Contains(errOut, "invalid log level") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}

func TestLogsGoToStderrAndConsoleToStdout(t *testing.T) {
	out, errOut, code := runCLI(t, "", "--log-level=info", "--log-format=json", "-e", "console.log('hi')")
	if out != "hi\n" || code != 0 {
		t.Fatalf("out %q code %d", out, code)
	}
	var msgs []string
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stderr line not JSON: %q", line)
		}
		msgs = append(msgs, m["msg"].(string)+":"+m["isolate"].(string))
	}
	if strings.Join(msgs, ",") != "isolate spawned:main,isolate exited:main" {
		t.Fatalf("log messages %v", msgs)
	}
}

func TestDefaultLogLevelKeepsStderrClean(t *testing.T) {
	_, errOut, code := runCLI(t, "", "-e", "setTimeout(function () {}, 1)")
	if errOut != "" || code != 0 {
		t.Fatalf("stderr %q code %d", errOut, code)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// scrapeWhileRunning runs the CLI with args and scrapes addr while it runs.
func scrapeWhileRunning(t *testing.T, addr string, args ...string) string {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		deadline := time.Now().Add(5 * time.Second)
		for time.Now().Before(deadline) {
			resp, err := http.Get("http://" + addr + "/metrics")
			if err == nil {
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if strings.Contains(string(body), `isonode_isolate_callbacks_total{isolate="main"}`) {
					got <- string(body)
					return
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
		got <- ""
	}()
	_, errOut, code := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	return <-got
}

func TestMetricsAddrServesMetricsWhileScriptRuns(t *testing.T) {
	addr := freeAddr(t)
	body := scrapeWhileRunning(t, addr, "--metrics-addr="+addr, "-e", "var n = 0, t = setInterval(function () { if (++n == 60) clearInterval(t) }, 10)")
	if !strings.Contains(body, "nodejs_eventloop_lag_seconds{isolate=\"main\"}") || !strings.Contains(body, "isonode_isolates_live 1") {
		t.Fatalf("scrape:\n%s", body)
	}
	if _, err := http.Get("http://" + addr + "/metrics"); err == nil {
		t.Fatal("endpoint still up after run returned")
	}
}

func TestMetricsAddrFromEnvironment(t *testing.T) {
	addr := freeAddr(t)
	t.Setenv("ISONODE_METRICS_ADDR", addr)
	body := scrapeWhileRunning(t, addr, "-e", "setTimeout(function () {}, 600)")
	if !strings.Contains(body, "nodejs_version_info") {
		t.Fatalf("scrape:\n%s", body)
	}
}

func TestBadMetricsAddrIsAnError(t *testing.T) {
	_, errOut, code := runCLI(t, "", "--metrics-addr=nonsense", "-e", "1")
	if code != 9 || errOut == "" {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}
