package tests

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isonode/isonode/scheduler"
)

// npmInstall installs packages into a fresh directory with the machine's
// npm; the test is skipped where npm or the registry is not available.
func npmInstall(t *testing.T, pkgs ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("npm tests are skipped with -short")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not installed")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, npm, append([]string{"install", "--no-audit", "--no-fund", "--prefix", dir}, pkgs...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("npm install %v failed (no registry?): %v\n%s", pkgs, err, out)
	}
	return dir
}

func TestPromClientServesItsRegistryOverHTTP(t *testing.T) {
	dir := npmInstall(t, "prom-client@15")
	src, err := os.ReadFile(filepath.Join("npm", "prom-client.js"))
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "app.js")
	if err := os.WriteFile(script, src, 0o644); err != nil {
		t.Fatal(err)
	}
	res := runScript(t, scheduler.New(), script)
	if res.code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", res.code, res.stdout, res.stderr)
	}
	for _, want := range []string{
		"status 200",
		"process_cpu_user_seconds_total N",
		`nodejs_version_info{version="v0.10.48",major="0",minor="10",patch="48"} N`,
		`myapp_requests_total{path="/metrics"} N`,
	} {
		if !strings.Contains(res.stdout, want+"\n") {
			t.Errorf("missing %q in:\n%s", want, res.stdout)
		}
	}
}
