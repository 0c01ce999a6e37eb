package net

import (
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
)

// Conn is a connected socket as another module's Go code drives it. The
// HTTP server consumes its connections' bytes in Go, as Node's HTTP parser
// consumes its socket's handle: they go to the consumer instead of through
// the JS Socket's onread, push and 'data' events. The JS Socket keeps the
// rest — EOF, read errors, pause/resume (through its binding's
// readStop/readStart, which stop and restart the consumer), timeouts,
// destroy — and consumed bytes still count in socket.bytesRead and as
// activity for socket.setTimeout. Write sends bytes from Go when nothing of
// the JS Socket's own writes is pending.
//
// A Conn's methods are for the owning isolate's loop goroutine only. The
// consumer runs there too, as a callback (ticks drain after it):
//
//	cn := net.ConnOf(iso, socketID) // socket._id of a connected Socket
//	cn.Consume(func(data []byte) {
//		parser.Execute(data) // data stays valid: its memory is not reused
//	})
//	…
//	cn.Consume(nil) // e.g. after an Upgrade: the JS Socket reads again
type Conn struct {
	k *sock
}

// stateKey is the isolate value under which the net binding keeps its state.
type stateKey struct{}

// ConnOf returns the Conn of the socket whose binding id is id (a JS
// Socket's _id), or nil when there is none (closed, or net was never
// loaded in iso).
func ConnOf(iso *isolate.Isolate, id int64) *Conn {
	s, _ := iso.Value(stateKey{}).(*state)
	if s == nil {
		return nil
	}
	k := s.socks[id]
	if k == nil || k.closed || k.listener {
		return nil
	}
	return &Conn{k: k}
}

// Consume makes f receive every chunk read from now on (f replaces the JS
// Socket's onread for data) and starts reading; the JS Socket then counts
// as reading, so that its pause() stops the consumer and its resume()
// restarts it. A nil f hands the data back to the JS Socket's onread.
func (cn *Conn) Consume(f func(data []byte)) {
	cn.k.consumer = f
	if f != nil {
		if owner, _ := cn.k.owner.(*goja.Object); owner != nil {
			_ = owner.Set("_reading", true)
		}
		cn.k.readStart()
	}
}

// consume hands one chunk to the consumer, counting it as activity for
// the JS Socket's idle timeout.
func (k *sock) consume(data []byte) {
	s := k.s
	owner, _ := k.owner.(*goja.Object)
	if owner == nil {
		return
	}
	f := k.consumer
	s.iso.RunInTopLevel(func() error {
		k.touch(owner)
		f(data)
		return nil
	})
}

// touch is Socket#_touch for activity the JS Socket did not see: when the
// socket has an idle timeout (k.idle: see setOwner and setIdle), it
// records the time, and lets the JS method arm the idle timer when none is
// armed. A second touch within the same millisecond has nothing to add.
func (k *sock) touch(owner *goja.Object) {
	if !k.idle {
		return
	}
	now := time.Now().UnixMilli()
	if now == k.touched {
		return
	}
	k.touched = now
	if t := owner.Get("_timer"); t != nil && !goja.IsNull(t) && !goja.IsUndefined(t) {
		_ = owner.Set("_lastActive", now)
		return
	}
	if fn, ok := goja.AssertFunction(owner.Get("_touch")); ok {
		if _, err := fn(owner); err != nil {
			panic(err)
		}
	}
}

// Write sends data now as far as the kernel takes it and queues the rest,
// as the JS Socket's write does at the binding level; queued says the JS
// Socket must account for a write in flight (its _writeQueued; its
// onwritedone follows). A failed write returns Node's error for it. It
// counts as activity for the idle timeout. The caller checks WriteReady
// first.
func (cn *Conn) Write(owner *goja.Object, data []byte) (queued bool, jsErr *goja.Object) {
	cn.k.touch(owner)
	queued, err := cn.k.write([][]byte{data})
	if err != nil {
		return false, sockError(cn.k.s.rt, err, "write", "", -1)
	}
	return queued, nil
}

// Open reports whether the socket is still open.
func (cn *Conn) Open() bool { return !cn.k.closed }

// WriteReady reports whether Write may send for socket (the JS Socket of
// this Conn) now, as socket.write would at once: nothing in flight at the
// binding level, and the JS Socket writable with nothing of its own
// pending (the test of Socket#write's fast path, and socket.writable not
// set false).
func (cn *Conn) WriteReady(socket *goja.Object) bool {
	if cn.k.writePend || len(cn.k.wq) > 0 || cn.k.shutdownCb != nil {
		return false
	}
	_, state, closed := cn.k.s.idleWritable(socket)
	if state == nil || closed {
		return false
	}
	w := state.Get("writable")
	return w == nil || goja.IsUndefined(w) || w.ToBoolean()
}
