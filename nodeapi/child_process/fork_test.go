package child_process_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/child_process"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/scheduler"
)

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// run writes the files into a temp dir and runs main.js in an isolate,
// with exe as process.execPath.
func run(t *testing.T, exe string, files map[string]string) (string, string, int) {
	t.Helper()
	return runIn(t, t.TempDir(), exe, files)
}

func runIn(t *testing.T, dir, exe string, files map[string]string) (string, string, int) {
	t.Helper()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if exe == "" {
		exe, _ = os.Executable()
	}
	var stdout, stderr lockedBuf
	main := filepath.Join(dir, "main.js")
	host := &modkit.Host{
		Stdin: bytes.NewReader(nil), Stdout: &stdout, Stderr: &stderr, StdoutFd: -1, StderrFd: -1,
		Argv: []string{exe, main}, ExecPath: exe, Env: modkit.NewEnv(os.Environ()), Cwd: dir, Title: "node",
	}
	s := scheduler.New()
	h := s.Spawn(scheduler.Spec{Name: "main", Start: nodeapi.Start(host, nodeapi.Main{Script: main})})
	select {
	case <-h.Done():
	case <-time.After(30 * time.Second):
		h.Stop()
		t.Fatalf("timed out; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String(), h.Wait().Code
}

func TestForkPingPongInOrder(t *testing.T) {
	out, errOut, code := run(t, "", map[string]string{
		"main.js": `
var c = require('child_process').fork('child.js');
var next = 0, bad = 0;
c.on('message', function (m) {
  if (m.i !== next++) bad++;
  if (next === 2000) { console.log('ok', bad); c.disconnect(); }
});
for (var i = 0; i < 2000; i++) c.send({ i: i, pad: 'x' });
c.on('exit', function (code, sig) { console.log('exit', code, sig); });`,
		"child.js": `process.on('message', function (m) { process.send({ i: m.i }); });`,
	})
	if out != "ok 0\nexit 0 null\n" || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}

func TestParentEndDisconnectsChild(t *testing.T) {
	dir := t.TempDir()
	runIn(t, dir, "", map[string]string{
		"main.js": `
var c = require('child_process').fork('child.js');
c.on('message', function () { process.exit(0); });`,
		"child.js": `
process.on('disconnect', function () { require('fs').writeFileSync('disconnected.txt', 'yes'); });
process.send('up');`,
	})
	deadline := time.Now().Add(5 * time.Second)
	for len(child_process.Scheduler.Live()) > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(child_process.Scheduler.Live()); n != 0 {
		t.Fatalf("%d forked isolates still live", n)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "disconnected.txt")); err != nil || string(b) != "yes" {
		t.Fatalf("child did not see the disconnect: %v", err)
	}
}

func TestKillTerminatesOnlyChild(t *testing.T) {
	out, errOut, code := run(t, "", map[string]string{
		"main.js": `
var cp = require('child_process');
var c = cp.fork('child.js');
c.on('message', function () { process.kill(c.pid); });
c.on('exit', function (code, sig) {
  console.log('exit', code, sig);
  setTimeout(function () { console.log('parent alive'); }, 10);
});`,
		"child.js": `process.on('message', function () {}); process.send('spin'); setInterval(function () {}, 1000);`,
	})
	if out != "exit null SIGTERM\nparent alive\n" || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}

func TestSilentChildBackpressure(t *testing.T) {
	out, errOut, code := run(t, "", map[string]string{
		"main.js": `
var c = require('child_process').fork('child.js', [], { silent: true });
var n = 0;
c.stdout.pause();
setTimeout(function () {
  c.stdout.on('data', function (d) { n += d.length; });
  c.stdout.resume();
}, 100);
c.on('close', function (code) { console.log('got', n, code); });`,
		"child.js": `
var line = new Array(1024).join('y') + '\n';
for (var i = 0; i < 2048; i++) process.stdout.write(line);`,
	})
	if out != "got 2097152 0\n" || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}

func TestSpawnLargeOutputAndStdin(t *testing.T) {
	out, errOut, code := run(t, "", map[string]string{
		"main.js": `
var c = require('child_process').spawn('cat');
var n = 0;
c.stdout.on('data', function (d) { n += d.length; });
c.on('close', function (code) { console.log('cat', n, code); });
c.stdin.end(Buffer.alloc(3 * 1024 * 1024, 97));`,
	})
	if out != "cat 3145728 0\n" || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}

// TestIsolationProcess builds cmd/node and forks with isolation: 'process':
// a real OS child speaking newline-delimited JSON over NODE_CHANNEL_FD.
func TestIsolationProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/node")
	}
	exe := filepath.Join(t.TempDir(), "node")
	build := exec.Command("go", "build", "-o", exe, "github.com/isonode/isonode/cmd/node")
	if b, err := build.CombinedOutput(); err != nil {
		t.Skipf("cannot build cmd/node: %v\n%s", err, b)
	}
	out, errOut, code := run(t, exe, map[string]string{
		"main.js": `
var c = require('child_process').fork('child.js', ['arg'], { isolation: 'process' });
c.on('message', function (m) {
  console.log('parent got', JSON.stringify(m));
  if (m.last) c.disconnect();
});
for (var i = 0; i < 100; i++) c.send({ i: i });
c.send('end');
c.on('exit', function (code, sig) { console.log('exit', code, sig); });`,
		"child.js": `
var sum = 0;
process.on('message', function (m) {
  if (m === 'end') process.send({ last: true, sum: sum, argv: process.argv.slice(2), fd: process.env.NODE_CHANNEL_FD });
  else sum += m.i;
});`,
	})
	want := "parent got {\"last\":true,\"sum\":4950,\"argv\":[\"arg\"]}\nexit 0 null\n"
	if out != want || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
	if strings.Contains(errOut, "Error") {
		t.Fatalf("stderr: %s", errOut)
	}
}
