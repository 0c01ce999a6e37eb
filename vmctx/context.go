package vmctx

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/dlclark/regexp2/v2"
	"github.com/dop251/goja"
	"github.com/isonode/isonode/internal/memwatch"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/v8builtins"
)

// Options are a context's limits. Zero fields take the defaults.
type Options struct {
	// Timeout bounds every entry into the guest that has no timeout of its
	// own (calls of guest functions by the host, promise settlements).
	// 0: none, as in Node.
	Timeout time.Duration
	// MaxCallDepth bounds the guest's JS call stack. Default 10000.
	MaxCallDepth int
	// MaxCopyDepth bounds the nesting of data copied across. Default 1000.
	MaxCopyDepth int
	// MaxStringLength caps strings (UTF-16 units) crossing the boundary and
	// those String.prototype.repeat/padStart/padEnd build. Default 1<<28.
	MaxStringLength int
	// MaxArrayLength caps arrays crossing the boundary. Default 1<<24.
	MaxArrayLength int
	// MaxBufferSize caps bytes crossing the boundary and the size guest code
	// may ask of ArrayBuffer and typed array constructors. Default 256 MiB.
	MaxBufferSize int
	// MaxMemory is the heap growth in bytes a run may cause (see the memory
	// watcher in memory.go). 0: none of its own; a runaway guest then
	// meets its isolate's default budget (isolate.Options.MaxMemory),
	// which ends the isolate as Node's heap limit ends the process. A
	// budget costs each run ~0.8 µs (a third of a short run), hence no
	// default.
	MaxMemory int
}

// Defaults for Options.
const (
	DefaultMaxCallDepth    = 10000
	DefaultMaxCopyDepth    = 1000
	DefaultMaxStringLength = 1 << 28
	DefaultMaxArrayLength  = 1 << 24
	DefaultMaxBufferSize   = 256 << 20
)

func (o Options) withDefaults() Options {
	if o.MaxCallDepth <= 0 {
		o.MaxCallDepth = DefaultMaxCallDepth
	}
	if o.MaxCopyDepth <= 0 {
		o.MaxCopyDepth = DefaultMaxCopyDepth
	}
	if o.MaxStringLength <= 0 {
		o.MaxStringLength = DefaultMaxStringLength
	}
	if o.MaxArrayLength <= 0 {
		o.MaxArrayLength = DefaultMaxArrayLength
	}
	if o.MaxBufferSize <= 0 {
		o.MaxBufferSize = DefaultMaxBufferSize
	}
	return o
}

// Parent is what a Host watches while guest code runs: when it reports
// termination (an isolate being terminated), the running guest is aborted.
// *isolate.Isolate implements it.
type Parent interface {
	Terminated() bool
}

// Host is the host side of the bridge: one host runtime (an isolate's) and
// the built-ins captured from it. Use it on the goroutine that owns rt.
type Host struct {
	rt     *goja.Runtime
	in     *intrinsics
	parent Parent
}

// NewHost captures rt's built-ins. Call it on the goroutine that owns rt,
// before host code could have replaced them (or accept that it has).
func NewHost(rt *goja.Runtime, parent Parent) (*Host, error) {
	in, err := captureIntrinsics(rt)
	if err != nil {
		return nil, err
	}
	return &Host{rt: rt, in: in, parent: parent}, nil
}

// Runtime is the host runtime.
func (h *Host) Runtime() *goja.Runtime { return h.rt }

// stats are the parent isolate's counters (metrics), nil for other parents.
func (h *Host) stats() *isolate.Stats {
	if p, ok := h.parent.(interface{ Stats() *isolate.Stats }); ok {
		return p.Stats()
	}
	return nil
}

// count adds one to a counter of the parent isolate's stats, if any.
func (h *Host) count(counter func(*isolate.Stats) *atomic.Uint64) {
	if s := h.stats(); s != nil {
		counter(s).Add(1)
	}
}

// Thrown is an exception for the host: Value is a host value, to be thrown
// in the host (panic(t.Value) inside a native function). For an exception
// thrown by guest code, File, Line and Col (1-based) are where, when known.
type Thrown struct {
	Value     goja.Value
	File      string
	Line, Col int
}

// locate sets where ex was thrown: its innermost frame of script code.
func (t *Thrown) locate(ex *goja.Exception) {
	for _, f := range ex.Stack() {
		if p := f.Position(); f.SrcName() != "<native>" && !strings.HasPrefix(f.SrcName(), "vmctx:") && p.Line > 0 {
			t.File, t.Line, t.Col = p.Filename, p.Line, p.Column
			return
		}
	}
}

func (t *Thrown) Error() string {
	if o, ok := t.Value.(*goja.Object); ok {
		if s, ok := o.Get("stack").Export().(string); ok && s != "" {
			return s
		}
	}
	if t.Value == nil {
		return "undefined"
	}
	return t.Value.String()
}

var regexpTimeoutOnce sync.Once

// Context is one sandbox: a goja runtime of its own, its limits and the
// twin tables of the bridge. Use it on its Host's goroutine.
type Context struct {
	host *Host
	rt   *goja.Runtime
	in   *intrinsics
	opts Options

	depth     int
	entries   []func()
	entryFn   goja.Callable
	hostAbort error // a host uncatchable error unwinding through the guest

	mu     sync.Mutex // guards timers against the AfterFunc goroutines
	timers []*runTimer

	lastOut []string // the guest globals the last run copied out

	toGuest twinMap // host object → guest object
	toHost  twinMap // guest object → host object
}

// NewContext creates a context with a fresh runtime holding only the
// ECMAScript built-ins (with V8-style error stacks and the size caps).
func (h *Host) NewContext(opts Options) (*Context, error) {
	regexpTimeoutOnce.Do(func() {
		if regexp2.DefaultMatchTimeout <= 0 || regexp2.DefaultMatchTimeout > isolate.RegexpMatchTimeout {
			regexp2.DefaultMatchTimeout = isolate.RegexpMatchTimeout
		}
	})
	opts = opts.withDefaults()
	rt := goja.New()
	rt.SetMaxCallStackSize(opts.MaxCallDepth)
	c := &Context{host: h, rt: rt, opts: opts}
	h.count(func(s *isolate.Stats) *atomic.Uint64 { return &s.VMContexts })
	c.toGuest.init()
	c.toHost.init()
	var in *intrinsics
	if ex := rt.Try(func() {
		var err error
		if in, err = guestIntrinsics(rt, c.loaded); err != nil {
			panic(err)
		}
		v8builtins.Install(rt)
		installStringCaps(rt, opts.MaxStringLength)
	}); ex != nil {
		return nil, ex
	}
	c.in = in
	// The global object is an ordinary object inheriting from lazyGlobals,
	// which serves the built-ins: globals the guest creates are its own
	// properties, cheap to enumerate, and each built-in is materialised
	// (and captured for the bridge) only when first used.
	g := rt.CreateObject(rt.NewDynamicObject(lazyGlobals{in}))
	_ = g.DefineDataProperty("globalThis", g, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	rt.SetGlobalObject(g)
	in.global = g
	c.entryFn, _ = goja.AssertFunction(rt.ToValue(func(goja.FunctionCall) goja.Value {
		f := c.entries[len(c.entries)-1]
		f()
		return goja.Undefined()
	}))
	return c, nil
}

// loaded runs when the guest captured a group of built-ins: the buffer
// constructors get their size caps.
func (c *Context) loaded(g group, src *goja.Object) {
	if g&gBuffers != 0 {
		capBuffers(c.rt, src, c.in.ctors, c.opts.MaxBufferSize)
	}
}

// Runtime is the guest runtime. Touch it only between entries, on the
// Host's goroutine, and never hand host values to it.
func (c *Context) Runtime() *goja.Runtime { return c.rt }

// Options are the context's limits.
func (c *Context) Options() Options { return c.opts }

// Run copies sandbox's properties into the global object (if sandbox is not
// nil), runs prg, runs the promise jobs it queued, copies the globals back
// out to sandbox and returns the completion value as a host value. timeout
// (or else Options.Timeout) bounds all of it. The error is a *Thrown, or an
// uncatchable error of the host (propagate it as is).
func (c *Context) Run(prg *goja.Program, sandbox *goja.Object, timeout time.Duration) (goja.Value, error) {
	var inKeys []string
	if sandbox != nil {
		if err := c.hostTry(func() { inKeys = c.copyIn(sandbox) }); err != nil {
			return nil, c.hostErr(err)
		}
	}
	var gres, hres goja.Value
	var out []globalProp
	var gone []string
	err := c.withLimits(timeout, func() error {
		if err := c.enter(func() {
			v, err := c.rt.RunProgram(prg)
			if err != nil {
				panic(err)
			}
			gres = v
		}); err != nil {
			return err
		}
		return c.enter(func() {
			c.guard(func() {
				cp := c.copierToHost()
				if sandbox != nil {
					out, gone = c.copyOut(cp, sandbox, inKeys)
				}
				hres = cp.val(gres)
			})
		})
	})
	if err != nil {
		return nil, c.hostErr(c.translate(err))
	}
	if sandbox != nil {
		if err := c.hostTry(func() { applyOut(sandbox, out, gone, inKeys) }); err != nil {
			return nil, c.hostErr(err)
		}
	}
	return hres, nil
}

// enter runs f inside a call of a guest native function: guest exceptions
// and interrupts come back as errors, and when the guest stack was empty the
// promise jobs f queued have run when enter returns.
func (c *Context) enter(f func()) error {
	c.entries = append(c.entries, f)
	c.depth++
	_, err := c.entryFn(goja.Undefined())
	c.depth--
	c.entries = c.entries[:len(c.entries)-1]
	return err
}

// guard runs f (guest context) and turns a copy failure into a guest throw.
func (c *Context) guard(f func()) {
	if ce := catchCopy(f); ce != nil {
		panic(ce.value(c.in))
	}
}

// timeoutValue is the interrupt value of a timed-out run.
type timeoutValue struct{ d time.Duration }

// errHostTerminated interrupts a guest whose host isolate was terminated.
var errHostTerminated = errors.New("vmctx: host terminated")

type runTimer struct {
	t     *time.Timer
	val   *timeoutValue
	done  bool
	fired bool
}

// withLimits runs f with a timer (timeout, or else Options.Timeout when this
// is the outermost entry) and, for the outermost entry, the termination
// watcher.
func (c *Context) withLimits(timeout time.Duration, f func() error) error {
	if timeout <= 0 && c.depth == 0 {
		timeout = c.opts.Timeout
	}
	var t *runTimer
	if timeout > 0 {
		t = &runTimer{val: &timeoutValue{timeout}}
		c.mu.Lock()
		c.timers = append(c.timers, t)
		c.mu.Unlock()
		t.t = time.AfterFunc(timeout, func() {
			c.mu.Lock()
			if !t.done {
				t.fired = true
				c.rt.Interrupt(t.val)
			}
			c.mu.Unlock()
		})
	}
	if c.depth == 0 && c.host.parent != nil {
		w := watch(c.rt, c.host.parent)
		defer unwatch(w)
	}
	var mem *memwatch.Entry
	if c.depth == 0 && c.opts.MaxMemory > 0 {
		rt, val := c.rt, &memoryValue{c.opts.MaxMemory}
		mem = memwatch.Watch(uint64(c.opts.MaxMemory), func() { rt.Interrupt(val) })
	}
	if c.depth == 0 {
		c.hostAbort = nil
	}
	err := f()
	if mem != nil {
		// before the interrupt is cleared: no late interrupt reaches the
		// next run
		memwatch.Unwatch(mem)
	}
	if t != nil {
		t.t.Stop()
		c.mu.Lock()
		t.done = true
		for i, x := range c.timers {
			if x == t {
				c.timers = append(c.timers[:i], c.timers[i+1:]...)
				break
			}
		}
		if t.fired {
			// our interrupt may be pending still; re-raise an outer one
			c.rt.ClearInterrupt()
			for _, o := range c.timers {
				if o.fired {
					c.rt.Interrupt(o.val)
					break
				}
			}
		}
		c.mu.Unlock()
	}
	if c.depth == 0 {
		c.rt.ClearInterrupt()
	}
	return err
}

// translate maps an error from the guest to one for the host: a *Thrown
// (a host value) or a host uncatchable error.
func (c *Context) translate(err error) error {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	var ex *goja.Exception
	var ce *copyError
	switch {
	case c.hostAbort != nil && errors.Is(err, c.hostAbort):
		return c.hostAbort
	case errors.As(err, &ie):
		switch v := ie.Value().(type) {
		case *timeoutValue:
			c.host.count(func(s *isolate.Stats) *atomic.Uint64 { return &s.VMTimeouts })
			return &Thrown{Value: c.hostError("Error", "ERR_SCRIPT_EXECUTION_TIMEOUT",
				fmt.Sprintf("Script execution timed out after %dms", v.d.Milliseconds()))}
		case *memoryValue:
			c.host.count(func(s *isolate.Stats) *atomic.Uint64 { return &s.LimitViolations })
			return &Thrown{Value: c.hostError("RangeError", "ERR_SCRIPT_MEMORY_LIMIT",
				fmt.Sprintf("Script execution exceeded the memory limit of %d bytes", v.limit))}
		case error:
			if v == errHostTerminated {
				return err
			}
		}
		return &Thrown{Value: c.hostError("Error", "ERR_SCRIPT_EXECUTION_INTERRUPTED", "Script execution was interrupted")}
	case errors.As(err, &so):
		return &Thrown{Value: c.hostError("RangeError", "", "Maximum call stack size exceeded")}
	case errors.As(err, &ce):
		return &Thrown{Value: ce.value(c.host.in)}
	case errors.As(err, &ex):
		var hv goja.Value
		err2 := c.withLimits(0, func() error {
			return c.enter(func() {
				if ce := catchCopy(func() { hv = c.copierToHost().val(ex.Value()) }); ce != nil {
					hv = ce.value(c.host.in)
				}
			})
		})
		if err2 != nil || hv == nil {
			return &Thrown{Value: c.hostError("Error", "", "an exception was thrown in the sandbox and could not be copied out")}
		}
		t := &Thrown{Value: hv}
		t.locate(ex)
		return t
	}
	return &Thrown{Value: c.hostError("Error", "", err.Error())}
}

// hostErr maps a host-side error (from hostTry) to Run's error.
func (c *Context) hostErr(err error) error {
	var ex *goja.Exception
	var ce *copyError
	switch {
	case errors.As(err, &ce):
		return &Thrown{Value: ce.value(c.host.in)}
	case errors.As(err, &ex):
		return &Thrown{Value: ex.Value()}
	}
	return err
}

func (c *Context) hostError(ctor, code, msg string) *goja.Object {
	return newError(c.host.in, ctor, code, msg)
}

func newError(in *intrinsics, ctor, code, msg string) *goja.Object {
	o, err := in.rt.New(in.ctor(ctor), in.rt.ToValue(msg))
	if err != nil {
		o = in.rt.NewObject()
		_ = o.Set("message", msg)
	}
	if code != "" {
		_ = o.DefineDataProperty("code", in.rt.ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return o
}

// hostTry runs f in the host runtime's Try: host exceptions, copy failures
// and host uncatchable errors come back as errors.
func (c *Context) hostTry(f func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(error); ok && (isCopyError(e) || isUncatchable(e)) {
				err = e
				return
			}
			panic(x)
		}
	}()
	if ex := c.host.rt.Try(f); ex != nil {
		return ex
	}
	return nil
}

func isUncatchable(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &ie) || errors.As(err, &so)
}

// twinMap maps objects of one runtime to objects of the other, weakly.
type twinMap struct {
	m       map[weak.Pointer[goja.Object]]weak.Pointer[goja.Object]
	sweepAt int
}

func (t *twinMap) init() {
	t.m = make(map[weak.Pointer[goja.Object]]weak.Pointer[goja.Object])
	t.sweepAt = 256
}

func (t *twinMap) get(o *goja.Object) *goja.Object {
	if p, ok := t.m[weak.Make(o)]; ok {
		return p.Value()
	}
	return nil
}

func (t *twinMap) set(k, v *goja.Object) {
	t.m[weak.Make(k)] = weak.Make(v)
	if len(t.m) >= t.sweepAt {
		for k, v := range t.m {
			if k.Value() == nil || v.Value() == nil {
				delete(t.m, k)
			}
		}
		t.sweepAt = 2*len(t.m) + 256
	}
}

func (c *Context) link(host, guest *goja.Object) {
	c.toGuest.set(host, guest)
	c.toHost.set(guest, host)
}
