package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
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
