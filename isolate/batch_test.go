package isolate

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestBatchJobQueueFound(t *testing.T) {
	if !batchesWork() {
		t.Fatal("goja.Runtime has no jobQueue []func() field: RunBatch cannot drain promise jobs, batches are off")
	}
}

// batchScript defines cb(i), the callback the batch tests make: it logs,
// queues a tick and a promise job that log, and does what its argument
// asks ("throw", "exit", "overflow").
const batchScript = `
var actions = {};
function cb(i) {
	log('cb' + i);
	nextTick(function () { log('tick' + i); Promise.resolve().then(function () { log('tick-job' + i); }); });
	Promise.resolve().then(function () { log('job' + i); nextTick(function () { log('job-tick' + i); }); });
	var a = actions[i];
	if (a === 'throw') throw new Error('boom' + i);
	if (a === 'exit') exitNow();
	if (a === 'overflow') (function f() { f(); })();
	if (a === 'interrupt') { interruptNow(); for (;;) {} }
}
`

// runBatchOf runs batchScript, then one task that makes the callbacks for
// steps (one slice of indices a step), in one RunBatch or (batched false)
// one step after the other, as the loop did before batches.
func runBatchOf(t *testing.T, steps [][]int, actions map[int]string, batched bool) ([]string, Result) {
	t.Helper()
	src := batchScript
	for i, a := range actions {
		src += "actions[" + string(rune('0'+i)) + "] = '" + a + "';\n"
	}
	return run(t, src, func(iso *Isolate) {
		rt := iso.Runtime()
		_ = rt.Set("exitNow", func(goja.FunctionCall) goja.Value { iso.Exit(7); return goja.Undefined() })
		_ = rt.Set("interruptNow", func(goja.FunctionCall) goja.Value { iso.Interrupt("stop"); return goja.Undefined() })
		iso.Post(func() {
			cb, _ := goja.AssertFunction(rt.Get("cb"))
			step := func(i int) {
				for _, k := range steps[i] {
					iso.MakeCallback(cb, goja.Undefined(), rt.ToValue(k))
				}
			}
			if batched {
				iso.RunBatch(len(steps), step)
				return
			}
			for i := range steps {
				step(i)
			}
		})
	})
}

func TestBatchRunsEachCallbacksTicksAndJobsBeforeTheNext(t *testing.T) {
	steps := [][]int{{0}, {1, 2}, {3}}
	want, _ := runBatchOf(t, steps, nil, false)
	got, res := runBatchOf(t, steps, nil, true)
	if res.Err != nil || res.Code != 0 {
		t.Fatalf("result %+v", res)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("batched:\n%s\nunbatched:\n%s", strings.Join(got, " "), strings.Join(want, " "))
	}
	if len(got) != 4*5 || got[0] != "cb0" || got[1] != "tick0" || got[5] != "cb1" {
		t.Fatalf("unexpected order: %s", strings.Join(got, " "))
	}
}

func TestBatchReportsAnUncaughtExceptionAndGoesOn(t *testing.T) {
	steps := [][]int{{0}, {1}, {2}}
	actions := map[int]string{1: "throw"}
	want, _ := runBatchOf(t, steps, actions, false)
	got, res := runBatchOf(t, steps, actions, true)
	if res.Err != nil {
		t.Fatalf("result %+v", res)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("batched:\n%s\nunbatched:\n%s", strings.Join(got, " "), strings.Join(want, " "))
	}
	if !strings.Contains(strings.Join(got, " "), "uncaught: Error: boom1") || got[len(got)-1] != "job-tick2" {
		t.Fatalf("the throw was not reported or the batch stopped: %s", strings.Join(got, " "))
	}
}

func TestBatchStopsAtExit(t *testing.T) {
	steps := [][]int{{0}, {1, 2}, {3}}
	got, res := runBatchOf(t, steps, map[int]string{1: "exit"}, true)
	if res.Code != 7 {
		t.Fatalf("exit code %d, want 7", res.Code)
	}
	if strings.Join(got, " ") != "cb0 tick0 job0 tick-job0 job-tick0 cb1" {
		t.Fatalf("callbacks after exit ran: %s", strings.Join(got, " "))
	}
}

// A stack overflow and an Interrupt end their callback only: they are
// reported, and the rest of the batch runs.
func TestBatchReportsAnUncatchableErrorAndGoesOn(t *testing.T) {
	for _, c := range []struct{ action, report string }{
		{"overflow", "cb1 uncaught:"}, {"interrupt", "cb1 uncaught: stop"},
	} {
		t.Run(c.action, func(t *testing.T) {
			got, res := runBatchOf(t, [][]int{{0}, {1, 2}, {3}}, map[int]string{1: c.action}, true)
			if res.Err != nil || res.Code != 0 {
				t.Fatalf("result %+v", res)
			}
			s := strings.Join(got, " ")
			if !strings.Contains(s, c.report) || !strings.Contains(s, "cb2 tick2") || got[len(got)-1] != "job-tick3" {
				t.Fatalf("the error was not reported or the batch stopped: %s", s)
			}
		})
	}
}

func TestBatchInsideACallbackRunsItsStepsInline(t *testing.T) {
	var order []int
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		fn := func(goja.Value, ...goja.Value) (goja.Value, error) {
			iso.RunBatch(3, func(i int) { order = append(order, i) })
			return goja.Undefined(), nil
		}
		iso.RunBatch(2, func(int) { iso.MakeCallback(fn, goja.Undefined()) })
		return nil
	})
	if !reflect.DeepEqual(order, []int{0, 1, 2, 0, 1, 2}) {
		t.Fatalf("order %v", order)
	}
}

func TestBatchRunsAfterCallbacksAfterEachCallback(t *testing.T) {
	var log []string
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		iso.SetHooks(Hooks{AfterCallbacks: func() bool { log = append(log, "after"); return false }})
		iso.RunBatch(3, func(i int) {
			iso.RunInTopLevel(func() error { log = append(log, "cb"); return nil })
		})
		return nil
	})
	if strings.Join(log, " ") != "cb after cb after cb after" {
		t.Fatalf("log %v", log)
	}
}

// BenchmarkCallbacks makes 32 callbacks of a small JS function, as the
// reactor does for 32 ready sockets: one MakeCallback after another, and
// in one RunBatch. ns/op is per callback.
func BenchmarkCallbacks(b *testing.B) {
	iso := New(Options{})
	iso.Run(func(iso *Isolate) error {
		rt := iso.Runtime()
		v, err := rt.RunString(`var o = {n: 0, add: function (d) { this.n += d; }}; (function (d) { o.add(d); })`)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		one := rt.ToValue(1)
		const n = 32
		step := func(int) { iso.MakeCallback(fn, goja.Undefined(), one) }
		b.Run("one-by-one", func(b *testing.B) {
			for i := 0; i < b.N; i += n {
				for k := 0; k < n; k++ {
					step(k)
				}
			}
		})
		b.Run("batched", func(b *testing.B) {
			for i := 0; i < b.N; i += n {
				iso.RunBatch(n, step)
			}
		})
		return nil
	})
}

// A Go panic in a step is not an uncatchable JS error: it goes on to the
// isolate's boundary, which ends this isolate with an InternalError.
func TestBatchGoPanicEndsTheIsolate(t *testing.T) {
	iso := New(Options{})
	res := iso.Run(func(iso *Isolate) error {
		fn := func(goja.Value, ...goja.Value) (goja.Value, error) { return goja.Undefined(), nil }
		iso.RunBatch(3, func(i int) {
			iso.MakeCallback(fn, goja.Undefined())
			if i == 1 {
				panic("step broke")
			}
		})
		return nil
	})
	var ie *InternalError
	if !errors.As(res.Err, &ie) || !strings.Contains(ie.Error(), "step broke") {
		t.Fatalf("result %+v, want an InternalError for the panic", res)
	}
}
