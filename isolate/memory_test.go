package isolate

import (
	"errors"
	"sync"
	"testing"

	"github.com/isonode/isonode/internal/memwatch"
)

// A callback that allocates past the isolate's budget ends that isolate with
// a *MemoryLimitError; an isolate running beside it is not affected.
func TestMemoryBudgetStopsOnlyTheGreedyIsolate(t *testing.T) {
	var wg sync.WaitGroup
	var greedy, modest Result
	wg.Add(2)
	go func() {
		defer wg.Done()
		greedy = runScript(Options{MaxMemory: 16 << 20}, `var keep = []; while (true) keep.push(new Array(1e5).fill(1));`)
	}()
	go func() {
		defer wg.Done()
		modest = runScript(Options{MaxMemory: 1 << 30}, `var s = 0; for (var i = 0; i < 1e6; i++) s += i; s`)
	}()
	wg.Wait()
	var mle *MemoryLimitError
	if !errors.As(greedy.Err, &mle) || mle.Limit != 16<<20 {
		t.Fatalf("greedy isolate: %+v", greedy)
	}
	if modest.Err != nil || modest.Code != 0 {
		t.Fatalf("modest isolate: %+v", modest)
	}
}

func TestLimitsAreTheOptionsWithoutTheName(t *testing.T) {
	got := New(Options{Name: "x", MaxMemory: 5 << 20, MaxCallDepth: 7}).Limits()
	if want := (Options{MaxMemory: 5 << 20, MaxCallDepth: 7}); got != want {
		t.Fatalf("%+v, want %+v", got, want)
	}
	if d := New(Options{}).Limits().MaxCallDepth; d != DefaultMaxCallDepth {
		t.Fatalf("default depth %d", d)
	}
}

// Without a budget of its own, an isolate has the default one, watched in
// long callbacks: a runaway callback ends its isolate, while short
// callbacks that keep more memory in all than the budget (a cache
// growing) are not stopped, and an isolate with MaxMemory -1 has none.
func TestDefaultBudgetStopsLongCallbacksOnly(t *testing.T) {
	const budget = 24 << 20
	defaultBudget = func() uint64 { return budget }
	defer func() { defaultBudget = memwatch.HeapLimit }()
	var mle *MemoryLimitError
	if r := runScript(Options{}, `var keep = []; while (true) keep.push(new Array(1e5).fill(1));`); !errors.As(r.Err, &mle) || mle.Limit != budget {
		t.Fatalf("runaway callback: %+v", r)
	}
	// 20 callbacks of a few ms, each keeping 1.6 MB: 32 MB in all
	r := runScript(Options{}, `var keep = [], n = 0;
		(function more() { for (var i = 0; i < 2; i++) keep.push(new Array(1e5).fill(n)); if (++n < 20) setImmediate(more); })();`)
	if r.Err != nil {
		t.Fatalf("short callbacks: %+v", r)
	}
	// no budget: a long callback growing past the default one finishes
	if r := runScript(Options{MaxMemory: -1}, `var keep = []; for (var i = 0; i < 40; i++) keep.push(new Array(1e5).fill(1));`); r.Err != nil {
		t.Fatalf("MaxMemory -1: %+v", r)
	}
}

// runScript runs src as the top-level callback of a new isolate made with
// opts, and returns how that isolate ended.
func runScript(opts Options, src string) Result {
	return New(opts).Run(func(iso *Isolate) error {
		iso.RunInTopLevel(func() error {
			_, err := iso.Runtime().RunString(src)
			return err
		})
		return nil
	})
}
