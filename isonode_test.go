package isonode_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/prometheus/client_golang/prometheus"
)

// TestMain registers the test addons before any isolate starts.
func TestMain(m *testing.M) {
	err := isonode.Register(
		isonode.Module{
			Name: "greeter",
			Native: func(c *modkit.Context) (*goja.Object, error) {
				o := c.RT.NewObject()
				_ = o.Set("greet", func(call goja.FunctionCall) goja.Value {
					if _, ok := call.Argument(0).Export().(string); !ok {
						panic(c.RT.NewTypeError("name must be a string"))
					}
					return c.RT.ToValue("hello, " + call.Argument(0).String())
				})
				return o, nil
			},
		},
		isonode.Module{
			Name: "adder",
			Native: func(c *modkit.Context) (*goja.Object, error) {
				o := c.RT.NewObject()
				_ = o.Set("add", func(a, b int) int { return a + b })
				return o, nil
			},
			JS: "exports.sum = function () { var s = 0; for (var i = 0; i < arguments.length; i++) s = binding.add(s, arguments[i]); return s; };",
		},
	)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

func newRT(t *testing.T, opts isonode.Options) (*isonode.Runtime, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	if opts.Stdout == nil {
		opts.Stdout = &out
	}
	if opts.Stderr == nil {
		opts.Stderr = &out
	}
	rt, err := isonode.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rt.Close)
	return rt, &out
}

func writeFile(t *testing.T, dir, name, src string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunScriptArgvEnvCwdAndExitCode(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "app.js", `
var path = require('path');
setTimeout(function () {
  console.log(path.basename(process.argv[1]), process.argv.slice(2).join(','), process.env.GREETING, process.cwd() === __dirname);
  process.exitCode = 7;
}, 5);`)
	rt, out := newRT(t, isonode.Options{Cwd: dir, Env: []string{"GREETING=hi"}})
	code, err := rt.Run(context.Background(), "app.js", "a", "b")
	if err != nil || code != 7 {
		t.Fatalf("code %d, err %v", code, err)
	}
	if got := out.String(); got != "app.js a,b hi true\n" {
		t.Fatalf("%q", got)
	}
}

func TestRunUncaughtExceptionExitsOne(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bad.js", "throw new Error('nope')")
	rt, out := newRT(t, isonode.Options{Cwd: dir})
	code, err := rt.Run(context.Background(), "bad.js")
	if err != nil || code != 1 || !strings.Contains(out.String(), "Error: nope") {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
}

func TestRunMaxCallDepth(t *testing.T) {
	dir := t.TempDir()
	// as in the node command, a stack overflow is not catchable in goja: it
	// ends the script as an uncaught RangeError
	writeFile(t, dir, "deep.js", "function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } console.log(f(50)); f(500);")
	rt, out := newRT(t, isonode.Options{Cwd: dir, MaxCallDepth: 100})
	if code, err := rt.Run(context.Background(), "deep.js"); err != nil || code != 1 {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
	if !strings.HasPrefix(out.String(), "50\n") || !strings.Contains(out.String(), "RangeError: Maximum call stack size exceeded") {
		t.Fatalf("%q", out)
	}
}

func TestRunContextTimeoutStopsInfiniteLoop(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "spin.js", "while (true) {}")
	rt, _ := newRT(t, isonode.Options{Cwd: dir})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := rt.Run(ctx, "spin.js")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("took %v", d)
	}
}

func TestEvalReturnsJSON(t *testing.T) {
	rt, _ := newRT(t, isonode.Options{})
	for code, want := range map[string]string{
		"1 + 2":                          "3",
		"({a: [1, 'x', null]})":          `{"a":[1,"x",null]}`,
		"require('path').join('a', 'b')": `"a/b"`,
		"undefined":                      "",
		"Promise.resolve(41).then(function (x) { return x + 1 })": "42",
		"new Promise(function (r) { setTimeout(r, 5, 'late') })":  `"late"`,
		"typeof require('greeter').greet":                         `"function"`,
	} {
		got, err := rt.Eval(context.Background(), code)
		if err != nil || got != want {
			t.Errorf("%s: %q, %v; want %q", code, got, err, want)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	rt, _ := newRT(t, isonode.Options{})
	_, err := rt.Eval(context.Background(), "null.x")
	var se *isonode.ScriptError
	if !errors.As(err, &se) || !strings.Contains(se.Message, "TypeError") {
		t.Fatalf("throw: %v", err)
	}
	_, err = rt.Eval(context.Background(), "Promise.reject(new RangeError('r'))")
	if !errors.As(err, &se) || se.Message != "RangeError: r" || !strings.Contains(se.Stack, "RangeError: r") {
		t.Fatalf("rejection: %#v", err)
	}
	got, err := rt.Eval(context.Background(), "setTimeout(function () { process.exit(4) }, 1); 'v'")
	var ee *isonode.ExitError
	if got != `"v"` || !errors.As(err, &ee) || ee.Code != 4 {
		t.Fatalf("exit: %q, %v", got, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := rt.Eval(ctx, "while (true) {}"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("timeout: %v", err)
	}
}

func TestEvalConcurrent(t *testing.T) {
	rt, _ := newRT(t, isonode.Options{})
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			code := fmt.Sprintf("global.mine = %d; new Promise(function (r) { setTimeout(function () { r({i: global.mine * 2}) }, %d) })", i, i%7)
			got, err := rt.Eval(context.Background(), code)
			if want := fmt.Sprintf(`{"i":%d}`, i*2); err != nil || got != want {
				errs <- fmt.Errorf("%d: %q, %v; want %s", i, got, err, want)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestRegisteredModuleFromJS(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "use.js", `
var g = require('greeter');
console.log(g.greet('world'), require('adder').sum(1, 2, 3), require('greeter') === g);
try { g.greet(5) } catch (e) { console.log(e.name, e.message) }`)
	rt, out := newRT(t, isonode.Options{Cwd: dir})
	if code, err := rt.Run(context.Background(), "use.js"); code != 0 || err != nil {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
	if out.String() != "hello, world 6 true\nTypeError name must be a string\n" {
		t.Fatalf("%q", out)
	}
}

func TestRegisterAfterStartFails(t *testing.T) {
	rt, _ := newRT(t, isonode.Options{})
	if _, err := rt.Eval(context.Background(), "1"); err != nil {
		t.Fatal(err)
	}
	if err := isonode.Register(isonode.Module{Name: "late", Native: func(c *modkit.Context) (*goja.Object, error) { return c.RT.NewObject(), nil }}); err == nil {
		t.Fatal("Register after an isolate started succeeded")
	}
}

func TestSpawnMessagesWaitAndStop(t *testing.T) {
	rt, _ := newRT(t, isonode.Options{})
	got := make(chan string, 10)
	p := rt.Spawn(context.Background(), isonode.Spec{
		Code: `process.on('message', function (m) {
  if (m.quit) { process.removeAllListeners('message'); return; }
  process.send({echo: m.n * 10});
});
process.send('ready');`,
		OnMessage: func(msg []byte) { got <- string(msg) },
	})
	if m := <-got; m != `"ready"` {
		t.Fatalf("first message %q", m)
	}
	for i := 1; i <= 3; i++ {
		if err := p.Post(map[string]int{"n": i}); err != nil {
			t.Fatal(err)
		}
		if m, want := <-got, fmt.Sprintf(`{"echo":%d}`, i*10); m != want {
			t.Fatalf("got %q want %q", m, want)
		}
	}
	select {
	case <-p.Done():
		t.Fatal("ended while listening for messages")
	case <-time.After(20 * time.Millisecond):
	}
	if err := p.Post(map[string]bool{"quit": true}); err != nil {
		t.Fatal(err)
	}
	if code, err := p.Wait(); code != 0 || err != nil {
		t.Fatalf("code %d, err %v", code, err)
	}
	if err := p.Post(1); err == nil {
		t.Fatal("Post after end succeeded")
	}

	// Stop ends a script that would run forever
	p = rt.Spawn(context.Background(), isonode.Spec{Code: "setInterval(function () {}, 1000)"})
	time.Sleep(10 * time.Millisecond)
	if _, err := p.Stop(); !errors.Is(err, isonode.ErrStopped) {
		t.Fatalf("stop: %v", err)
	}
}

func TestSpawnScriptWithArgsAndCancel(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "w.js", "process.send(process.argv.slice(2)); setInterval(function () {}, 1000);")
	rt, _ := newRT(t, isonode.Options{Cwd: dir})
	got := make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	p := rt.Spawn(ctx, isonode.Spec{Script: "w.js", Args: []string{"x", "y"}, OnMessage: func(m []byte) { got <- string(m) }})
	if m := <-got; m != `["x","y"]` {
		t.Fatalf("%q", m)
	}
	cancel()
	if _, err := p.Wait(); !errors.Is(err, context.Canceled) {
		t.Fatalf("%v", err)
	}
}

func TestMetricsRegisterer(t *testing.T) {
	reg := prometheus.NewRegistry()
	rt, _ := newRT(t, isonode.Options{Metrics: reg})
	if _, err := rt.Eval(context.Background(), "1"); err != nil {
		t.Fatal(err)
	}
	mfs, err := reg.Gather()
	if err != nil || len(mfs) == 0 {
		t.Fatalf("%d families, %v", len(mfs), err)
	}
	if rt.Scheduler().Spawned() != 1 {
		t.Fatalf("spawned %d", rt.Scheduler().Spawned())
	}
}

func TestModulesAllowListRefusesOtherCoreModules(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "helper.js", `module.exports = function () { try { require('child_process'); return 'loaded'; } catch (e) { return e.code; } };`)
	writeFile(t, dir, "app.js", `
var path = require('node:path');
var events = require('events');
function attempt(name) { try { require(name); return 'loaded'; } catch (e) { return e.code + ' ' + e.message; } }
console.log(path.join('a', 'b'), typeof events.EventEmitter);
console.log(attempt('fs'));
console.log(attempt('node:child_process'));
console.log(require('./helper.js')());
console.log(typeof process.nextTick, typeof Buffer.from, typeof setTimeout);
console.log(attempt('no-such-module').split(' ')[0]);
`)
	rt, out := newRT(t, isonode.Options{Cwd: dir, Modules: []string{"path", "events"}})
	code, err := rt.Run(context.Background(), "app.js")
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v\n%s", code, err, out)
	}
	want := "a/b function\n" +
		"ERR_ACCESS_DENIED Access to this API has been restricted: require('fs')\n" +
		"ERR_ACCESS_DENIED Access to this API has been restricted: require('node:child_process')\n" +
		"ERR_ACCESS_DENIED\n" +
		"function function function\n" +
		"MODULE_NOT_FOUND\n"
	if got := out.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFSRootConfinesFilesAndModules(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	if err := os.MkdirAll(filepath.Join(root, "lib"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, base, "secret.txt", "outside")
	writeFile(t, root, "data.txt", "inside")
	writeFile(t, filepath.Join(root, "lib"), "greet.js", `module.exports = function () { return 'hi from ' + __filename; };`)
	if err := os.Symlink("/etc", filepath.Join(root, "etc-link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../secret.txt", filepath.Join(root, "up-link")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, root, "app.js", `
var fs = require('fs');
function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.code; } }
console.log(process.cwd(), __filename, require('./lib/greet')());
console.log(fs.readFileSync('/data.txt', 'utf8'), fs.readFileSync('data.txt', 'utf8'));
console.log(attempt(function () { return fs.readFileSync('../secret.txt', 'utf8'); }));
console.log(attempt(function () { return fs.readFileSync('/../../secret.txt', 'utf8'); }));
console.log(attempt(function () { return fs.readFileSync('/up-link', 'utf8'); }));
console.log(attempt(function () { return fs.readFileSync('/etc-link/hostname', 'utf8'); }));
console.log(fs.readlinkSync('/up-link'), fs.realpathSync('/lib/..'), fs.readdirSync('/').sort().join(','));
fs.writeFileSync('/out.txt', 'written');
fs.mkdirSync('/made/deep', { recursive: true });
fs.renameSync('/out.txt', '/made/out.txt');
console.log(fs.statSync('/made/out.txt').size, fs.existsSync('/out.txt'));
`)
	rt, out := newRT(t, isonode.Options{FSRoot: root})
	code, err := rt.Run(context.Background(), "app.js")
	if err != nil || code != 0 {
		t.Fatalf("code %d, err %v\n%s", code, err, out)
	}
	want := "/ /app.js hi from /lib/greet.js\n" +
		"inside inside\n" +
		"ENOENT\nENOENT\nENOENT\nENOENT\n" +
		"../secret.txt / app.js,data.txt,etc-link,lib,up-link\n" +
		"7 false\n"
	if got := out.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if b, err := os.ReadFile(filepath.Join(root, "made", "out.txt")); err != nil || string(b) != "written" {
		t.Fatalf("the write did not land inside the root: %q %v", b, err)
	}
}

func TestRunMaxMemoryEndsTheScript(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bomb.js", `var keep = []; while (true) keep.push(new Array(1e5).fill(1));`)
	rt, _ := newRT(t, isonode.Options{Cwd: dir, MaxMemory: 32 << 20})
	code, err := rt.Run(context.Background(), "bomb.js")
	var mle *isolate.MemoryLimitError
	if code == 0 || !errors.As(err, &mle) {
		t.Fatalf("code %d, err %v", code, err)
	}
}

func TestFSRootThatCannotBeOpenedFailsNew(t *testing.T) {
	file := writeFile(t, t.TempDir(), "not-a-dir", "")
	for _, root := range []string{"relative/dir", "/no/such/dir", file} {
		if _, err := isonode.New(isonode.Options{FSRoot: root}); err == nil {
			t.Errorf("FSRoot %q: no error", root)
		}
	}
}

func TestForkedIsolateInheritsFSRoot(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, base, "secret.txt", "outside")
	writeFile(t, root, "data.txt", "inside")
	writeFile(t, root, "child.js", `
var fs = require('fs');
var outside;
try { outside = fs.readFileSync('/../secret.txt', 'utf8'); } catch (e) { outside = e.code; }
process.send([process.cwd(), fs.readFileSync('/data.txt', 'utf8'), outside]);
process.disconnect();`)
	writeFile(t, root, "app.js", `
require('child_process').fork('/child.js').on('message', function (m) { console.log(m.join(' ')); });`)
	rt, out := newRT(t, isonode.Options{FSRoot: root})
	code, err := rt.Run(context.Background(), "app.js")
	if err != nil || code != 0 || out.String() != "/ inside ENOENT\n" {
		t.Fatalf("code %d, err %v, out %q", code, err, out)
	}
}
