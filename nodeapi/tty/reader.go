package tty

import (
	"errors"
	"io"
	"strings"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// readChunk is the size of one read, as libuv's 64 KiB.
const readChunk = 64 * 1024

// reader feeds a JS Readable from an io.Reader. JS calls start when the
// stream wants data (from _read) and stop when it has enough or is paused.
// One goroutine does the blocking reads, one at a time, each asked for by
// the loop; every result comes back through isolate.Post and is handed to
// onChunk(chunk) — a Buffer, null at EOF, or an Error.
//
// The Handle is ref'd only between start(true) and stop(): a paused stream
// lets the loop end even while a read is still blocked on the goroutine
// (whatever it returns later is delivered if the loop still runs).
type reader struct {
	c       *modkit.Context
	src     io.Reader
	kind    string
	onChunk goja.Callable

	h        *isolate.Handle
	started  bool // the stream wants data
	inFlight bool // the goroutine has a read to do or doing
	running  bool // the goroutine exists
	done     bool // EOF or error delivered, or closed
	req      chan struct{}
}

func newReader(c *modkit.Context, src io.Reader, kind string, onChunk goja.Callable) *goja.Object {
	if src == nil {
		src = strings.NewReader("")
	}
	r := &reader{c: c, src: src, kind: kind, onChunk: onChunk, req: make(chan struct{}, 1)}
	rt := c.RT
	o := rt.NewObject()
	_ = o.Set("start", func(call goja.FunctionCall) goja.Value {
		r.start(call.Argument(0).ToBoolean())
		return goja.Undefined()
	})
	_ = o.Set("stop", func(goja.FunctionCall) goja.Value {
		r.stop()
		return goja.Undefined()
	})
	_ = o.Set("close", func(goja.FunctionCall) goja.Value {
		r.close()
		return goja.Undefined()
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value {
		if r.h != nil && r.started {
			r.h.Ref()
		}
		return goja.Undefined()
	})
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value {
		if r.h != nil {
			r.h.Unref()
		}
		return goja.Undefined()
	})
	return o
}

// start asks for data; ref says whether waiting for it keeps the loop alive.
func (r *reader) start(ref bool) {
	if r.done {
		return
	}
	r.started = true
	if r.h == nil {
		r.h = r.c.Iso.NewHandle(r.kind)
		if !ref {
			r.h.Unref()
		}
	} else if ref {
		r.h.Ref()
	}
	r.kick()
}

func (r *reader) stop() {
	r.started = false
	if r.h != nil {
		r.h.Unref()
	}
}

func (r *reader) close() {
	r.started = false
	r.done = true
	if r.h != nil {
		r.h.Close()
	}
}

// kick has the goroutine do one read, unless one is under way.
func (r *reader) kick() {
	if r.inFlight || r.done {
		return
	}
	r.inFlight = true
	if !r.running {
		r.running = true
		go r.loop()
	}
	r.req <- struct{}{}
}

// loop runs on its own goroutine: one read per request from the loop.
func (r *reader) loop() {
	iso := r.c.Iso
	for range r.req {
		buf := make([]byte, readChunk)
		n, err := r.src.Read(buf)
		data := buf[:n]
		if !iso.Post(func() { r.deliver(data, err) }) || err != nil {
			return
		}
	}
}

// deliver runs on the loop: it passes data (and then EOF or an error) to
// JS, and asks for the next read while the stream still wants data.
func (r *reader) deliver(data []byte, err error) {
	r.inFlight = false
	if r.done {
		return
	}
	iso, rt := r.c.Iso, r.c.RT
	if len(data) > 0 && !iso.Exiting() {
		iso.MakeCallback(r.onChunk, goja.Undefined(), buffer.New(r.c, data))
	}
	if err != nil {
		r.close()
		if iso.Exiting() {
			return
		}
		if errors.Is(err, io.EOF) {
			iso.MakeCallback(r.onChunk, goja.Undefined(), goja.Null())
		} else {
			iso.MakeCallback(r.onChunk, goja.Undefined(), modkit.ErrnoError(rt, err, "read", "", ""))
		}
		return
	}
	if r.started {
		r.kick()
	}
}
