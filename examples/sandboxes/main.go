// Command sandboxes hosts many sandboxes running untrusted JavaScript
// snippets in one Go process, with the isonode package.
//
// Every sandbox is an isolate of one isonode.Runtime (its own goja runtime
// and event loop) that evaluates its snippet with vm.runInNewContext in a
// fresh vm context: the snippet sees only the globals of that context (no
// require, no process, nothing of the host) and runs under the context's
// limits — a timeout, a call-depth limit and caps on string, array and
// buffer sizes. A Go context deadline per sandbox is the backstop: it
// terminates the isolate whatever the snippet does.
//
//	go run ./examples/sandboxes [-n 1000] [-workers 8] [-timeout 250ms]
//
// It prints one line per outcome (how many snippets succeeded, and how many
// were stopped, by which limit) and exits with code 1 if a sandbox ended
// in a way the program did not expect (e.g. an escape that worked).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/isonode/isonode"
)

// A snippet is untrusted code, and the outcome a correct sandbox gives it.
type snippet struct {
	name, code string
	want       string // "ok" or the outcome that stops it
}

// snippets are cycled through: mostly ordinary code, plus hostile code.
var snippets = []snippet{
	{"sum", "var s = 0; for (var i = 0; i < 1000; i++) s += i; s", "ok"},
	{"json", "JSON.stringify({a: [1, 2, 3].map(function (x) { return x * x })})", "ok"},
	{"string", "'sandbox'.toUpperCase() + ' ' + input", "ok"},
	{"regexp", "/(\\d+)-(\\d+)/.exec('10-20').slice(1).join('+')", "ok"},
	{"closure", "(function () { var c = 0; return function () { return ++c } })()()", "ok"},
	{"throws", "null.x", "error"},
	{"infinite-loop", "while (true) {}", "timeout"},
	{"deep-recursion", "(function f(n) { return f(n + 1) + 1 })(0)", "recursion"},
	{"huge-allocation", "new ArrayBuffer(1 << 30).byteLength + 'x'.repeat(1 << 30).length", "allocation"},
	// escapes: the host's process through the constructor chain, and the
	// host's require; both find nothing in an isonode vm context
	{"escape-constructor", "this.constructor.constructor('return typeof process')()", "ok:\"undefined\""},
	{"escape-require", "typeof require + ' ' + typeof process + ' ' + typeof global", "ok:\"undefined undefined undefined\""},
}

// runner is the code each sandbox's isolate evaluates: it runs SNIPPET in a
// new vm context with limits and reports the outcome as JSON.
const runner = `(function (code, input, timeout) {
  var vm = require('vm');
  try {
    var v = vm.runInNewContext(code, { input: input }, {
      timeout: timeout, maxCallDepth: 500, maxStringLength: 1 << 20,
      maxArrayLength: 1 << 16, maxBufferSize: 1 << 20, filename: 'snippet.js'
    });
    return { outcome: 'ok', value: JSON.stringify(v) };
  } catch (e) {
    var msg = String(e && e.message);
    var outcome = 'error';
    if (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') outcome = 'timeout';
    else if (e instanceof RangeError && /call stack/i.test(msg)) outcome = 'recursion';
    else if (e instanceof RangeError) outcome = 'allocation';
    return { outcome: outcome, error: (e && e.name) + ': ' + msg };
  }
})(%s, %s, %d)`

// result is one sandbox's end.
type result struct {
	Snippet string
	Outcome string // ok, error, timeout, recursion, allocation, killed
	Value   string
	Error   string
}

// runSandbox evaluates s in a new isolate of rt, within limit (the vm
// timeout) and a Go deadline of limit plus slack.
func runSandbox(ctx context.Context, rt *isonode.Runtime, s snippet, input string, limit time.Duration) result {
	ctx, cancel := context.WithTimeout(ctx, limit+2*time.Second)
	defer cancel()
	code, _ := json.Marshal(s.code)
	in, _ := json.Marshal(input)
	ms := limit.Milliseconds()
	if ms < 1 {
		ms = 1
	}
	out, err := rt.Eval(ctx, fmt.Sprintf(runner, code, in, ms))
	if err != nil {
		if ctx.Err() != nil {
			return result{Snippet: s.name, Outcome: "killed", Error: err.Error()}
		}
		return result{Snippet: s.name, Outcome: "error", Error: err.Error()}
	}
	var r result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		return result{Snippet: s.name, Outcome: "error", Error: "bad result " + out}
	}
	r.Snippet = s.name
	return r
}

// summary counts outcomes; unexpected lists sandboxes whose outcome was not
// the snippet's expected one.
type summary struct {
	counts     map[string]int
	unexpected []string
	elapsed    time.Duration
}

// run hosts n sandboxes, workers at a time, and returns their summary.
func run(ctx context.Context, n, workers int, limit time.Duration, stderr io.Writer) (*summary, error) {
	rt, err := isonode.New(isonode.Options{Stdout: io.Discard, Stderr: stderr, Env: []string{}})
	if err != nil {
		return nil, err
	}
	defer rt.Close()
	start := time.Now()
	sum := &summary{counts: map[string]int{}}
	var mu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				s := snippets[i%len(snippets)]
				r := runSandbox(ctx, rt, s, fmt.Sprintf("#%d", i), limit)
				mu.Lock()
				sum.counts[r.Outcome]++
				got := r.Outcome
				if r.Outcome == "ok" && strings.HasPrefix(s.want, "ok:") {
					got = "ok:" + r.Value
				}
				if got != s.want {
					sum.unexpected = append(sum.unexpected, fmt.Sprintf("sandbox %d (%s): %s %s", i, s.name, r.Outcome, r.Value+r.Error))
				}
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	sum.elapsed = time.Since(start)
	return sum, nil
}

// print writes the summary.
func (s *summary) print(w io.Writer, n int) {
	fmt.Fprintf(w, "%d sandboxes in %v\n", n, s.elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "  succeeded: %d\n", s.counts["ok"])
	why := map[string]string{
		"error":      "threw an error",
		"timeout":    "stopped by the timeout",
		"recursion":  "stopped by the call-depth limit",
		"allocation": "stopped by a size cap",
		"killed":     "killed by the Go deadline",
	}
	var keys []string
	for k := range s.counts {
		if k != "ok" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "  %s: %d\n", why[k], s.counts[k])
	}
	fmt.Fprintf(w, "  unexpected outcomes: %d\n", len(s.unexpected))
	for _, u := range s.unexpected {
		fmt.Fprintf(w, "    %s\n", u)
	}
}

func main() {
	n := flag.Int("n", 1000, "number of sandboxes")
	workers := flag.Int("workers", 8, "sandboxes running at once")
	// the timeout is wall-clock time: generous, so that ordinary snippets
	// sharing the CPUs with runaway ones are not stopped by it
	limit := flag.Duration("timeout", 250*time.Millisecond, "time limit of each snippet")
	flag.Parse()
	sum, err := run(context.Background(), *n, *workers, *limit, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	sum.print(os.Stdout, *n)
	if len(sum.unexpected) > 0 {
		os.Exit(1)
	}
}
