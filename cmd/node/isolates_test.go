package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

func writeScripts(t *testing.T, scripts map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range scripts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	sort.Strings(lines)
	return lines
}

func TestIsolatesRunsScriptsWithTheirOwnProcess(t *testing.T) {
	src := `var n = 0; global.shared = (global.shared || 0) + 1;
process.env.MINE = require('path').basename(process.argv[1]);
var t = setInterval(function () {
  n++;
  console.log(process.env.MINE + ' tick ' + n + ' argv=' + process.argv.length + ' shared=' + global.shared);
  if (n === 3) clearInterval(t);
}, 5);`
	dir := writeScripts(t, map[string]string{"a.js": src, "b.js": src, "c.js": src})
	out, errOut, code := runCLI(t, "", "--isolates", filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js"), filepath.Join(dir, "c.js"))
	if code != 0 || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	var want []string
	for _, s := range []string{"a.js", "b.js", "c.js"} {
		for i := 1; i <= 3; i++ {
			want = append(want, s+" tick "+string(rune('0'+i))+" argv=2 shared=1")
		}
	}
	sort.Strings(want)
	if got := sortedLines(out); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// each script's own lines stay in order
	for _, s := range []string{"a.js", "b.js", "c.js"} {
		last := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, s+" tick ") {
				n := int(l[len(s)+6] - '0')
				if n != last+1 {
					t.Fatalf("%s out of order:\n%s", s, out)
				}
				last = n
			}
		}
	}
}

func TestIsolatesThrowDoesNotStopOthers(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"ok.js":    "setTimeout(function () { console.log('ok done'); }, 30);",
		"throw.js": "setTimeout(function () { throw new Error('boom'); }, 1);",
		"ok2.js":   "setTimeout(function () { process.stdout.write('ok2 '); process.stdout.write('done\\n'); }, 40);",
	})
	out, errOut, code := runCLI(t, "", "--isolates", filepath.Join(dir, "ok.js"), filepath.Join(dir, "throw.js"), filepath.Join(dir, "ok2.js"))
	if code != 1 {
		t.Fatalf("code %d, want 1", code)
	}
	if got := sortedLines(out); strings.Join(got, "|") != "ok done|ok2 done" {
		t.Fatalf("stdout %q", out)
	}
	if !strings.Contains(errOut, "Error: boom") {
		t.Fatalf("stderr %q", errOut)
	}
}

func TestIsolatesProcessExitEndsOnlyThatScript(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"exit.js": "setTimeout(function () { console.log('never'); }, 50); process.on('exit', function (c) { console.log('exit.js exit', c); }); process.exit(3);",
		"late.js": "setTimeout(function () { console.log('late done'); }, 60);",
	})
	list := filepath.Join(dir, "list.txt")
	os.WriteFile(list, []byte("# scripts\n"+filepath.Join(dir, "exit.js")+"\n\n"+filepath.Join(dir, "late.js")+"\n"), 0o644)
	out, errOut, code := runCLI(t, "", "--isolates-from="+list)
	if code != 3 || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if got := sortedLines(out); strings.Join(got, "|") != "exit.js exit 3|late done" {
		t.Fatalf("stdout %q", out)
	}
}

func TestIsolatesFirstNonZeroCodeAndErrors(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"a.js": "process.exitCode = 4;",
		"b.js": "setTimeout(function () { process.exit(5); }, 50);",
	})
	_, _, code := runCLI(t, "", "--isolates", filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js"))
	if code != 4 {
		t.Fatalf("code %d, want 4", code)
	}
	if _, errOut, code := runCLI(t, "", "--isolates"); code != 9 || !strings.Contains(errOut, "no scripts") {
		t.Fatalf("no scripts: code %d, %q", code, errOut)
	}
	if _, errOut, code := runCLI(t, "", "--isolates-from="+filepath.Join(dir, "missing")); code != 9 || !strings.Contains(errOut, "--isolates-from") {
		t.Fatalf("missing list: code %d, %q", code, errOut)
	}
}

func TestLineWriterKeepsLinesWhole(t *testing.T) {
	var sink strings.Builder
	dst := &lockedWriter{w: &sink}
	w := &lineWriter{dst: dst}
	w.Write([]byte("ab"))
	if sink.Len() != 0 {
		t.Fatalf("partial line written: %q", sink.String())
	}
	w.Write([]byte("c\nd"))
	if sink.String() != "abc\n" {
		t.Fatalf("%q", sink.String())
	}
	w.Flush()
	if sink.String() != "abc\nd" {
		t.Fatalf("%q", sink.String())
	}
}

func TestIsolatesPrefixNamesEveryLine(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"a.js": "console.log('one\\ntwo'); process.stdout.write('part'); setTimeout(function () { process.stdout.write('ial\\n'); require('fs').writeSync(1, 'sync\\n'); console.error('err'); }, 5);",
		"b.js": "console.log('b line'); process.stdout.write('no newline');",
	})
	out, errOut, code := runCLI(t, "", "--isolates-prefix", "--isolates", filepath.Join(dir, "a.js"), filepath.Join(dir, "b.js"))
	if code != 0 {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	want := "[a.js] one|[a.js] partial|[a.js] sync|[a.js] two|[b.js] b line|[b.js] no newline"
	if got := strings.Join(sortedLines(out), "|"); got != want {
		t.Fatalf("stdout %q\ngot  %s\nwant %s", out, got, want)
	}
	if errOut != "[a.js] err\n" {
		t.Fatalf("stderr %q", errOut)
	}
	if got := scriptNames([]string{"x/index.js", "y/index.js", "z/a.js"}); strings.Join(got, " ") != "x/index.js y/index.js a.js" {
		t.Fatalf("names %q", got)
	}
	w := &lineWriter{dst: &lockedWriter{w: &strings.Builder{}}, prefix: []byte("[p] ")}
	if got := string(w.prefixed([]byte("a\nb"))) + string(w.prefixed([]byte("c\n\n"))); got != "[p] a\n[p] bc\n[p] \n" {
		t.Fatalf("prefixed %q", got)
	}
}

func TestIsolatesRestartFailingScripts(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		// fails twice (a throw, then an exit code), then succeeds: the
		// count is kept in a file, as a restarted script starts afresh
		"flaky.js": `var fs = require('fs'), f = __dirname + '/count';
var n = fs.existsSync(f) ? +fs.readFileSync(f, 'utf8') : 0;
fs.writeFileSync(f, String(n + 1));
console.log('run ' + n);
if (n === 0) throw new Error('first');
if (n === 1) process.exit(7);`,
		"bad.js": "console.log('bad'); process.exitCode = 3;",
		"ok.js":  "console.log('ok');",
	})
	out, errOut, code := runCLI(t, "", "--isolates-restart=2", "--isolates", filepath.Join(dir, "flaky.js"), filepath.Join(dir, "ok.js"), filepath.Join(dir, "bad.js"))
	if code != 3 {
		t.Fatalf("code %d, want 3 (bad.js's, after its restarts); stderr %q", code, errOut)
	}
	if got := strings.Join(sortedLines(out), "|"); got != "bad|bad|bad|ok|run 0|run 1|run 2" {
		t.Fatalf("stdout %q", out)
	}
	for _, s := range []string{"Error: first", "flaky.js ended with code 1; restarting (1/2)", "flaky.js ended with code 7; restarting (2/2)", "bad.js ended with code 3; restarting (2/2)"} {
		if !strings.Contains(errOut, s) {
			t.Fatalf("stderr lacks %q:\n%s", s, errOut)
		}
	}
	if strings.Contains(errOut, "ok.js ended") || strings.Contains(errOut, "(3/2)") {
		t.Fatalf("stderr:\n%s", errOut)
	}
	// without the option, no restart
	os.Remove(filepath.Join(dir, "count"))
	out, _, code = runCLI(t, "", "--isolates", filepath.Join(dir, "flaky.js"))
	if code != 1 || out != "run 0\n" {
		t.Fatalf("code %d, stdout %q", code, out)
	}
}

func TestIsolatesSignalStopsAll(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		name := map[syscall.Signal]string{syscall.SIGTERM: "SIGTERM", syscall.SIGINT: "SIGINT"}[sig]
		t.Run(name, func(t *testing.T) {
			dir := writeScripts(t, map[string]string{
				// listens: shuts down by itself, after async cleanup
				"graceful.js": `process.on('` + name + `', function () {
  console.log('graceful got ` + name + `');
  setTimeout(function () { console.log('graceful cleaned up'); clearInterval(t); }, 20);
});
var t = setInterval(function () {}, 1000);
require('fs').writeFileSync(__dirname + '/ready-graceful', '');`,
				// does not listen: terminated
				"plain.js": `setInterval(function () {}, 1000); process.on('exit', function () { console.log('plain exit'); });
require('fs').writeFileSync(__dirname + '/ready-plain', '');`,
			})
			go func() {
				for i := 0; i < 500; i++ {
					_, e1 := os.Stat(filepath.Join(dir, "ready-graceful"))
					_, e2 := os.Stat(filepath.Join(dir, "ready-plain"))
					if e1 == nil && e2 == nil {
						syscall.Kill(os.Getpid(), sig)
						return
					}
					time.Sleep(10 * time.Millisecond)
				}
			}()
			out, errOut, code := runCLI(t, "", "--isolates-restart=3", "--isolates", filepath.Join(dir, "graceful.js"), filepath.Join(dir, "plain.js"))
			if code != 128+int(sig) {
				t.Fatalf("code %d, want %d; stderr %q", code, 128+int(sig), errOut)
			}
			if out != "graceful got "+name+"\ngraceful cleaned up\n" {
				t.Fatalf("stdout %q", out)
			}
			if strings.Contains(errOut, "restarting") {
				t.Fatalf("restarted after the signal: %q", errOut)
			}
		})
	}
}

// A script over its memory budget ends as Node's at its heap limit (the
// FATAL ERROR line, status 134), while the others run to their end.
func TestIsolatesOutOfMemoryEndsOnlyThatScript(t *testing.T) {
	dir := writeScripts(t, map[string]string{
		"hog.js": "var keep = []; while (true) keep.push(new Array(1e5).fill(1));",
		"ok.js":  "setTimeout(function () { console.log('ok done'); }, 30);",
	})
	out, errOut, code := runCLI(t, "", "--max-old-space-size=16", "--isolates", filepath.Join(dir, "hog.js"), filepath.Join(dir, "ok.js"))
	if code != 134 {
		t.Fatalf("code %d, want 134; stderr %q", code, errOut)
	}
	if out != "ok done\n" {
		t.Fatalf("stdout %q", out)
	}
	if !strings.Contains(errOut, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n") ||
		!strings.Contains(errOut, "hog.js: isolate exceeded its memory budget of 16777216 bytes") {
		t.Fatalf("stderr %q", errOut)
	}
}
