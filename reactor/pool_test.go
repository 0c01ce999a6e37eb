package reactor

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isonode/isonode/isolate"
)

func TestSizeFromEnv(t *testing.T) {
	for in, want := range map[string]int{"": 4, "x": 4, "0": 4, "-3": 4, "1": 1, "16": 16, "1024": 1024, "5000": 1024} {
		if got := SizeFromEnv(in); got != want {
			t.Errorf("SizeFromEnv(%q) = %d, want %d", in, got, want)
		}
	}
	if NewPool(0).Size() != 1 || NewPool(99999).Size() != MaxPoolSize {
		t.Error("NewPool does not clamp")
	}
}

// TestCompletionsOnLoop submits many jobs from two isolates sharing one
// pool: every completion runs on its own isolate's loop goroutine, the loops
// stay alive until all completions ran, and no more than Size jobs run at once.
func TestCompletionsOnLoop(t *testing.T) {
	p := NewPool(3)
	const jobs = 200
	var running, maxRunning atomic.Int64
	var wg sync.WaitGroup
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			iso := isolate.New(isolate.Options{})
			var loopG int64 // touched only on the loop goroutine
			done := 0
			res := iso.Run(func(iso *isolate.Isolate) error {
				loopG = 1
				for i := 0; i < jobs; i++ {
					i := i
					p.Submit(iso, "test", func() func() {
						n := running.Add(1)
						for {
							m := maxRunning.Load()
							if n <= m || maxRunning.CompareAndSwap(m, n) {
								break
							}
						}
						time.Sleep(50 * time.Microsecond)
						running.Add(-1)
						sq := i * i
						return func() {
							if loopG != 1 || sq != i*i {
								t.Error("completion not on the loop goroutine")
							}
							done++
						}
					})
				}
				return nil
			})
			if res.Err != nil || done != jobs {
				t.Errorf("isolate ended with %v after %d/%d completions", res.Err, done, jobs)
			}
		}()
	}
	wg.Wait()
	if m := maxRunning.Load(); m > 3 || m < 1 {
		t.Errorf("max concurrent jobs %d, want 1..3", m)
	}
	if p.Queued() != 0 || p.Busy() != 0 || p.Completed() != 2*jobs {
		t.Errorf("counters queued=%d busy=%d completed=%d", p.Queued(), p.Busy(), p.Completed())
	}
}

// TestTerminatedIsolate: a completion for an isolate that has ended is
// dropped, and the worker goes on.
func TestTerminatedIsolate(t *testing.T) {
	p := NewPool(1)
	release := make(chan struct{})
	iso := isolate.New(isolate.Options{})
	ran := false
	go func() { time.Sleep(20 * time.Millisecond); iso.Terminate() }()
	res := iso.Run(func(iso *isolate.Isolate) error {
		p.Submit(iso, "slow", func() func() {
			<-release
			return func() { ran = true }
		})
		return nil
	})
	if res.Err != isolate.ErrTerminated {
		t.Fatalf("res = %+v", res)
	}
	close(release)
	iso2 := isolate.New(isolate.Options{})
	ok := false
	iso2.Run(func(iso *isolate.Isolate) error {
		p.Submit(iso, "next", func() func() { return func() { ok = true } })
		return nil
	})
	if ran || !ok {
		t.Errorf("ran=%v ok=%v", ran, ok)
	}
}

// TestPanicReachesLoop: a panic in work surfaces on the loop goroutine as
// the isolate's internal error, not as a crash of the pool.
func TestPanicReachesLoop(t *testing.T) {
	p := NewPool(1)
	iso := isolate.New(isolate.Options{})
	res := iso.Run(func(iso *isolate.Isolate) error {
		p.Submit(iso, "boom", func() func() { panic("boom") })
		return nil
	})
	if _, ok := res.Err.(*isolate.InternalError); !ok {
		t.Fatalf("res = %+v", res)
	}
	if p.Busy() != 0 {
		t.Error("worker still busy")
	}
}

func TestDefaultShared(t *testing.T) {
	if Default() != Default() || Default().Size() < 1 {
		t.Error("Default is not one shared pool")
	}
}
