package isolate

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func TestLagBucketsCoverAndBoundTheirValues(t *testing.T) {
	for _, ns := range []uint64{0, 1, 1023, 1024, 1025, 1500, 4095, 4096, 1e6, 1e7 + 3, 1e9, 1 << 37, 1<<38 - 1} {
		i := lagBucketOf(ns)
		lo, hi := LagBucketBounds(i)
		if ns < lo || ns >= hi {
			t.Fatalf("%d ns in bucket %d [%d, %d)", ns, i, lo, hi)
		}
		if i > 0 && float64(hi-lo)/float64(lo) > 0.125+1e-9 {
			t.Fatalf("bucket %d too wide: [%d, %d)", i, lo, hi)
		}
	}
	if i := lagBucketOf(1 << 50); i != LagBuckets-1 {
		t.Fatalf("huge lag in bucket %d", i)
	}
	for i := 1; i < LagBuckets; i++ {
		_, prevHi := LagBucketBounds(i - 1)
		lo, _ := LagBucketBounds(i)
		if lo != prevHi {
			t.Fatalf("gap before bucket %d: %d != %d", i, lo, prevHi)
		}
	}
}

func TestLagHistogramSummaries(t *testing.T) {
	var h LagHistogram
	for i := 1; i <= 100; i++ {
		ns := uint64(i) * uint64(time.Millisecond)
		h.Buckets[lagBucketOf(ns)]++
		h.Count++
		h.Sum += ns
	}
	near := func(name string, got, want time.Duration) {
		t.Helper()
		if d := float64(got-want) / float64(want); d < -0.13 || d > 0.13 {
			t.Errorf("%s = %v, want ~%v", name, got, want)
		}
	}
	near("mean", h.Mean(), 50500*time.Microsecond)
	near("p50", h.Quantile(0.5), 50*time.Millisecond)
	near("p99", h.Quantile(0.99), 99*time.Millisecond)
	near("min", h.Quantile(0), time.Millisecond)
	near("max", h.Quantile(1), 100*time.Millisecond)
	near("stddev", h.Stddev(), 29*time.Millisecond)
	prev := h
	h.Buckets[lagBucketOf(uint64(time.Second))]++
	h.Count++
	h.Sum += uint64(time.Second)
	d := h.Sub(&prev)
	if d.Count != 1 || d.Sum != uint64(time.Second) {
		t.Fatalf("delta %d samples, sum %d", d.Count, d.Sum)
	}
	near("delta p50", d.Quantile(0.5), time.Second)
	var empty LagHistogram
	if empty.Quantile(0.5) != 0 || empty.Mean() != 0 || empty.Stddev() != 0 {
		t.Fatal("empty histogram summaries are not 0")
	}
}

func TestLoopStatsCountTimersIdleAndJS(t *testing.T) {
	iso := New(Options{})
	var before LoopStats
	iso.ReadLoopStats(&before)
	if before.Running || before.Uptime != 0 {
		t.Fatalf("stats before Run: %+v", before)
	}
	res := iso.Run(func(iso *Isolate) error {
		for i := 1; i <= 5; i++ {
			iso.SetTimer(int64(i*4), func() {
				iso.RunInTopLevel(func() error {
					_, err := iso.Runtime().RunString(`for (var i = 0; i < 1000; i++) {}`)
					return err
				})
			})
		}
		return nil
	})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var st LoopStats
	iso.ReadLoopStats(&st)
	if st.Running || st.TimerLag.Count != 5 || st.Iterations < 1 {
		t.Fatalf("after run: running %v, %d timers, %d iterations", st.Running, st.TimerLag.Count, st.Iterations)
	}
	if st.Idle <= 0 || st.Idle > st.Uptime || st.InJS <= 0 || st.InJS > st.Active() {
		t.Fatalf("uptime %v idle %v active %v js %v", st.Uptime, st.Idle, st.Active(), st.InJS)
	}
	if st.Callback != 0 || st.Lag != 0 {
		t.Fatalf("ended isolate reports a callback (%v) or lag (%v)", st.Callback, st.Lag)
	}
	// an idle loop fires its timers on time (scheduling noise aside)
	if p50 := st.TimerLag.Quantile(0.5); p50 > 20*time.Millisecond {
		t.Fatalf("p50 timer lag on an idle loop: %v", p50)
	}
	var again LoopStats
	iso.ReadLoopStats(&again)
	if again.Uptime != st.Uptime {
		t.Fatalf("uptime moved after the end: %v then %v", st.Uptime, again.Uptime)
	}
}

func TestBlockedLoopShowsTimerLag(t *testing.T) {
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		iso.SetTimer(1, func() {})
		iso.RunInTopLevel(func() error {
			time.Sleep(40 * time.Millisecond) // a long synchronous callback
			return nil
		})
		return nil
	})
	var st LoopStats
	iso.ReadLoopStats(&st)
	if st.TimerLag.Count != 1 || st.MaxTimerLag < 30*time.Millisecond || st.TimerLag.Quantile(1) < 30*time.Millisecond {
		t.Fatalf("timer lag after a 40 ms block: count %d, max %v, q1 %v", st.TimerLag.Count, st.MaxTimerLag, st.TimerLag.Quantile(1))
	}
}

func TestLoopStatsOfRunawayScriptFromAnotherGoroutine(t *testing.T) {
	iso := New(Options{})
	done := make(chan Result)
	go func() {
		done <- iso.Run(func(iso *Isolate) error {
			iso.SetTimer(1, func() { t.Error("timer fired in a stuck loop") })
			iso.RunInTopLevel(func() error {
				_, err := iso.Runtime().RunString(`for (;;) {}`)
				return err
			})
			return nil
		})
	}()
	time.Sleep(30 * time.Millisecond)
	var a, b LoopStats
	iso.ReadLoopStats(&a)
	time.Sleep(30 * time.Millisecond)
	iso.ReadLoopStats(&b)
	iso.Terminate()
	if res := <-done; !errors.Is(res.Err, ErrTerminated) {
		t.Fatalf("res = %+v", res)
	}
	if !a.Running || a.Callback < 20*time.Millisecond || b.Callback < a.Callback+20*time.Millisecond {
		t.Fatalf("callback time %v then %v", a.Callback, b.Callback)
	}
	if b.Lag < b.Callback || b.InJS < b.Callback || b.Idle > 5*time.Millisecond {
		t.Fatalf("lag %v, js %v, idle %v, callback %v", b.Lag, b.InJS, b.Idle, b.Callback)
	}
}

func TestLoopStatsAndHandleKindsAreRaceFree(t *testing.T) {
	iso := New(Options{})
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var st LoopStats
		for {
			select {
			case <-stop:
				return
			default:
			}
			iso.ReadLoopStats(&st)
			iso.EachHandleKind(func(string, int) {})
			_ = iso.ActiveRequests()
		}
	}()
	iso.Run(func(iso *Isolate) error {
		n := 0
		var tick func()
		tick = func() {
			h := iso.NewHandle("tick")
			h.Close()
			if n++; n < 50 {
				iso.SetTimer(1, tick)
			}
		}
		iso.SetTimer(1, tick)
		return nil
	})
	close(stop)
	wg.Wait()
	got := map[string]int{}
	iso.EachHandleKind(func(k string, n int) { got[k] = n })
	if len(got) != 1 || got["tick"] != 0 {
		t.Fatalf("handle kinds after close: %v", got)
	}
}

func TestHandleKindsCountOpenHandles(t *testing.T) {
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		a, b := iso.NewHandle("TCP"), iso.NewHandle("TCP")
		w := iso.NewHandle("FSWatcher")
		if h := iso.Handles(); h["TCP"] != 2 || h["FSWatcher"] != 1 {
			t.Errorf("handles %v", h)
		}
		a.Close()
		a.Close()
		w.Close()
		b.Close()
		return nil
	})
	if h := iso.Handles(); h["TCP"] != 0 || h["FSWatcher"] != 0 {
		t.Fatalf("handles after close %v", h)
	}
}

func TestStackOverflowCountsAsLimitViolation(t *testing.T) {
	iso := New(Options{MaxCallDepth: 100})
	iso.Run(func(iso *Isolate) error {
		iso.SetHooks(Hooks{Uncaught: func(error) {}})
		iso.RunInTopLevel(func() error {
			_, err := iso.Runtime().RunString(`function f() { return f() + 1; } f()`)
			return err
		})
		return nil
	})
	if n := iso.Stats().LimitViolations.Load(); n != 1 {
		t.Fatalf("limit violations %d, want 1", n)
	}
}

func TestLoopInstrumentationDoesNotAllocate(t *testing.T) {
	iso := New(Options{})
	iso.clock.runStart.Store(1)
	var st LoopStats
	n := testing.AllocsPerRun(100, func() {
		iso.recordTimerLag(0)
		iso.endWait(iso.beginWait())
		iso.noteNextDue()
		iso.ReadLoopStats(&st)
	})
	if n != 0 {
		t.Fatalf("%v allocations", n)
	}
}

// BenchmarkTimerLoop measures a loop iteration that fires one timer into a
// JS callback, instrumentation included.
func BenchmarkTimerLoop(b *testing.B) {
	iso := New(Options{})
	b.ReportAllocs()
	iso.Run(func(iso *Isolate) error {
		v, err := iso.Runtime().RunString(`(function () {})`)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		n := 0
		var fire func()
		fire = func() {
			iso.MakeCallback(fn, goja.Undefined())
			if n++; n < b.N {
				iso.SetTimer(1, fire).when = iso.now // due at once (only timer in the heap)
			}
		}
		b.ResetTimer()
		iso.SetTimer(1, fire).when = iso.now
		return nil
	})
}
