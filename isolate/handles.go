package isolate

// Handle is a long-lived resource (a server, a socket, a watcher) that keeps
// the loop alive while it is open and ref'd. Methods are loop goroutine only.
type Handle struct {
	iso    *Isolate
	kind   string
	ref    bool
	closed bool
}

// NewHandle opens a ref'd handle of the given kind ("TCP", "FSWatcher", …).
func (iso *Isolate) NewHandle(kind string) *Handle {
	iso.refHandles++
	iso.handleKinds()[kind]++
	return &Handle{iso: iso, kind: kind, ref: true}
}

type handleKindsKey struct{}

func (iso *Isolate) handleKinds() map[string]int {
	m, _ := iso.Value(handleKindsKey{}).(map[string]int)
	if m == nil {
		m = make(map[string]int)
		iso.SetValue(handleKindsKey{}, m)
	}
	return m
}

// Handles returns the number of open handles by kind. Loop goroutine only.
func (iso *Isolate) Handles() map[string]int { return iso.handleKinds() }

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
	h.iso.handleKinds()[h.kind]--
}

// Request is one asynchronous operation in flight (an fs call on the worker
// pool, a DNS lookup). It keeps the loop alive until Complete.
type Request struct {
	iso  *Isolate
	kind string
	done bool
}

// BeginRequest starts a request. Loop goroutine only.
func (iso *Isolate) BeginRequest(kind string) *Request {
	iso.requests.Add(1)
	return &Request{iso: iso, kind: kind}
}

// Complete posts fn to the loop and ends the request once fn has run (or at
// once, if the isolate has ended). Call it exactly once, from any goroutine.
func (r *Request) Complete(fn func()) {
	if !r.iso.Post(func() {
		r.iso.requests.Add(-1)
		fn()
	}) {
		r.iso.requests.Add(-1)
	}
}

// ActiveRequests is the number of requests in flight. Any goroutine.
func (iso *Isolate) ActiveRequests() int { return int(iso.requests.Load()) }
