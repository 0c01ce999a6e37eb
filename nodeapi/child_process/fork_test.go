package child_process_test

import (
	"bytes"
	"context"
	"fmt"
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
func run(t testing.TB, exe string, files map[string]string) (string, string, int) {
	t.Helper()
	return runIn(t, t.TempDir(), exe, files)
}

func runIn(t testing.TB, dir, exe string, files map[string]string) (string, string, int) {
	t.Helper()
	return runHost(t, dir, exe, files, nil)
}

// runHost is runIn with edit, when not nil, adjusting the main isolate's
// Host before it runs.
func runHost(t testing.TB, dir, exe string, files map[string]string, edit func(*modkit.Host)) (string, string, int) {
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
	if edit != nil {
		edit(host)
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

var (
	buildOnce sync.Once
	builtNode string
	buildErr  error
)

// TestMain removes the cmd/node that buildNode built.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtNode != "" {
		os.RemoveAll(filepath.Dir(builtNode))
	}
	os.Exit(code)
}

// buildNode builds cmd/node once per test binary (skipping the test with
// -short or when it cannot be built) and returns its path.
func buildNode(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds cmd/node")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "isonode-cp-test")
		if err != nil {
			buildErr = err
			return
		}
		builtNode = filepath.Join(dir, "node")
		if b, err := exec.Command("go", "build", "-o", builtNode, "github.com/isonode/isonode/cmd/node").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("%v\n%s", err, b)
		}
	})
	if buildErr != nil {
		t.Skipf("cannot build cmd/node: %v", buildErr)
	}
	return builtNode
}

// TestIsolationProcess builds cmd/node and forks with isolation: 'process':
// a real OS child speaking newline-delimited JSON over NODE_CHANNEL_FD.
func TestIsolationProcess(t *testing.T) {
	exe := buildNode(t)
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

// An embedder's allow-list of core modules (Host.AllowModule) holds in the
// isolates that a script forks: the child is refused the same modules, and
// its IPC channel still works (process.send needs no module).
func TestForkedChildInheritsModuleAllowList(t *testing.T) {
	allow := map[string]bool{"child_process": true, "path": true}
	out, errOut, code := runHost(t, t.TempDir(), "", map[string]string{
		"main.js": `
function attempt(name) { try { require(name); return 'loaded'; } catch (e) { return e.code; } }
console.log('parent', attempt('fs'), attempt('path'));
var c = require('child_process').fork('child.js');
c.on('message', function (m) { console.log('child', m); });
c.on('exit', function (code) { console.log('exit', code); });`,
		"child.js": `
function attempt(name) { try { require(name); return 'loaded'; } catch (e) { return e.code; } }
process.send([attempt('fs'), attempt('node:net'), attempt('child_process'), attempt('path'), typeof process.send].join(' '));`,
	}, func(h *modkit.Host) { h.AllowModule = func(name string) bool { return allow[name] } })
	want := "parent ERR_ACCESS_DENIED loaded\nchild ERR_ACCESS_DENIED ERR_ACCESS_DENIED loaded loaded function\nexit 0\n"
	if out != want || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}

// Handles cross between OS processes as SCM_RIGHTS over the IPC channel
// (Node's protocol: NODE_HANDLE, then NODE_HANDLE_ACK): a listening Server,
// then an accepted Socket. The scripts are in testdata/handles: the sending
// side runs sender.js, the receiving side receiver.js, which prints; the
// parent runs in a test isolate (isonode) or as an OS process (node).
func TestHandlesAcrossOSProcesses(t *testing.T) {
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node in PATH")
	}
	files := map[string]string{}
	for _, name := range []string{"sender.js", "receiver.js"} {
		b, err := os.ReadFile(filepath.Join("testdata", "handles", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(b)
	}
	const (
		send    = "require('./sender.js')(%s);"
		receive = "require('./receiver.js')(%[1]s, function () { %[1]s.disconnect(); });"
		want    = "server: true true\nconnected to: receiver\nsocket: true 127.0.0.1\nclient got: via receiver\nexit 0\n"
	)
	for _, tc := range []struct {
		name          string
		nodeParent    bool   // else an isonode isolate
		nodeChild     bool   // else this isonode binary as an OS process
		parent, child string // send or receive
	}{
		{"NodeChildToIsonodeParent", false, true, receive, send},
		{"NodeParentToIsonodeChild", true, false, send, receive},
		{"IsonodeParentToNodeChild", false, true, send, receive},
		{"IsonodeChildToNodeParent", true, false, receive, send},
		{"IsonodeParentToIsonodeChild", false, false, send, receive},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if isonodeSends := (tc.parent == send && !tc.nodeParent) || (tc.child == send && !tc.nodeChild); isonodeSends && child_process.TakeHandleFd == nil {
				t.Skip("net gives no descriptors to send (child_process.TakeHandleFd)")
			}
			// an isonode parent reports the child's end on 'close', after
			// its output; Node's does not emit 'close' here (v20 keeps
			// waiting on the received handles), only 'exit'
			endEvent := "close"
			if tc.nodeParent {
				endEvent = "exit"
			}
			childBin := nodeBin
			if !tc.nodeChild {
				childBin = buildNode(t)
			}
			files["main.js"] = fmt.Sprintf(`
var c = require('child_process').fork('child.js', [], { isolation: 'process', execPath: %q, silent: true });
c.stdout.pipe(process.stdout);
c.stderr.pipe(process.stderr);
%s
c.on(%q, function (code) { console.log('exit', code); });`, childBin, fmt.Sprintf(tc.parent, "c"), endEvent)
			files["child.js"] = fmt.Sprintf(tc.child, "process")
			if !tc.nodeParent {
				out, errOut, code := run(t, "", files)
				if out != want || code != 0 {
					t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
				}
				return
			}
			dir := t.TempDir()
			for name, src := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, nodeBin, "main.js")
			cmd.Dir = dir
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if string(out) != want || err != nil {
				t.Fatalf("got %q (%v), stderr %q", out, err, stderr.String())
			}
		})
	}
}
