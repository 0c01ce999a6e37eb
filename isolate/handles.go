package isolate

import (
	"sync/atomic"

	"github.com/dop251/goja"
)

// Handle is a long-lived resource (a server, a socket, a watcher) that keeps
// the loop alive while it is open and ref'd. Methods are loop goroutine only.
type Handle struct {
	iso    *Isolate
	kind   string
	count  *atomic.Int64 // open handles of this kind
	ref    bool
	closed bool
}

// handleKind counts the open handles of one kind; the list only grows (a
// kind seen once stays, with a count of 0) and is guarded by handleMu.
type handleKind struct {
	kind string
	n    atomic.Int64
}

// NewHandle opens a ref'd handle of the given kind ("TCP", "FSWatcher", …).
func (iso *Isolate) NewHandle(kind string) *Handle {
	iso.refHandles++
	var c *atomic.Int64
	iso.handleMu.Lock()
	for _, k := range iso.handleKinds {
		if k.kind == kind {
			c = &k.n
			break
		}
	}
	if c == nil {
		k := &handleKind{kind: kind}
		iso.handleKinds = append(iso.handleKinds, k)
		c = &k.n
	}
	iso.handleMu.Unlock()
	c.Add(1)
	return &Handle{iso: iso, kind: kind, count: c, ref: true}
}

// Handles returns the number of open handles by kind (a fresh map). Loop
// goroutine only.
func (iso *Isolate) Handles() map[string]int {
	m := make(map[string]int)
	iso.EachHandleKind(func(kind string, n int) { m[kind] = n })
	return m
}

// EachHandleKind calls fn with the number of open handles of every kind the
// isolate has opened so far (0 for kinds with none open now), without
// allocating. Any goroutine; fn must not open handles on this isolate.
func (iso *Isolate) EachHandleKind(fn func(kind string, n int)) {
	iso.handleMu.Lock()
	defer iso.handleMu.Unlock()
	for _, k := range iso.handleKinds {
		fn(k.kind, int(k.n.Load()))
	}
}

// Kind names the handle's type.
func (h *Handle) Kind() string { return h.kind }

// Ref makes the handle keep the loop alive (the default).
func (h *Handle) Ref() {
	if !h.ref && !h.closed {
		h.ref = true
		h.iso.refHandles++
	}
	h.ref = true
}

// Unref lets the loop end while the handle is open.
func (h *Handle) Unref() {
	if h.ref && !h.closed {
		h.iso.refHandles--
	}
	h.ref = false
}

// HasRef reports whether the handle keeps the loop alive.
func (h *Handle) HasRef() bool { return h.ref && !h.closed }

// Close releases the handle; closing twice is a no-op.
func (h *Handle) Close() {
	if h.closed {
		return
	}
	h.closed = true
	if h.ref {
		h.iso.refHandles--
	}
	h.count.Add(-1)
}

// Request is one asynchronous operation in flight (an fs call on the worker
// pool, a DNS lookup). It keeps the loop alive until Complete.
type Request struct {
	iso  *Isolate
	kind string
	done bool
	ctx  goja.Value // see ContextHooks
}

// BeginRequest starts a request. Loop goroutine only.
func (iso *Isolate) BeginRequest(kind string) *Request {
	iso.requests.Add(1)
	return &Request{iso: iso, kind: kind, ctx: iso.captureContext()}
}

// Complete posts fn to the loop and ends the request once fn has run (or at
// once, if the isolate has ended). Call it exactly once, from any goroutine.
func (r *Request) Complete(fn func()) {
	fn = r.iso.inContext(r.ctx, fn)
	if !r.iso.Post(func() {
		r.iso.requests.Add(-1)
		fn()
	}) {
		r.iso.requests.Add(-1)
	}
}

// ActiveRequests is the number of requests in flight. Any goroutine.
func (iso *Isolate) ActiveRequests() int { return int(iso.requests.Load()) }
