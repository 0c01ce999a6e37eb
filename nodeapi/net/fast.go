package net

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Per-message fast paths (issue #5: TCP echo messages/s). A chunk read
// from a socket whose stream flows with nothing buffered goes to its
// 'data' listener from Go, without net.js's onread frame; and
// Socket.prototype.write is native: when the socket is connected and its
// writable state is idle the bytes go to the kernel from here. Both read
// the JS stream states' fields from Go, which costs much less than goja
// interpreting the same checks, and hand every other case to the JS code
// they stand in front of (onread, writeSlow), so behaviour is unchanged.
//
// Each field read from Go is a map lookup and more (~300 instructions in
// goja), so the paths read only what may have changed since the last
// message: a socket's stream states, the Callable of its listener and the
// facts that stay once true are kept in its hotSock; a chunk is a view of
// the read slab's one ArrayBuffer (buffer.Slab); a write from inside the
// 'data' listener to its own socket (an echo, a proxy, a reply) finds the
// socket without reading _id, and writes the chunk it was handed without
// exporting it again.

// fastPath is the state of the fast paths, per isolate. Loop goroutine
// only.
type fastPath struct {
	// chunk is MakeCallback's function for a chunk read: it takes the
	// socket and bytes set just before the call.
	chunk     goja.Callable
	chunkSock *sock
	chunkOff  int // the chunk is slab[chunkOff:chunkOff+chunkLen]
	chunkLen  int

	// writer is the socket whose 'data' listener onChunk calls, and
	// writerOwner its JS socket: a write to it from the listener (an echo,
	// a proxy, a reply) needs no lookup of its _id
	writer      *sock
	writerOwner *goja.Object
	// chunkObj is the Buffer onChunk hands that listener, over chunkBytes:
	// written back (an echo, a proxy) it needs no export
	chunkObj   *goja.Object
	chunkBytes []byte
	args       [1]goja.Value // the listener's argument (goja does not keep it)

	emit        *goja.Object  // EventEmitter.prototype.emit
	u8proto     *goja.Object  // Uint8Array.prototype
	nextTick    goja.Callable // process.nextTick
	writeSlow   goja.Callable // net.js's write, for what the native one does not do
	writeQueued goja.Callable // net.js's bookkeeping for bytes the kernel did not take
	writeFailed goja.Callable // net.js's handling of a failed write
}

// installFast adds setupFast and socketWrite to the binding.
func (s *state) installFast(b *goja.Object) {
	f := &s.fast
	f.chunk = s.onChunk
	// setupFast(emit, Uint8Array.prototype, nextTick, writeSlow,
	// writeQueued, writeFailed)
	_ = b.Set("setupFast", func(call goja.FunctionCall) goja.Value {
		f.emit, _ = call.Argument(0).(*goja.Object)
		f.u8proto, _ = call.Argument(1).(*goja.Object)
		f.nextTick, _ = goja.AssertFunction(call.Argument(2))
		f.writeSlow, _ = goja.AssertFunction(call.Argument(3))
		f.writeQueued, _ = goja.AssertFunction(call.Argument(4))
		f.writeFailed, _ = goja.AssertFunction(call.Argument(5))
		return goja.Undefined()
	})
	// socketWrite is Socket.prototype.write.
	_ = b.Set("socketWrite", s.socketWrite)
}

// deliver hands the chunk slab[off:off+n] read from k to JS, as
// onread(owner, chunk) would.
func (s *state) deliver(k *sock, off, n int) {
	if k.owner == nil || s.onread == nil {
		return
	}
	f := &s.fast
	f.chunkSock, f.chunkOff, f.chunkLen = k, off, n
	s.iso.MakeCallback(f.chunk, k.owner)
	f.chunkSock = nil // (when the isolate is exiting, onChunk did not run)
}

// onChunk is the fast path of onread: for a flowing socket with nothing
// buffered, no decoder and one 'data' listener under the usual emit, it
// does what onread's own fast path does (note the activity for a timeout,
// emit 'data'); else it calls onread.
func (s *state) onChunk(this goja.Value, _ ...goja.Value) (goja.Value, error) {
	f := &s.fast
	k, n := f.chunkSock, f.chunkLen
	f.chunkSock = nil
	if s.slabViews == nil {
		s.slabViews = buffer.NewSlab(s.c)
		s.slabViews.Reset(s.slab)
	}
	chunk := s.slabViews.View(f.chunkOff, n)
	if owner, ok := this.(*goja.Object); ok {
		h := k.hotFor(owner)
		if fn := s.flowingListener(h, owner); fn != nil {
			state := h.rstate
			if !h.dataEmitted {
				// the first fast chunk: inherited defaults become own
				// fields, and dataEmitted, once true, stays so
				ownFields(state, hotReadable)
				_ = state.Set("dataEmitted", true)
				h.dataEmitted = true
			}
			k.touch(owner)
			// (set only when it changes: a lookup costs less than a store)
			if truthy(state.Get("reading")) {
				_ = state.Set("reading", false)
			}
			f.writer, f.writerOwner = k, owner
			f.chunkObj, f.chunkBytes = chunk, s.slab[f.chunkOff:f.chunkOff+n:f.chunkOff+n]
			f.args[0] = chunk
			r, err := fn(owner, f.args[:]...)
			f.args[0] = nil
			f.writer, f.writerOwner = nil, nil
			f.chunkObj, f.chunkBytes = nil, nil
			return r, err
		}
	}
	return s.onread(goja.Undefined(), this, chunk)
}

// flowingListener returns the 'data' listener of socket k (JS owner, h its
// hot fields) whose chunks may go straight to it (see onChunk); nil when
// onread has to decide.
func (s *state) flowingListener(h *hotSock, owner *goja.Object) goja.Callable {
	if h.rstate == nil {
		if h.rstate, _ = owner.Get("_readableState").(*goja.Object); h.rstate == nil {
			return nil
		}
	}
	state := h.rstate
	if !truthy(state.Get("flowing")) || !isZero(state.Get("length")) ||
		truthy(state.Get("sync")) || !isNull(state.Get("decoder")) || truthy(state.Get("ended")) ||
		truthy(state.Get("destroyed")) || !isNull(state.Get("errored")) ||
		!isNull(state.Get("awaitDrainWriters")) || truthy(state.Get("multiAwaitDrain")) {
		return nil
	}
	if emit, _ := owner.Get("emit").(*goja.Object); emit == nil || emit != s.fast.emit {
		return nil
	}
	events, _ := owner.Get("_events").(*goja.Object)
	if events == nil {
		return nil
	}
	// one listener is the function itself; several are an array, which
	// emit snapshots: onread does that
	l, _ := events.Get("data").(*goja.Object)
	if l == nil || l.ClassName() != "Function" {
		return nil
	}
	if l != h.dataListener {
		// (AssertFunction makes a closure each time: once per listener)
		h.dataListener = l
		h.dataCall, _ = goja.AssertFunction(l)
	}
	return h.dataCall
}

// socketWrite is Socket.prototype.write(chunk[, encoding][, cb]): when the
// socket is connected, nothing is queued or in flight, it is not corked or
// ending, and chunk is a Uint8Array or a string in an encoding Go knows,
// the bytes go to the kernel now, with the stream's bookkeeping done as
// writeOrBuffer and onwrite would (in net.js's writeQueued when the kernel
// did not take them all). Anything else goes to writeSlow.
func (s *state) socketWrite(call goja.FunctionCall) goja.Value {
	if r := s.tryWrite(call); r != nil {
		return r
	}
	f := &s.fast
	if f.writeSlow == nil {
		panic(s.rt.NewTypeError("net: binding not set up"))
	}
	return s.must(f.writeSlow(call.This, call.Arguments...))
}

func (s *state) must(v goja.Value, err error) goja.Value {
	if err != nil {
		panic(err)
	}
	return v
}

// tryWrite is socketWrite's fast path; nil means writeSlow.
func (s *state) tryWrite(call goja.FunctionCall) goja.Value {
	f := &s.fast
	this, ok := call.This.(*goja.Object)
	if !ok || f.writeSlow == nil {
		return nil
	}
	chunk, enc, cb := call.Argument(0), call.Argument(1), call.Argument(2)
	if _, isFn := goja.AssertFunction(enc); isFn {
		cb, enc = enc, goja.Null()
	}
	hasCb := false
	if !modkit.IsNullish(cb) {
		if _, isFn := goja.AssertFunction(cb); !isFn {
			return nil
		}
		hasCb = true
	}
	k, state, closed := s.idleWritable(this)
	if state == nil {
		return nil
	}
	var data []byte
	if o, ok := chunk.(*goja.Object); ok {
		if o == f.chunkObj && o != nil {
			data = f.chunkBytes
		} else if !s.isUint8Array(o) {
			return nil
		} else if data, ok = buffer.Bytes(s.rt, o); !ok {
			return nil
		}
	} else if goja.IsString(chunk) {
		if truthy(enc) {
			if !goja.IsString(enc) {
				return nil
			}
			switch enc.String() {
			case "utf8", "utf-8", "latin1", "hex", "base64", "ascii":
			default:
				return nil
			}
		}
		data = s.chunkBytes(chunk, enc)
	} else {
		return nil
	}
	if closed {
		closed := modkit.NewError(s.rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		return s.must(f.writeFailed(goja.Undefined(), this, closed, cb))
	}
	k.touch(this)
	queued, err := k.write([][]byte{data})
	if err != nil {
		return s.must(f.writeFailed(goja.Undefined(), this, sockError(s.rt, err, "write", "", -1), cb))
	}
	if queued {
		return s.must(f.writeQueued(goja.Undefined(), this, state, cb))
	}
	if hasCb {
		s.must(f.nextTick(goja.Undefined(), cb, goja.Null()))
	}
	return s.rt.ToValue(true)
}

// idleWritable returns the socket JS socket is, and its writable state,
// when a write may go to the kernel at once: the socket is connected, and
// its stream is neither writing, corked, ending, destroyed nor errored,
// with nothing buffered, not in object mode. Else the state is nil. closed
// (k nil) says that socket's binding id names no socket any more.
func (s *state) idleWritable(socket *goja.Object) (k *sock, state *goja.Object, closed bool) {
	f := &s.fast
	if w := f.writer; w != nil && f.writerOwner == socket && !w.closed {
		// the socket whose 'data' listener runs (its _id is w.id)
		k = w
	} else {
		id := socket.Get("_id")
		if !truthy(id) {
			return nil, nil, false
		}
		k = s.socks[id.ToInteger()]
	}
	if k == nil {
		// (the JS fields as net.js has them, in writeSlow's order)
		if truthy(socket.Get("connecting")) {
			return nil, nil, false
		}
		state, _ = socket.Get("_writableState").(*goja.Object)
		if state == nil || truthy(state.Get("objectMode")) || !writableIdle(state) {
			return nil, nil, false
		}
		return nil, state, true
	}
	if k.connecting {
		return nil, nil, false
	}
	h := k.hotFor(socket)
	if h.wstate == nil {
		if h.wstate, _ = socket.Get("_writableState").(*goja.Object); h.wstate == nil {
			return nil, nil, false
		}
		h.wObjectMode = truthy(h.wstate.Get("objectMode")) // (set by the constructor only)
	}
	if h.wObjectMode || !writableIdle(h.wstate) {
		return nil, nil, false
	}
	if !h.wOwn {
		h.wOwn = true
		ownFields(h.wstate, hotWritable)
	}
	return k, h.wstate, false
}

// writableIdle reports whether a writable stream state is neither writing,
// corked, ending, destroyed nor errored, with nothing buffered.
func writableIdle(state *goja.Object) bool {
	return !truthy(state.Get("writing")) && !truthy(state.Get("corked")) &&
		!truthy(state.Get("ending")) && !truthy(state.Get("destroyed")) && isNull(state.Get("errored")) &&
		isZero(state.Get("length"))
}

// isUint8Array reports whether o inherits from Uint8Array.prototype (what
// instanceof Uint8Array says).
func (s *state) isUint8Array(o *goja.Object) bool {
	for i := 0; i < 16 && o != nil; i++ {
		o = o.Prototype()
		if o == s.fast.u8proto {
			return o != nil
		}
	}
	return false
}

// The fields the fast paths read that start as defaults on the prototypes
// of the stream states (an idle socket costs less so, issue #5): the
// first fast message of a socket makes them its own, so that each later
// read is one lookup instead of a walk up the prototype chain.
var (
	hotReadable = []string{"length", "decoder", "ended", "destroyed", "errored", "awaitDrainWriters", "multiAwaitDrain"}
	hotWritable = []string{"writing", "corked", "ending", "destroyed", "errored", "length"}
)

// hotSock is what the fast paths keep of a socket that has had a fast
// message (an idle socket has none), for the JS socket owner: the stream
// states (made by the constructor, never replaced) and facts that stay
// once true.
type hotSock struct {
	owner  *goja.Object
	rstate *goja.Object // owner._readableState
	wstate *goja.Object // owner._writableState

	dataListener *goja.Object  // the 'data' listener last called
	dataCall     goja.Callable // dataListener as a Callable

	dataEmitted bool // rstate's hot fields are own, and its dataEmitted true
	wOwn        bool // wstate's hot fields are own
	wObjectMode bool // wstate.objectMode
}

// hotFor returns k's hotSock for JS socket owner, made anew when k's owner
// changed.
func (k *sock) hotFor(owner *goja.Object) *hotSock {
	if k.hot == nil || k.hot.owner != owner {
		k.hot = &hotSock{owner: owner}
	}
	return k.hot
}

// ownFields gives o own properties with the values it inherits for names.
func ownFields(o *goja.Object, names []string) {
	for _, n := range names {
		_ = o.Set(n, o.Get(n))
	}
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

func isNull(v goja.Value) bool { return v != nil && goja.IsNull(v) }

// isZero reports v === 0.
func isZero(v goja.Value) bool { return goja.IsNumber(v) && v.ToFloat() == 0 }
