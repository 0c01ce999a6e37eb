// Package vmctx runs JavaScript in sandboxes: each Context is its own
// goja.Runtime with its own intrinsics (Object, Array, Function, …), never
// the host's runtime, and nothing of the host — no host object, function,
// error, Go struct or Go value — is ever reachable from guest code.
//
// # Goroutines
//
// A Host belongs to one host runtime (an isolate's) and is used only on the
// goroutine that owns that runtime (the isolate's loop goroutine). A Context
// belongs to its Host and is driven synchronously from that same goroutine:
// Run, and every call between host and guest, run the guest runtime on the
// calling goroutine, so a guest runtime is touched by one goroutine at a time
// and runInNewContext is a synchronous call, as in Node. The only other
// goroutines involved are timers and the termination watcher, which touch a
// guest runtime only through goja's Interrupt (safe from any goroutine):
//
//	// on the isolate's loop goroutine (e.g. inside a native function):
//	h := vmctx.HostOf(rt, iso)                 // one Host per host runtime
//	c, err := h.NewContext(vmctx.Options{Timeout: time.Second})
//	prg, _ := vmctx.Compile("calc.js", "x * 2", 0, 0)
//	sandbox := rt.NewObject(); sandbox.Set("x", 21)
//	v, err := c.Run(prg, sandbox, 100*time.Millisecond) // v is a host value: 42
//	// err is a *vmctx.Thrown (a host value to throw), or an uncatchable goja
//	// error of the host (the isolate was terminated) to propagate as is.
//
// # Data crossing the boundary
//
// The sandbox object's own enumerable string-keyed properties are copied into
// the context's global object before each run, and the global's own
// enumerable properties copied back out after it (new globals included;
// globals deleted by the guest are deleted from the sandbox). The guest's
// global object is the twin of the sandbox, so `this` returned from a run is
// the sandbox itself.
//
// Values are deep structural copies: primitives; plain objects and arrays;
// Dates; RegExps; Errors (a new error of the matching class in the target
// runtime, with message, name, stack and own enumerable properties); Maps
// and Sets; ArrayBuffers, typed arrays and Buffers (bytes copied; a Buffer
// arrives in the guest as a Uint8Array); Promises (a promise of the other
// runtime that settles with the copied outcome). Cycles and shared
// references are preserved within one copy; recursion is bounded by
// Options.MaxCopyDepth (default 1000), beyond which a RangeError is thrown.
// Getters and Proxies are read once, at copy time, in the runtime they
// belong to: guest code never receives a host getter or Proxy. Prototypes
// are not copied (class instances arrive as plain objects).
//
// A plain object or array copied across keeps a twin on the other side:
// copying it back later updates the original in place (so `o.a.b = 2` in
// the guest is seen on the host's o.a, as in Node), and identity survives
// round trips. Only ordinary objects whose prototype is the runtime's
// Object.prototype (arrays: Array.prototype) are updated in place; anything
// else — intrinsic prototypes included — is only ever copied, never
// written through, so guest code cannot pollute host prototypes.
//
// Functions are wrapped: the guest sees a function of its own runtime that,
// when called (or constructed), copies its arguments out to the host, calls
// the host function, and copies the result (or the thrown error) back in;
// guest functions reach the host the same way. A wrapper crossing back is
// unwrapped to the original function.
//
// # Built-ins
//
// A context's global object inherits from an object serving the built-ins
// of the context's runtime, each materialised on first use (a fresh goja
// runtime builds its built-ins lazily): a context that uses only a few
// costs a few tens of kilobytes. The bridge captures the built-ins it calls
// (constructors, Map.prototype.set, …) by group, from the runtime's original
// global object, before guest code can first reach them; that object itself
// is never reachable from guest code. V8's stack machinery (errorstack:
// Error.captureStackTrace, prepareStackTrace, V8-style stacks) is installed
// when guest code first names an error constructor.
//
// # Limits
//
// Per context (Options) and per run: a wall-clock timeout (goja's Interrupt
// from a time.AfterFunc) that covers the promise jobs queued during the run,
// which run before Run returns; the JS call depth (SetMaxCallStackSize); the
// copy depth; caps on string length, array length and byte size of data
// crossing the boundary, and on the sizes guest code can ask of
// ArrayBuffer/typed array constructors and String.prototype.repeat, padStart
// and padEnd; and a memory budget (Options.MaxMemory), enforced by sampling
// the process heap while the guest runs (memory.go: goja offers no
// allocation hooks). Backtracking regexps are bounded process-wide by
// isolate.RegexpMatchTimeout. Exceeding a limit ends that
// call with an error; the host and every other isolate go on.
package vmctx
