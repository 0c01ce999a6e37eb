package vmctx

import (
	"runtime"
	"sync/atomic"

	"errors"
	"github.com/isonode/isonode/internal/memwatch"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/scheduler"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func newPair(t testing.TB, opts Options) (*goja.Runtime, *Context) {
	t.Helper()
	rt := goja.New()
	h, err := NewHost(rt, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := h.NewContext(opts)
	if err != nil {
		t.Fatal(err)
	}
	return rt, c
}

// run compiles and runs code in c with the host object sandbox (host JS
// expression, or "" for none).
func run(t testing.TB, rt *goja.Runtime, c *Context, code string, sandbox *goja.Object, timeout time.Duration) (goja.Value, error) {
	t.Helper()
	prg, err := Compile("test.js", code, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	return c.Run(prg, sandbox, timeout)
}

func hostObj(t testing.TB, rt *goja.Runtime, expr string) *goja.Object {
	t.Helper()
	v, err := rt.RunString("(" + expr + ")")
	if err != nil {
		t.Fatal(err)
	}
	return v.(*goja.Object)
}

func TestBasicCopy(t *testing.T) {
	rt, c := newPair(t, Options{})
	sb := hostObj(t, rt, "{animal: 'cat', count: 2, nested: {a: [1, 2, {b: 3}]}}")
	rt.Set("sb", sb)
	inner := sb.Get("nested")
	v, err := run(t, rt, c, "count += 1; name = 'kitty'; nested.a[2].b = 4; nested.c = new Date(0); count", sb, 0)
	if err != nil {
		t.Fatal(err)
	}
	if v.ToInteger() != 3 {
		t.Fatalf("got %v", v)
	}
	got, _ := rt.RunString("JSON.stringify(sb)")
	if got.String() != `{"animal":"cat","count":3,"nested":{"a":[1,2,{"b":4}],"c":"1970-01-01T00:00:00.000Z"},"name":"kitty"}` {
		t.Fatalf("sandbox: %s", got)
	}
	if sb.Get("nested") != inner {
		t.Fatal("nested object identity lost")
	}
}

func hostEval(t testing.TB, rt *goja.Runtime, code string) goja.Value {
	t.Helper()
	v, err := rt.RunString(code)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func thrownMessage(t testing.TB, err error) string {
	t.Helper()
	var th *Thrown
	if !errors.As(err, &th) {
		t.Fatalf("want *Thrown, got %T %v", err, err)
	}
	o := th.Value.(*goja.Object)
	return o.Get("name").String() + ": " + o.Get("message").String()
}

func TestTimeout(t *testing.T) {
	rt, c := newPair(t, Options{})
	start := time.Now()
	_, err := run(t, rt, c, "while (true) {}", nil, 50*time.Millisecond)
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("took %v", d)
	}
	if m := thrownMessage(t, err); m != "Error: Script execution timed out after 50ms" {
		t.Fatal(m)
	}
	var th *Thrown
	errors.As(err, &th)
	if code := th.Value.(*goja.Object).Get("code").String(); code != "ERR_SCRIPT_EXECUTION_TIMEOUT" {
		t.Fatal(code)
	}
	// the context is usable afterwards
	v, err := run(t, rt, c, "1 + 1", nil, 50*time.Millisecond)
	if err != nil || v.ToInteger() != 2 {
		t.Fatal(v, err)
	}
}

func TestTimeoutCoversPromiseJobs(t *testing.T) {
	rt, c := newPair(t, Options{})
	_, err := run(t, rt, c, "function spin() { return Promise.resolve().then(spin) } spin(); 'done'", nil, 50*time.Millisecond)
	if m := thrownMessage(t, err); !strings.Contains(m, "timed out") {
		t.Fatal(m)
	}
	sb := hostObj(t, rt, "{}")
	v, err := run(t, rt, c, "x = 1; Promise.resolve().then(function () { x = 2 }); x", sb, time.Second)
	if err != nil || v.ToInteger() != 1 || sb.Get("x").ToInteger() != 2 {
		t.Fatal(v, err, sb.Get("x"))
	}
}

func TestDefaultTimeoutOnCallback(t *testing.T) {
	rt, c := newPair(t, Options{Timeout: 50 * time.Millisecond})
	sb := hostObj(t, rt, "{}")
	if _, err := run(t, rt, c, "function hang() { for (;;) {} }", sb, time.Second); err != nil {
		t.Fatal(err)
	}
	rt.Set("sb", sb)
	_, err := rt.RunString("sb.hang()")
	if err == nil || !strings.Contains(err.Error(), "timed out after 50ms") {
		t.Fatal(err)
	}
}

func TestCallDepth(t *testing.T) {
	rt, c := newPair(t, Options{MaxCallDepth: 100})
	_, err := run(t, rt, c, "function f(n) { return n ? f(n - 1) : 0 } f(1000)", nil, 0)
	if m := thrownMessage(t, err); m != "RangeError: Maximum call stack size exceeded" {
		t.Fatal(m)
	}
	if v, err := run(t, rt, c, "f(50)", nil, 0); err != nil || v.ToInteger() != 0 {
		t.Fatal(v, err)
	}
}

func TestRegexpTimeout(t *testing.T) {
	rt, c := newPair(t, Options{})
	start := time.Now()
	v, err := run(t, rt, c, "/^(a+)+(?=b)/.test('a'.repeat(40))", nil, 0)
	if err != nil || v.ToBoolean() {
		t.Fatal(v, err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("took %v", d)
	}
}

func TestSizeCaps(t *testing.T) {
	rt, c := newPair(t, Options{MaxBufferSize: 1 << 20, MaxStringLength: 1 << 20, MaxArrayLength: 1000})
	for code, want := range map[string]string{
		"new ArrayBuffer(2 << 20)":                                 "RangeError: Array buffer allocation failed",
		"new Float64Array(200000)":                                 "RangeError: Array buffer allocation failed",
		"'ab'.repeat(1 << 20)":                                     "RangeError: Invalid string length",
		"'a'.padStart(2 << 20)":                                    "RangeError: Invalid string length",
		"var s = 'x'; while (s.length < (2 << 20)) s += s; s":      "RangeError: Invalid string length: a string of",
		"new Array(2000).fill(0)":                                  "RangeError: Array of 2000 elements exceeds",
		"new Uint8Array(2 << 19).fill(1); new Uint8Array(1 << 20)": "",
	} {
		_, err := run(t, rt, c, code, nil, 0)
		if want == "" {
			if err != nil {
				t.Errorf("%s: %v", code, err)
			}
			continue
		}
		if m := thrownMessage(t, err); !strings.HasPrefix(m, want) {
			t.Errorf("%s: %s, want %s…", code, m, want)
		}
	}
	sb := hostObj(t, rt, "{big: new Uint8Array(2 << 20)}")
	if _, err := run(t, rt, c, "1", sb, 0); err == nil || !strings.Contains(thrownMessage(t, err), "exceeds the sandbox limit") {
		t.Fatal(err)
	}
}

func TestCycles(t *testing.T) {
	rt, c := newPair(t, Options{})
	sb := hostObj(t, rt, "(function () { var a = {name: 'a'}; a.self = a; var arr = [a, a]; return {a: a, arr: arr} })()")
	v, err := run(t, rt, c, "[a.self === a, arr[0] === arr[1], arr[0] === a, a.self.self.name]", sb, 0)
	if err != nil {
		t.Fatal(err)
	}
	rt.Set("v", v)
	if s := hostEval(t, rt, "JSON.stringify(v)").String(); s != `[true,true,true,"a"]` {
		t.Fatal(s)
	}
	v, err = run(t, rt, c, "var o = {}; o.me = o; o", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	rt.Set("o", v)
	if !hostEval(t, rt, "o.me === o").ToBoolean() {
		t.Fatal("cycle lost on the way out")
	}
}

func TestDepthLimit(t *testing.T) {
	rt, c := newPair(t, Options{MaxCopyDepth: 50})
	sb := hostObj(t, rt, "(function () { var o = {}; for (var i = 0; i < 100; i++) o = {o: o}; return {deep: o} })()")
	_, err := run(t, rt, c, "1", sb, 0)
	if m := thrownMessage(t, err); !strings.HasPrefix(m, "RangeError: Maximum copy depth exceeded") {
		t.Fatal(m)
	}
	_, err = run(t, rt, c, "var o = {}; for (var i = 0; i < 100; i++) o = {o: o}; o", nil, 0)
	if m := thrownMessage(t, err); !strings.HasPrefix(m, "RangeError: Maximum copy depth exceeded") {
		t.Fatal(m)
	}
	// the default limit (1000) guards Go's recursion
	rt2, c2 := newPair(t, Options{})
	_, err = run(t, rt2, c2, "var o = {}; for (var i = 0; i < 5000; i++) o = {o: o}; o", nil, 0)
	if m := thrownMessage(t, err); !strings.Contains(m, "deeper than 1000") {
		t.Fatal(m)
	}
}

func TestFunctionsBothWays(t *testing.T) {
	rt, c := newPair(t, Options{})
	sb := hostObj(t, rt, `{
		add: function (a, b) { return a + b },
		each: function (arr, fn) { return arr.map(fn) },
		thrower: function () { var e = new TypeError('host says no'); e.code = 'E_NO'; throw e },
		Point: function Point(x) { this.x = x },
	}`)
	v, err := run(t, rt, c, `
		var r = [];
		r.push(add(1, 2));
		r.push(each([1, 2, 3], function (x) { return x * 10 }).join());
		try { thrower() } catch (e) { r.push(e instanceof TypeError, e.message, e.code, e.constructor === TypeError) }
		r.push(new Point(7).x);
		r.push(add.name, add.length);
		function guestFn(o) { o.seen = true; return {got: o.v * 2} }
		r`, sb, 0)
	if err != nil {
		t.Fatal(err)
	}
	rt.Set("v", v)
	if s := hostEval(t, rt, "JSON.stringify(v)").String(); s != `[3,"10,20,30",true,"host says no","E_NO",true,7,"","add",2]` &&
		s != `[3,"10,20,30",true,"host says no","E_NO",true,7,"add",2]` {
		t.Fatal(s)
	}
	rt.Set("sb", sb)
	if s := hostEval(t, rt, "var arg = {v: 21}; var res = sb.guestFn(arg); JSON.stringify([res, arg.seen, sb.guestFn === sb.guestFn])").String(); s != `[{"got":42},true,true]` {
		t.Fatal(s)
	}
	// a guest error thrown through a host call arrives as a host error
	if _, err := run(t, rt, c, "function boom() { throw new RangeError('guest says no') }", sb, 0); err != nil {
		t.Fatal(err)
	}
	if s := hostEval(t, rt, "try { sb.boom() } catch (e) { [e instanceof RangeError, e.message, e.stack.split('\\n')[1]].join('|') }").String(); s != "true|guest says no|    at boom (test.js:1:25)" {
		t.Fatal(s)
	}
	// wrappers unwrap on the way back
	if v, err := run(t, rt, c, "add", sb, 0); err != nil || v != sb.Get("add") {
		t.Fatal("host function not unwrapped", v, err)
	}
}

func TestGetterReadOnce(t *testing.T) {
	rt, c := newPair(t, Options{})
	sb := hostObj(t, rt, "(function () { var n = 0; return {get g() { return ++n }, count: function () { return n }} })()")
	v, err := run(t, rt, c, "[g, g, g, Object.getOwnPropertyDescriptor(this, 'g').get === undefined]", sb, 0)
	if err != nil {
		t.Fatal(err)
	}
	rt.Set("v", v)
	if s := hostEval(t, rt, "JSON.stringify(v)").String(); s != "[1,1,1,true]" {
		t.Fatal(s)
	}
}

func TestNoHostReachable(t *testing.T) {
	rt, c := newPair(t, Options{})
	rt.Set("process", map[string]any{"secret": 42})
	sb := hostObj(t, rt, "{f: function () { return {} }, o: {}, e: new Error('x')}")
	for _, code := range []string{
		"this.constructor.constructor('return process')()",
		"f.constructor('return process')()",
		"o.constructor.constructor('return process')()",
		"e.constructor.constructor('return process')()",
		"f().constructor.constructor('return process')()",
		"Object.getPrototypeOf(f).constructor('return process')()",
	} {
		_, err := run(t, rt, c, code, sb, 0)
		if err == nil || !strings.Contains(thrownMessage(t, err), "process is not defined") {
			t.Errorf("%s: %v", code, err)
		}
	}
	if hostEval(t, rt, "Object.prototype.polluted").Export() != nil {
		t.Fatal("polluted")
	}
	if _, err := run(t, rt, c, "o.__proto__.polluted = 1; Object.prototype.polluted2 = 1; f().__proto__.polluted3 = 1", sb, 0); err != nil {
		t.Fatal(err)
	}
	if v := hostEval(t, rt, "[Object.prototype.polluted, Object.prototype.polluted2, Object.prototype.polluted3, ({}).polluted]"); v.String() != ",,," {
		t.Fatal("host prototype polluted:", v)
	}
}

func TestDeletionsAndNewGlobals(t *testing.T) {
	rt, c := newPair(t, Options{})
	sb := hostObj(t, rt, "{a: 1, b: 2}")
	if _, err := run(t, rt, c, "delete b; c = 3; var d = 4", sb, 0); err != nil {
		t.Fatal(err)
	}
	rt.Set("sb", sb)
	if s := hostEval(t, rt, "JSON.stringify(sb)").String(); s != `{"a":1,"d":4,"c":3}` /* var d is created before the code runs */ {
		t.Fatal(s)
	}
	// a persistent context sees host-side deletions too
	hostEval(t, rt, "delete sb.a; sb.e = 5")
	v, err := run(t, rt, c, "[typeof a, c, d, e].join()", sb, 0)
	if err != nil || v.String() != "undefined,3,4,5" {
		t.Fatal(v, err)
	}
}

func TestRunawayLeavesOtherIsolatesRunning(t *testing.T) {
	sched := scheduler.New()
	var ticks atomic.Int64
	stopTicker := make(chan struct{})
	ticker := sched.Spawn(scheduler.Spec{Name: "ticker", Start: func(iso *isolate.Isolate) error {
		rt := iso.Runtime()
		var tick func()
		tick = func() {
			ticks.Add(1)
			select {
			case <-stopTicker:
				return
			default:
			}
			iso.SetTimer(1, tick)
		}
		_ = rt
		tick()
		return nil
	}})
	var runErr error
	var elapsed time.Duration
	guest := sched.Spawn(scheduler.Spec{Name: "guest", Start: func(iso *isolate.Isolate) error {
		h, err := NewHost(iso.Runtime(), iso)
		if err != nil {
			return err
		}
		c, err := h.NewContext(Options{})
		if err != nil {
			return err
		}
		prg, _ := Compile("runaway.js", "while (true) {}", 0, 0)
		start := time.Now()
		_, runErr = c.Run(prg, nil, 300*time.Millisecond)
		elapsed = time.Since(start)
		return nil
	}})
	<-guest.Done()
	before := ticks.Load()
	close(stopTicker)
	ticker.Wait()
	if runErr == nil || !strings.Contains(runErr.Error(), "timed out after 300ms") {
		t.Fatal(runErr)
	}
	if elapsed > 3*time.Second {
		t.Fatalf("runaway ran %v", elapsed)
	}
	if before < 20 {
		t.Fatalf("the other isolate ticked only %d times while the guest ran", before)
	}
}

func TestTerminateStopsGuest(t *testing.T) {
	sched := scheduler.New()
	started := make(chan struct{})
	h := sched.Spawn(scheduler.Spec{Name: "guest", Start: func(iso *isolate.Isolate) error {
		host, err := NewHost(iso.Runtime(), iso)
		if err != nil {
			return err
		}
		c, err := host.NewContext(Options{})
		if err != nil {
			return err
		}
		prg, _ := Compile("runaway.js", "while (true) {}", 0, 0)
		close(started)
		_, err = c.Run(prg, nil, 0)
		return err
	}})
	<-started
	time.Sleep(50 * time.Millisecond)
	done := make(chan struct{})
	go func() { h.Stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("terminating the host did not stop the guest")
	}
}

// An allocation bomb is stopped by its memory budget within twice the
// budget, while a context without a budget, running at the same time in
// another runtime, finishes its work.
func TestMemoryBudgetStopsBomb(t *testing.T) {
	const limit = 32 << 20
	bombs := []string{
		`var a = []; while (true) a.push("x".repeat(1000) + a.length);`,
		`var a = []; while (true) a.push({n: a.length, s: "v" + a.length});`,
		`var o = {}; for (var i = 0; ; i++) o["k" + i] = [i];`,
	}
	done := make(chan error, 1)
	go func() {
		rt, c := newPair(t, Options{})
		v, err := run(t, rt, c, "var n = 0; for (var i = 0; i < 500000; i++) n += i % 7; n", nil, 0)
		if err == nil && v.ToInteger() != 1499994 {
			err = errors.New("wrong result " + v.String())
		}
		done <- err
	}()
	for _, b := range bombs {
		rt, c := newPair(t, Options{MaxMemory: limit})
		before := liveHeap()
		_, err := run(t, rt, c, b, nil, 10*time.Second)
		held := liveHeap() - before
		var th *Thrown
		if !errors.As(err, &th) || !strings.Contains(th.Error(), "memory limit") {
			t.Fatalf("%s: got %v", b, err)
		}
		if code := th.Value.(*goja.Object).Get("code").String(); code != "ERR_SCRIPT_MEMORY_LIMIT" {
			t.Fatalf("code %s", code)
		}
		if held > 2*limit {
			t.Errorf("%s: stopped holding %d bytes, over a budget of %d", b, held, limit)
		}
		if v, err := run(t, rt, c, "'alive'", nil, 0); err != nil || v.String() != "alive" {
			t.Fatalf("context unusable after the bomb: %v %v", v, err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// liveHeap collects garbage and returns the heap bytes left.
func liveHeap() int64 {
	runtime.GC()
	h, _ := memwatch.HeapBytes()
	return int64(h)
}

// An isolate parent counts its contexts and their timeouts (the metrics
// isonode_vm_contexts_created_total and isonode_vm_timeouts_total).
func TestParentIsolateCountsContextsAndTimeouts(t *testing.T) {
	iso := isolate.New(isolate.Options{})
	res := iso.Run(func(iso *isolate.Isolate) error {
		h, err := NewHost(iso.Runtime(), iso)
		if err != nil {
			return err
		}
		for i := 0; i < 2; i++ {
			c, err := h.NewContext(Options{})
			if err != nil {
				return err
			}
			if i == 1 {
				_, err = run(t, iso.Runtime(), c, "while (true) {}", nil, 20*time.Millisecond)
				if err == nil {
					t.Error("the loop was not stopped")
				}
			}
		}
		return nil
	})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	s := iso.Stats()
	if c, to := s.VMContexts.Load(), s.VMTimeouts.Load(); c != 2 || to != 1 {
		t.Fatalf("contexts %d, timeouts %d; want 2, 1", c, to)
	}
}
