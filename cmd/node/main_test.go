package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command with args, stdin content, and returns stdout,
// stderr and the exit code.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "stdin")
	if err := os.WriteFile(in, []byte(stdin), 0o644); err != nil {
		t.Fatal(err)
	}
	files := make([]*os.File, 3)
	for i, name := range []string{"stdin", "stdout", "stderr"} {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files[i] = f
	}
	code := run(args, files[0], files[1], files[2])
	out, _ := os.ReadFile(filepath.Join(dir, "stdout"))
	errOut, _ := os.ReadFile(filepath.Join(dir, "stderr"))
	return string(out), string(errOut), code
}

func TestVersionPrintsV010Line(t *testing.T) {
	for _, flag := range []string{"-v", "--version"} {
		out, _, code := runCLI(t, "", flag)
		if out != "v0.10.48\n" || code != 0 {
			t.Fatalf("%s: %q, code %d", flag, out, code)
		}
	}
}

func TestHelpPrintsUsage(t *testing.T) {
	out, _, code := runCLI(t, "", "--help")
	if !strings.HasPrefix(out, "Usage: node [options]") || code != 0 {
		t.Fatalf("%q, code %d", out, code)
	}
}

func TestEvalRunsCodeWithArgs(t *testing.T) {
	out, _, code := runCLI(t, "", "-e", "console.log(process.argv.slice(1).join(','), __filename, typeof require)", "a", "b")
	if out != "a,b [eval] function\n" || code != 0 {
		t.Fatalf("%q, code %d", out, code)
	}
}

func TestPrintPrintsCompletionValue(t *testing.T) {
	for _, args := range [][]string{{"-p", "6*7"}, {"--print", "6*7"}, {"-pe", "6*7"}, {"-p", "-e", "6*7"}} {
		out, _, code := runCLI(t, "", args...)
		if out != "42\n" || code != 0 {
			t.Fatalf("%v: %q, code %d", args, out, code)
		}
	}
}

func TestScriptFromStdinWhenNotATerminal(t *testing.T) {
	out, _, code := runCLI(t, "console.log('from', __filename); process.exitCode = 4")
	if out != "from [stdin]\n" || code != 4 {
		t.Fatalf("%q, code %d", out, code)
	}
}

func TestScriptFileArgvAndExitCode(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.js")
	os.WriteFile(script, []byte("console.log(process.argv.length, require('path').basename(process.argv[1]), process.argv[2]); process.exit(5)"), 0o644)
	out, _, code := runCLI(t, "", script, "arg1")
	if out != "3 's.js' 'arg1'\n" || code != 5 {
		t.Fatalf("%q, code %d", out, code)
	}
}

func TestMissingScriptIsAnError(t *testing.T) {
	_, errOut, code := runCLI(t, "", filepath.Join(t.TempDir(), "nope.js"))
	if code != 1 || !strings.Contains(errOut, "Cannot find module") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}

func TestUncaughtErrorPrintsLocationAndExitsOne(t *testing.T) {
	_, errOut, code := runCLI(t, "", "-e", "function f() { throw new TypeError('bad') }\nf()")
	if code != 1 || !strings.Contains(errOut, "[eval]:1\n") || !strings.Contains(errOut, "TypeError: bad\n    at f ([eval]:1:") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}

func TestBadOptionExitsNine(t *testing.T) {
	_, errOut, code := runCLI(t, "", "-Z")
	if code != 9 || !strings.Contains(errOut, "bad option: -Z") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}

func TestV8FlagsAreAcceptedUnknownOnesWithAWarning(t *testing.T) {
	out, errOut, code := runCLI(t, "", "--max-old-space-size=100", "--harmony", "--frobnicate", "-e", "console.log(process.execArgv.length)")
	if out != "5\n" || code != 0 || !strings.Contains(errOut, "ignoring unsupported V8 option --frobnicate") || strings.Contains(errOut, "harmony") {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestExposeGCInstallsGC(t *testing.T) {
	for _, flag := range []string{"--expose-gc", "--expose_gc"} {
		out, _, _ := runCLI(t, "", flag, "-p", "typeof gc")
		if out != "function\n" {
			t.Fatalf("%s: %q", flag, out)
		}
	}
	out, _, _ := runCLI(t, "", "-p", "typeof gc")
	if out != "undefined\n" {
		t.Fatalf("without the flag: %q", out)
	}
}

func TestRequirePreloadsModule(t *testing.T) {
	dir := t.TempDir()
	pre := filepath.Join(dir, "pre.js")
	os.WriteFile(pre, []byte("global.preloaded = 'yes'"), 0o644)
	out, _, code := runCLI(t, "", "-r", pre, "-p", "preloaded")
	if out != "yes\n" || code != 0 {
		t.Fatalf("%q, code %d", out, code)
	}
}

func TestStackSizeLimitsRecursion(t *testing.T) {
	_, errOut, code := runCLI(t, "", "--stack-size=100", "-e", "function f(n) { return n ? f(n - 1) + 1 : 0 } console.log(f(50)); f(1000)")
	if code != 1 || !strings.Contains(errOut, "RangeError: Maximum call stack size exceeded") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
}

func TestNodePathAndHomeFoldersAreSearched(t *testing.T) {
	libs := t.TempDir()
	os.MkdirAll(filepath.Join(libs, "fromnodepath"), 0o755)
	os.WriteFile(filepath.Join(libs, "fromnodepath", "index.js"), []byte("module.exports = 'NODE_PATH'"), 0o644)
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, ".node_modules"), 0o755)
	os.WriteFile(filepath.Join(home, ".node_modules", "fromhome.js"), []byte("module.exports = 'HOME'"), 0o644)
	t.Setenv("NODE_PATH", libs)
	t.Setenv("HOME", home)
	out, errOut, code := runCLI(t, "", "-p", "require('fromnodepath') + ' ' + require('fromhome')")
	if out != "NODE_PATH HOME\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestMaxOldSpaceSizeIsTheIsolateMemoryBudget(t *testing.T) {
	// as Node's heap limit: a FATAL ERROR line and an abort's exit status
	_, errOut, code := runCLI(t, "", "--max-old-space-size=16", "-e", "var keep = []; while (true) keep.push(new Array(1e5).fill(1));")
	if code != 134 || !strings.HasPrefix(errOut, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n") ||
		!strings.Contains(errOut, "memory budget of 16777216 bytes") {
		t.Fatalf("stderr %q, code %d", errOut, code)
	}
	out, _, code := runCLI(t, "", "--max-old-space-size=64", "-e", "console.log(new Array(1000).fill(1).length)")
	if out != "1000\n" || code != 0 {
		t.Fatalf("out %q, code %d", out, code)
	}
}

func TestMaxOldSpaceSizeRejectsBadValues(t *testing.T) {
	for _, arg := range []string{"--max-old-space-size=abc", "--max-old-space-size=-1"} {
		_, errOut, code := runCLI(t, "", arg, "-e", "0")
		if code == 0 || !strings.Contains(errOut, "invalid value for --max-old-space-size") {
			t.Errorf("%s: stderr %q, code %d", arg, errOut, code)
		}
	}
	if _, errOut, code := runCLI(t, "", "--max-old-space-size"); code == 0 || !strings.Contains(errOut, "requires an argument") {
		t.Errorf("missing value: stderr %q, code %d", errOut, code)
	}
}

func TestTitleBecomesTheProcessTitle(t *testing.T) {
	script := "process.title = 'isotitle'; var fs = require('fs');" +
		"console.log(process.title, fs.readFileSync('/proc/self/cmdline', 'latin1').split('\\u0000')[0], fs.readFileSync('/proc/self/comm', 'utf8').trim())"
	out, errOut, code := runCLI(t, "", "-e", script)
	if out != "isotitle isotitle isotitle\n" || code != 0 {
		t.Fatalf("%q %q, code %d", out, errOut, code)
	}
	if strings.Contains(strings.Join(os.Args, " "), "isotitle") {
		t.Fatalf("os.Args changed: %q", os.Args)
	}
}

func TestDeprecationFlagsSetProcessProperties(t *testing.T) {
	src := `var util = require('util');
console.log(process.noDeprecation, process.throwDeprecation, process.traceDeprecation);
try { util.deprecate(function () {}, 'old')(); console.log('no throw'); } catch (e) { console.log('threw ' + e.message); }`
	for _, c := range []struct{ flag, want string }{
		{"--no-deprecation", "true false false\nno throw\n"},
		{"--throw-deprecation", "false true false\nthrew old\n"},
	} {
		out, _, code := runCLI(t, "", c.flag, "-e", src)
		if out != c.want || code != 0 {
			t.Errorf("node %s: %q (exit %d), want %q", c.flag, out, code, c.want)
		}
	}
}
