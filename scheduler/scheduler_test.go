package scheduler

import (
	"fmt"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
)

// timerScript starts an isolate whose JS sets n chained timers and then
// stores its own name, reversed, as its result.
func timerScript(result *string, n int) func(*isolate.Isolate) error {
	return func(iso *isolate.Isolate) error {
		rt := iso.Runtime()
		_ = rt.Set("setTimeout", func(call goja.FunctionCall) goja.Value {
			fn, _ := goja.AssertFunction(call.Argument(0))
			iso.SetTimer(call.Argument(1).ToInteger(), func() { iso.MakeCallback(fn, goja.Undefined()) })
			return goja.Undefined()
		})
		_ = rt.Set("done", func(call goja.FunctionCall) goja.Value {
			*result = call.Argument(0).String()
			return goja.Undefined()
		})
		_ = rt.Set("name", iso.Name())
		iso.RunInTopLevel(func() error {
			_, err := rt.RunString(fmt.Sprintf(`
				var left = %d;
				(function step() {
					if (--left > 0) return setTimeout(step, 1 + (left %% 3));
					Promise.resolve(name.split('').reverse().join('')).then(done);
				})();`, n))
			return err
		})
		return nil
	}
}

func TestThousandIsolatesWithTimersEachFinishWithOwnResult(t *testing.T) {
	const n = 1000
	s := New()
	results := make([]string, n)
	handles := make([]*Handle, n)
	for i := 0; i < n; i++ {
		handles[i] = s.Spawn(Spec{Name: fmt.Sprintf("iso-%04d", i), Start: timerScript(&results[i], 5)})
	}
	s.Wait()
	for i, h := range handles {
		res := h.Wait()
		if res.Err != nil || res.Code != 0 {
			t.Fatalf("isolate %d: %+v", i, res)
		}
		want := reverse(fmt.Sprintf("iso-%04d", i))
		if results[i] != want {
			t.Fatalf("isolate %d result %q, want %q", i, results[i], want)
		}
	}
	if s.Spawned() != n || s.Exited(ExitNormal) != n || len(s.Live()) != 0 {
		t.Fatalf("spawned %d, exited normally %d, live %d", s.Spawned(), s.Exited(ExitNormal), len(s.Live()))
	}
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func TestStopEndsARunawayIsolateOnly(t *testing.T) {
	s := New()
	runaway := s.Spawn(Spec{Name: "runaway", Start: func(iso *isolate.Isolate) error {
		iso.RunInTopLevel(func() error { _, err := iso.Runtime().RunString(`for (;;) {}`); return err })
		return nil
	}})
	var result string
	other := s.Spawn(Spec{Name: "other", Start: timerScript(&result, 20)})
	time.Sleep(10 * time.Millisecond)
	if r := runaway.Stop(); Reason(r) != ExitTerminated {
		t.Fatalf("runaway ended with %+v", r)
	}
	if r := other.Wait(); r.Err != nil || result != "rehto" {
		t.Fatalf("other isolate: %+v, result %q", r, result)
	}
	if s.Exited(ExitTerminated) != 1 {
		t.Fatalf("terminated count %d", s.Exited(ExitTerminated))
	}
}

func TestStopAllEndsEveryIsolate(t *testing.T) {
	s := New()
	for i := 0; i < 10; i++ {
		s.Spawn(Spec{Start: func(iso *isolate.Isolate) error {
			iso.NewHandle("forever")
			return nil
		}})
	}
	done := make(chan struct{})
	go func() { s.StopAll(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("StopAll did not return")
	}
}

func TestCrashIsClassified(t *testing.T) {
	s := New()
	h := s.Spawn(Spec{Start: func(iso *isolate.Isolate) error {
		iso.SetTimer(1, func() { panic("boom") })
		return nil
	}})
	if r := h.Wait(); Reason(r) != ExitCrash {
		t.Fatalf("reason %v for %+v", Reason(r), r)
	}
}

func TestStopDuringStartIsTerminationNotCrash(t *testing.T) {
	s := New()
	started := make(chan struct{})
	h := s.Spawn(Spec{Start: func(iso *isolate.Isolate) error {
		close(started)
		// a long setup, as loading many modules is
		_, err := iso.Runtime().RunString(`for (var i = 0; i < 1e9; i++) {}`)
		return err
	}})
	<-started
	if r := h.Stop(); Reason(r) != ExitTerminated {
		t.Fatalf("reason %v for %+v", Reason(r), r)
	}
}
