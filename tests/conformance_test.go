// Package tests holds isonode's conformance and integration tests.
//
// Conformance fixtures live in tests/conformance/<module>/<name>.js, each
// with <name>.stdout (the exact expected stdout), optionally <name>.stderr
// (a Go regexp stderr must match) and <name>.exitcode (default 0). Files in
// subdirectories are helpers the fixtures load. Each fixture runs in a fresh
// isolate of this process, with its directory as the working directory and a
// timeout. The expected files come from /usr/bin/node (tests/oracle.sh), hand
// corrected where Node v0.10 differs from v20, as the fixture then says.
package tests

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
)

const fixtureTimeout = 20 * time.Second

func TestConformance(t *testing.T) {
	dirs, err := filepath.Glob("conformance/*")
	if err != nil {
		t.Fatal(err)
	}
	sched := scheduler.New()
	for _, dir := range dirs {
		module := filepath.Base(dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.js"))
		if len(files) == 0 {
			continue
		}
		t.Run(module, func(t *testing.T) {
			t.Parallel()
			for _, file := range files {
				name := strings.TrimSuffix(filepath.Base(file), ".js")
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					runFixture(t, sched, file)
				})
			}
		})
	}
}

// fixtureResult is what one run of a fixture produced.
type fixtureResult struct {
	stdout, stderr string
	code           int
}

// runScript runs a script file in a fresh isolate with captured stdio.
func runScript(t *testing.T, sched *scheduler.Scheduler, file string, args ...string) fixtureResult {
	t.Helper()
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	exe, _ := os.Executable()
	host := &modkit.Host{
		Stdin:    bytes.NewReader(nil),
		Stdout:   &lockedWriter{w: &stdout},
		Stderr:   &lockedWriter{w: &stderr},
		StdoutFd: -1,
		StderrFd: -1,
		Argv:     append([]string{exe, abs}, args...),
		ExecPath: exe,
		Env:      modkit.NewEnv(os.Environ()),
		Cwd:      filepath.Dir(abs),
		Title:    "node",
	}
	h := sched.Spawn(scheduler.Spec{Name: filepath.Base(file), Start: nodeapi.Start(host, nodeapi.Main{Script: abs})})
	select {
	case <-h.Done():
	case <-time.After(fixtureTimeout):
		h.Stop()
		t.Fatalf("%s: timed out after %v; stdout so far:\n%s", file, fixtureTimeout, stdout.String())
	}
	res := h.Wait()
	if res.Err != nil && res.Code == 0 {
		t.Fatalf("%s: %v", file, res.Err)
	}
	return fixtureResult{stdout: stdout.String(), stderr: stderr.String(), code: res.Code}
}

func runFixture(t *testing.T, sched *scheduler.Scheduler, file string) {
	base := strings.TrimSuffix(file, ".js")
	wantOut, err := os.ReadFile(base + ".stdout")
	if err != nil {
		t.Fatalf("%s: no expected output (%v); generate it with tests/oracle.sh --write", file, err)
	}
	wantCode := 0
	if b, err := os.ReadFile(base + ".exitcode"); err == nil {
		wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	got := runScript(t, sched, file)
	if got.stdout != string(wantOut) {
		t.Errorf("%s: stdout differs\n--- want\n%s\n--- got\n%s\n--- stderr\n%s", file, wantOut, got.stdout, got.stderr)
	}
	if got.code != wantCode {
		t.Errorf("%s: exit code %d, want %d\nstderr:\n%s", file, got.code, wantCode, got.stderr)
	}
	if pat, err := os.ReadFile(base + ".stderr"); err == nil {
		re, err := regexp.Compile(strings.TrimSpace(string(pat)))
		if err != nil {
			t.Fatalf("%s.stderr: %v", base, err)
		}
		if !re.MatchString(got.stderr) {
			t.Errorf("%s: stderr does not match %q:\n%s", file, re, got.stderr)
		}
	}
}
