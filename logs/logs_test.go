package logs

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
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

func (w *syncBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func entries(t *testing.T, text string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func find(entries []map[string]any, msg string) map[string]any {
	for _, e := range entries {
		if e["msg"] == msg {
			return e
		}
	}
	return nil
}

func spawnJS(s *scheduler.Scheduler, name, code string, out *syncBuffer) *scheduler.Handle {
	host := &modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: out, Stderr: out, StdoutFd: -1, StderrFd: -1,
		Argv: []string{"node"}, ExecPath: "node", Env: modkit.NewEnv(nil), Cwd: os.TempDir(), Title: "node",
	}
	return s.Spawn(scheduler.Spec{Name: name, Start: nodeapi.Start(host, nodeapi.Main{Code: code, Name: "[eval]"})})
}

func TestNewRejectsBadLevelAndFormat(t *testing.T) {
	if _, err := New(os.Stderr, "loud", ""); err == nil {
		t.Fatal("bad level accepted")
	}
	if _, err := New(os.Stderr, "", "xml"); err == nil {
		t.Fatal("bad format accepted")
	}
	for _, l := range []string{"debug", "info", "warn", "error", ""} {
		if _, err := New(os.Stderr, l, "json"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIsolateLifecycleAndUncaughtErrorsAreLogged(t *testing.T) {
	var logBuf, stdio syncBuffer
	log, err := New(&logBuf, "debug", "json")
	if err != nil {
		t.Fatal(err)
	}
	s := scheduler.New()
	Attach(s, log)
	defer nodeapi.SetFatalHook(nil)
	h := spawnJS(s, "thrower", `console.log('program', 'output'); setTimeout(function () { throw new TypeError('bad thing'); }, 1);`, &stdio)
	Spawned(log, h)
	if res := h.Wait(); res.Code != 1 {
		t.Fatalf("code %d", res.Code)
	}
	overflow := s.Spawn(scheduler.Spec{Name: "deep", Options: isolate.Options{MaxCallDepth: 50}, Start: nodeapi.Start(&modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: &stdio, Stderr: &stdio, StdoutFd: -1, StderrFd: -1,
		Argv: []string{"node"}, Env: modkit.NewEnv(nil), Cwd: os.TempDir(),
	}, nodeapi.Main{Code: `function f() { return f() + 1 } f()`})})
	overflow.Wait()
	stuck := spawnJS(s, "stuck", `for (;;) {}`, &stdio)
	time.Sleep(50 * time.Millisecond) // into the loop (Terminate during setup is a crash today)
	stuck.Stop()
	s.Wait()

	es := entries(t, logBuf.String())
	if e := find(es, "isolate spawned"); e == nil || e["isolate"] != "thrower" || e["level"] != "info" {
		t.Fatalf("spawn entry %v", e)
	}
	e := find(es, "uncaught exception")
	if e == nil || e["isolate"] != "thrower" || e["error"] != "TypeError: bad thing" || e["origin"] != "uncaughtException" {
		t.Fatalf("uncaught entry %v\n%s", e, logBuf.String())
	}
	var exits []map[string]any
	for _, e := range es {
		if e["msg"] == "isolate exited" {
			exits = append(exits, e)
		}
	}
	if len(exits) != 3 {
		t.Fatalf("exit entries %v\n%s", exits, logBuf.String())
	}
	reasons := map[string]map[string]any{}
	for _, e := range exits {
		reasons[e["isolate"].(string)] = e
		if d, ok := e["duration"].(float64); !ok || d <= 0 {
			t.Fatalf("duration in %v", e)
		}
	}
	if reasons["thrower"]["reason"] != "error" || reasons["stuck"]["reason"] != "terminated" || reasons["deep"]["reason"] != "error" {
		t.Fatalf("reasons %v", reasons)
	}
	if reasons["deep"]["limit_violations"] != 1.0 {
		t.Fatalf("stack overflow not counted: %v", reasons["deep"])
	}
	if strings.Contains(logBuf.String(), "program output") {
		t.Fatal("console output went through the logger")
	}
	if !strings.Contains(stdio.String(), "program output\n") {
		t.Fatalf("program output missing: %q", stdio.String())
	}
}

func TestDefaultLevelIsQuietForOrdinaryScripts(t *testing.T) {
	var logBuf, stdio syncBuffer
	log, err := New(&logBuf, "", "")
	if err != nil {
		t.Fatal(err)
	}
	s := scheduler.New()
	Attach(s, log)
	defer nodeapi.SetFatalHook(nil)
	h := spawnJS(s, "main", `throw new Error('x')`, &stdio)
	Spawned(log, h)
	h.Wait()
	s.Wait()
	if logBuf.String() != "" {
		t.Fatalf("default level logged %q", logBuf.String())
	}
}

func TestCrashIsLoggedAsError(t *testing.T) {
	var logBuf syncBuffer
	log, _ := New(&logBuf, "warn", "console")
	s := scheduler.New()
	Attach(s, log)
	defer nodeapi.SetFatalHook(nil)
	s.Spawn(scheduler.Spec{Name: "buggy", Start: func(iso *isolate.Isolate) error {
		iso.SetTimer(1, func() { panic("bug") })
		return nil
	}}).Wait()
	s.Wait()
	out := logBuf.String()
	if !strings.Contains(out, "ERROR") || !strings.Contains(out, "isolate crashed") || !strings.Contains(out, `"isolate": "buggy"`) {
		t.Fatalf("log %q", out)
	}
}
