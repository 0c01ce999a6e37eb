package isolate

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// run runs src as the start callback of a fresh isolate with a log() global
// and returns what it logged.
func run(t *testing.T, src string, setup func(iso *Isolate)) ([]string, Result) {
	t.Helper()
	iso := New(Options{Name: t.Name()})
	var logged []string
	var uncaught []error
	res := iso.Run(func(iso *Isolate) error {
		rt := iso.Runtime()
		_ = rt.Set("log", func(call goja.FunctionCall) goja.Value {
			logged = append(logged, call.Argument(0).String())
			return goja.Undefined()
		})
		_ = rt.Set("nextTick", func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			iso.NextTick(fn)
			return goja.Undefined()
		})
		_ = rt.Set("setTimeout", func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			iso.SetTimer(call.Argument(1).ToInteger(), func() { iso.MakeCallback(fn, goja.Undefined()) })
			return goja.Undefined()
		})
		_ = rt.Set("setImmediate", func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			iso.SetImmediate(func() { iso.MakeCallback(fn, goja.Undefined()) })
			return goja.Undefined()
		})
		iso.SetHooks(Hooks{Uncaught: func(err error) {
			uncaught = append(uncaught, err)
			logged = append(logged, "uncaught: "+strings.SplitN(err.Error(), " at ", 2)[0])
		}})
		if setup != nil {
			setup(iso)
		}
		prg, err := goja.Compile("test.js", src, false)
		if err != nil {
			return err
		}
		iso.RunInTopLevel(func() error { _, err := rt.RunProgram(prg); return err })
		return nil
	})
	return logged, res
}

func expect(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
}

func TestTicksRunBeforePromiseJobs(t *testing.T) {
	got, _ := run(t, `
		Promise.resolve().then(function () { log('promise'); nextTick(function () { log('tick from promise'); }); });
		nextTick(function () { log('tick'); Promise.resolve().then(function () { log('promise from tick'); }); });
		log('main');`, nil)
	expect(t, got, "main", "tick", "promise", "promise from tick", "tick from promise")
}

func TestTimersFireInDueThenInsertionOrder(t *testing.T) {
	got, _ := run(t, `
		setTimeout(function () { log('b20'); }, 200);
		setTimeout(function () { log('a5'); }, 100);
		setTimeout(function () { log('c5'); }, 100);
		setTimeout(function () { log('d1'); setTimeout(function () { log('e-nested'); }, 1); }, 1);`, nil)
	expect(t, got, "d1", "e-nested", "a5", "c5", "b20")
}

func TestImmediatesQueuedDuringCheckPhaseRunNextIteration(t *testing.T) {
	got, _ := run(t, `
		setImmediate(function () { log('i1'); setImmediate(function () { log('i3'); }); nextTick(function () { log('t1'); }); });
		setImmediate(function () { log('i2'); });`, nil)
	expect(t, got, "i1", "t1", "i2", "i3")
}

func TestUnrefTimerDoesNotKeepLoopAlive(t *testing.T) {
	start := time.Now()
	got, _ := run(t, `log('start')`, func(iso *Isolate) {
		iso.SetTimer(10_000, func() { t.Error("unref'd timer fired") }).Unref()
	})
	expect(t, got, "start")
	if time.Since(start) > 5*time.Second {
		t.Fatal("loop waited for an unref'd timer")
	}
}

func TestRequestKeepsLoopAliveUntilComplete(t *testing.T) {
	got, _ := run(t, `log('main')`, func(iso *Isolate) {
		req := iso.BeginRequest("test")
		go func() {
			time.Sleep(20 * time.Millisecond)
			req.Complete(func() {
				iso.RunInTopLevel(func() error {
					_, err := iso.Runtime().RunString(`log('completed')`)
					return err
				})
			})
		}()
	})
	expect(t, got, "main", "completed")
}

func TestHandleKeepsLoopAliveUntilClosed(t *testing.T) {
	got, _ := run(t, `log('main')`, func(iso *Isolate) {
		h := iso.NewHandle("test")
		go func() {
			for i := 0; i < 3; i++ {
				i := i
				iso.Post(func() {
					iso.RunInTopLevel(func() error {
						_, err := iso.Runtime().RunString(`log('post')`)
						return err
					})
					if i == 2 {
						h.Close()
					}
				})
			}
		}()
	})
	expect(t, got, "main", "post", "post", "post")
}

func TestThrowInCallbackGoesToUncaughtAndLoopContinues(t *testing.T) {
	got, _ := run(t, `
		setTimeout(function () { throw new Error('boom'); }, 1);
		setTimeout(function () { log('after'); }, 2);`, nil)
	expect(t, got, "uncaught: Error: boom", "after")
}

func TestStackOverflowIsReportedNotFatalToProcess(t *testing.T) {
	iso := New(Options{MaxCallDepth: 200})
	var caught error
	res := iso.Run(func(iso *Isolate) error {
		iso.SetHooks(Hooks{Uncaught: func(err error) { caught = err }})
		iso.RunInTopLevel(func() error {
			_, err := iso.Runtime().RunString(`function f(n) { return f(n + 1) + 1; } f(0)`)
			return err
		})
		return nil
	})
	var so *goja.StackOverflowError
	if !errors.As(caught, &so) {
		t.Fatalf("uncaught = %v, want a stack overflow", caught)
	}
	if res.Err != nil {
		t.Fatal(res.Err)
	}
}

func TestTerminateStopsRunawayScript(t *testing.T) {
	iso := New(Options{})
	done := make(chan Result)
	go func() {
		done <- iso.Run(func(iso *Isolate) error {
			iso.RunInTopLevel(func() error {
				_, err := iso.Runtime().RunString(`for (;;) {}`)
				return err
			})
			return nil
		})
	}()
	time.Sleep(20 * time.Millisecond)
	iso.Terminate()
	select {
	case res := <-done:
		if !errors.Is(res.Err, ErrTerminated) {
			t.Fatalf("res = %+v, want ErrTerminated", res)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Terminate did not stop the loop")
	}
	if iso.Post(func() {}) {
		t.Fatal("Post into an ended isolate succeeded")
	}
}

func TestGoPanicEndsOnlyThatIsolate(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]Result, 2)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			iso := New(Options{})
			results[i] = iso.Run(func(iso *Isolate) error {
				if i == 0 {
					iso.SetTimer(1, func() { panic("bug in a native") })
				} else {
					iso.SetTimer(5, func() {})
				}
				return nil
			})
		}()
	}
	wg.Wait()
	var ie *InternalError
	if !errors.As(results[0].Err, &ie) || results[0].Code != ExitCodeInternalError {
		t.Fatalf("panicking isolate: %+v", results[0])
	}
	if results[1].Err != nil || results[1].Code != 0 {
		t.Fatalf("other isolate: %+v", results[1])
	}
}

func TestExitStopsFurtherCallbacks(t *testing.T) {
	got, res := run(t, `log('a')`, func(iso *Isolate) {
		iso.SetTimer(1, func() { iso.Exit(3) })
		iso.SetTimer(2, func() { t.Error("callback after Exit") })
	})
	expect(t, got, "a")
	if res.Code != 3 {
		t.Fatalf("code = %d, want 3", res.Code)
	}
}

func TestPostFromManyGoroutinesRunsEveryTask(t *testing.T) {
	const n = 1000
	count := 0
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		h := iso.NewHandle("test")
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				iso.Post(func() {
					count++
					if count == n {
						h.Close()
					}
				})
			}()
		}
		return nil
	})
	if count != n {
		t.Fatalf("ran %d tasks, want %d", count, n)
	}
}

func BenchmarkIsolateSpawnToExit(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		iso := New(Options{})
		iso.Run(func(*Isolate) error { return nil })
	}
}

func TestMakeCallbackReturnsTheCallbacksValueAfterDrainingTicks(t *testing.T) {
	iso := New(Options{})
	var got goja.Value
	iso.Run(func(iso *Isolate) error {
		rt := iso.Runtime()
		v, err := rt.RunString(`(function () { Promise.resolve().then(function () {}); return 42; })`)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		iso.NextTick(fn) // a pending tick makes the drain loop run again
		got = iso.MakeCallback(fn, goja.Undefined())
		return nil
	})
	if got == nil || got.ToInteger() != 42 {
		t.Fatalf("MakeCallback returned %v, want 42", got)
	}
}

func TestIdlePollDeliversWithoutPostsBeforeTheLoopBlocks(t *testing.T) {
	polls := 0
	got, _ := run(t, `log('main')`, func(iso *Isolate) {
		h := iso.NewHandle("test")
		iso.SetIdlePoll(func() bool {
			polls++
			if polls > 3 {
				return false // nothing ready: the loop would block
			}
			iso.RunInTopLevel(func() error {
				_, err := iso.Runtime().RunString(`log('polled')`)
				return err
			})
			if polls == 3 {
				h.Close()
			}
			return true
		})
	})
	expect(t, got, "main", "polled", "polled", "polled")
	if polls != 3 {
		t.Errorf("idle poll ran %d times, want 3 (the loop ended when the handle closed)", polls)
	}
}
