package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeScript writes a script into a temp dir and returns its path.
func writeScript(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "s.js")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runWithPipe runs the command with a pipe as stdin; feed writes into it
// (and may leave it open). It fails the test if the command runs longer
// than limit.
func runWithPipe(t *testing.T, limit time.Duration, feed func(w *os.File), args ...string) (string, string, int) {
	t.Helper()
	dir := t.TempDir()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	outs := make([]*os.File, 2)
	for i, name := range []string{"stdout", "stderr"} {
		f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		outs[i] = f
	}
	go feed(w)
	done := make(chan int, 1)
	go func() { done <- run(args, r, outs[0], outs[1]) }()
	var code int
	select {
	case code = <-done:
	case <-time.After(limit):
		t.Fatalf("%v: still running after %v", args, limit)
	}
	out, _ := os.ReadFile(filepath.Join(dir, "stdout"))
	errOut, _ := os.ReadFile(filepath.Join(dir, "stderr"))
	return string(out), string(errOut), code
}

func TestStdinDataEventsReadToEOF(t *testing.T) {
	script := writeScript(t, `
var chunks = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', function (c) { chunks.push(c); });
process.stdin.on('end', function () { console.log('got %j', chunks.join('')); });
`)
	out, errOut, code := runCLI(t, "line one\nline two\n", script)
	if out != "got \"line one\\nline two\\n\"\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestStdinChunksArriveOverTimeFromAPipe(t *testing.T) {
	script := writeScript(t, `
var n = 0, all = '';
process.stdin.on('data', function (c) { n++; all += c; });
process.stdin.on('end', function () { console.log('chunks ' + (n >= 2) + ' ' + JSON.stringify(all)); });
`)
	out, errOut, code := runWithPipe(t, 10*time.Second, func(w *os.File) {
		w.WriteString("a\n")
		time.Sleep(100 * time.Millisecond)
		w.WriteString("b\n")
		w.Close()
	}, script)
	if out != "chunks true \"a\\nb\\n\"\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestStdinPipesToStdout(t *testing.T) {
	script := writeScript(t, `process.stdin.pipe(process.stdout);`)
	in := strings.Repeat("0123456789abcdef", 10000) + "\nend\n"
	out, errOut, code := runCLI(t, in, script)
	if out != in || code != 0 {
		t.Fatalf("out %d bytes (want %d) stderr %q code %d", len(out), len(in), errOut, code)
	}
}

func TestScriptThatNeverReadsStdinExits(t *testing.T) {
	// stdin is a pipe that stays open: only reading it would wait.
	script := writeScript(t, `console.log(typeof process.stdin.on, process.stdin.isTTY); setTimeout(function () { console.log('timer'); }, 10);`)
	out, errOut, code := runWithPipe(t, 5*time.Second, func(*os.File) {}, script)
	if out != "function undefined\ntimer\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestPausedStdinLetsTheProcessExit(t *testing.T) {
	script := writeScript(t, `
process.stdin.on('data', function (c) {
  console.log('first %j', String(c));
  process.stdin.pause();
});`)
	out, errOut, code := runWithPipe(t, 5*time.Second, func(w *os.File) { w.WriteString("hello\n") }, script)
	if out != "first \"hello\\n\"\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestStdinReadableAndRead(t *testing.T) {
	script := writeScript(t, `
var got = [];
process.stdin.on('readable', function () {
  var c;
  while ((c = process.stdin.read()) !== null) got.push(c.toString());
});
process.stdin.on('end', function () { console.log(JSON.stringify(got.join(''))); });
`)
	out, errOut, code := runCLI(t, "x\ny\n", script)
	if out != "\"x\\ny\\n\"\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestOpenStdinResumes(t *testing.T) {
	script := writeScript(t, `
var s = process.openStdin();
var n = 0;
s.on('data', function (c) { n += c.length; });
s.on('end', function () { console.log(s === process.stdin, n); });
`)
	out, errOut, code := runCLI(t, "12345", script)
	if out != "true 5\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestReadlineOverStdinReadsLines(t *testing.T) {
	script := writeScript(t, `
var rl = require('readline').createInterface({ input: process.stdin, output: process.stdout, terminal: false });
var lines = [];
rl.on('line', function (l) { lines.push(l); });
rl.on('close', function () { console.log(JSON.stringify(lines)); });
`)
	out, errOut, code := runWithPipe(t, 10*time.Second, func(w *os.File) {
		w.WriteString("alpha\r\nbeta\n")
		time.Sleep(50 * time.Millisecond)
		w.WriteString("gam")
		time.Sleep(50 * time.Millisecond)
		w.WriteString("ma\nlast")
		w.Close()
	}, script)
	if out != "[\"alpha\",\"beta\",\"gamma\",\"last\"]\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestReadlineQuestionOverStdin(t *testing.T) {
	script := writeScript(t, `
var rl = require('readline').createInterface(process.stdin, process.stdout);
rl.question('Name? ', function (a) {
  console.log('Hello, ' + a);
  rl.close();
});
`)
	out, errOut, code := runWithPipe(t, 5*time.Second, func(w *os.File) { w.WriteString("Ada\n") }, script)
	if out != "Name? Hello, Ada\n" || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}

func TestInteractiveREPLOverPipedStdin(t *testing.T) {
	out, errOut, code := runCLI(t, "var x = 20\nx + 22\n[1, 'a']\n.exit\n", "-i")
	if out != "> undefined\n> 42\n> [ 1, 'a' ]\n> " || code != 0 {
		t.Fatalf("out %q stderr %q code %d", out, errOut, code)
	}
}
