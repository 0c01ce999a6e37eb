package isolate

import (
	"errors"
	"sync"
	"testing"
)

// A callback that allocates past the isolate's budget ends that isolate with
// a *MemoryLimitError; an isolate running beside it is not affected.
func TestMemoryBudgetStopsOnlyTheGreedyIsolate(t *testing.T) {
	run := func(opts Options, src string) Result {
		iso := New(opts)
		return iso.Run(func(iso *Isolate) error {
			iso.RunInTopLevel(func() error {
				_, err := iso.Runtime().RunString(src)
				return err
			})
			return nil
		})
	}
	var wg sync.WaitGroup
	var greedy, modest Result
	wg.Add(2)
	go func() {
		defer wg.Done()
		greedy = run(Options{MaxMemory: 16 << 20}, `var keep = []; while (true) keep.push(new Array(1e5).fill(1));`)
	}()
	go func() {
		defer wg.Done()
		modest = run(Options{MaxMemory: 1 << 30}, `var s = 0; for (var i = 0; i < 1e6; i++) s += i; s`)
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
