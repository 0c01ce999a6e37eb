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

// fastPath is the state of the fast paths, per isolate. Loop goroutine
// only.
type fastPath struct {
	// chunk is MakeCallback's function for a chunk read: it takes the
	// socket and bytes set just before the call.
	chunk     goja.Callable
	chunkSock *sock
	chunkData []byte

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

// deliver hands a chunk read from k to JS, as onread(owner, chunk) would.
func (s *state) deliver(k *sock, data []byte) {
	if k.owner == nil || s.onread == nil {
		return
	}
	f := &s.fast
	f.chunkSock, f.chunkData = k, data
	s.iso.MakeCallback(f.chunk, k.owner)
	f.chunkSock, f.chunkData = nil, nil // (when the isolate is exiting, onChunk did not run)
}

// onChunk is the fast path of onread: for a flowing socket with nothing
// buffered, no decoder and one 'data' listener under the usual emit, it
// does what onread's own fast path does (count the bytes, note the
// activity for a timeout, emit 'data'); else it calls onread.
func (s *state) onChunk(this goja.Value, _ ...goja.Value) (goja.Value, error) {
	f := &s.fast
	k, data := f.chunkSock, f.chunkData
	f.chunkSock, f.chunkData = nil, nil
	chunk := buffer.New(s.c, data)
	if owner, ok := this.(*goja.Object); ok {
		if fn, state, read := s.flowingListener(owner); fn != nil {
			if !k.hotRead {
				k.hotRead = true
				ownFields(state, hotReadable)
			}
			_ = owner.Set("bytesRead", read+int64(len(data)))
			k.touch(owner)
			// (set only when they change: a lookup costs less than a store)
			if truthy(state.Get("reading")) {
				_ = state.Set("reading", false)
			}
			if !truthy(state.Get("dataEmitted")) {
				_ = state.Set("dataEmitted", true)
			}
			return fn(owner, chunk)
		}
	}
	return s.onread(goja.Undefined(), this, chunk)
}

// flowingListener returns the 'data' listener of a socket whose chunks
// may go straight to it (see onChunk), with the socket's readable state
// and bytesRead; fn is nil when onread has to decide.
func (s *state) flowingListener(owner *goja.Object) (fn goja.Callable, state *goja.Object, read int64) {
	br := owner.Get("bytesRead")
	if !goja.IsNumber(br) {
		return nil, nil, 0
	}
	state, _ = owner.Get("_readableState").(*goja.Object)
	if state == nil || !truthy(state.Get("flowing")) || !isZero(state.Get("length")) ||
		truthy(state.Get("sync")) || !isNull(state.Get("decoder")) || truthy(state.Get("ended")) ||
		truthy(state.Get("destroyed")) || !isNull(state.Get("errored")) ||
		!isNull(state.Get("awaitDrainWriters")) || truthy(state.Get("multiAwaitDrain")) {
		return nil, nil, 0
	}
	if emit, _ := owner.Get("emit").(*goja.Object); emit == nil || emit != s.fast.emit {
		return nil, nil, 0
	}
	events, _ := owner.Get("_events").(*goja.Object)
	if events == nil {
		return nil, nil, 0
	}
	// one listener is the function itself; several are an array, which
	// emit snapshots: onread does that
	l, _ := events.Get("data").(*goja.Object)
	if l == nil || l.ClassName() != "Function" {
		return nil, nil, 0
	}
	fn, _ = goja.AssertFunction(l)
	return fn, state, br.ToInteger()
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
	id, state := idleWritable(this)
	if state == nil {
		return nil
	}
	var data []byte
	if o, ok := chunk.(*goja.Object); ok {
		if !s.isUint8Array(o) {
			return nil
		}
		if data, ok = buffer.Bytes(s.rt, o); !ok {
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
	k := s.socks[id.ToInteger()]
	if k == nil {
		closed := modkit.NewError(s.rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
		return s.must(f.writeFailed(goja.Undefined(), this, closed, cb))
	}
	k.touch(this)
	if !k.hotWrite {
		k.hotWrite = true
		ownFields(state, hotWritable)
		ownFields(this, hotSocket)
	}
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

// idleWritable returns socket's binding id and writable state when a write
// may go to the kernel at once: the socket is connected, and its stream is
// neither writing, corked, ending, destroyed nor errored, with nothing
// buffered, not in object mode. Else the state is nil.
func idleWritable(socket *goja.Object) (id goja.Value, state *goja.Object) {
	id = socket.Get("_id")
	if !truthy(id) || truthy(socket.Get("connecting")) {
		return nil, nil
	}
	state, _ = socket.Get("_writableState").(*goja.Object)
	if state == nil || truthy(state.Get("writing")) || truthy(state.Get("corked")) ||
		truthy(state.Get("ending")) || truthy(state.Get("destroyed")) || !isNull(state.Get("errored")) ||
		!isZero(state.Get("length")) || truthy(state.Get("objectMode")) {
		return nil, nil
	}
	return id, state
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
// of the stream states and of Socket (an idle socket costs less so, issue
// #5): the first fast message of a socket makes them its own, so that
// each later read is one lookup instead of a walk up the prototype chain.
var (
	hotReadable = []string{"length", "decoder", "ended", "destroyed", "errored", "awaitDrainWriters", "multiAwaitDrain"}
	hotWritable = []string{"writing", "corked", "ending", "destroyed", "errored", "length", "objectMode"}
	hotSocket   = []string{"connecting", "_timeoutMs"}
)

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
