package main

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// TestSandboxes hosts a few dozen sandboxes (every snippet kind at least
// four times) and checks that each ends as expected: ordinary snippets
// succeed, hostile ones are stopped by their limit, and escapes find
// nothing.
func TestSandboxes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs runaway snippets until their timeouts (a few seconds)")
	}
	n := 4 * len(snippets)
	sum, err := run(context.Background(), n, 4, 250*time.Millisecond, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	sum.print(&b, n)
	t.Log(b.String())
	if len(sum.unexpected) > 0 {
		t.Fatalf("unexpected outcomes:\n%s", strings.Join(sum.unexpected, "\n"))
	}
	for _, k := range []string{"ok", "error", "timeout", "recursion", "allocation"} {
		if sum.counts[k] == 0 {
			t.Errorf("no sandbox ended with %q: %v", k, sum.counts)
		}
	}
	if sum.counts["killed"] != 0 {
		t.Errorf("%d sandboxes needed the Go deadline", sum.counts["killed"])
	}
}
