package child_process

import (
	"errors"
	"io"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// readChunk is the size of one read from a child's pipe.
const readChunk = 64 << 10

// inTransitLimit bounds the bytes a source has posted to its isolate but
// the isolate has not yet pushed into the Readable (the pipe's slack).
const inTransitLimit = 64 << 10

// source feeds a JS Readable in isolate iso from another goroutine: the
// stdout of an OS child (a goroutine reading the pipe) or the process.stdout
// of a silent forked isolate (its writes). Flow control: the producer blocks
// while the Readable is past its high-water mark (push returned false, and
// _read has not been called since), or while inTransitLimit bytes are in
// transit; so a child that writes faster than
// the parent consumes is held back, as a full OS pipe holds it back.
//
// JS sees it as an object with resume() (call from _read), close() (from
// _destroy) and the callbacks ondata(buf) → bool and onend(err) it sets.
type source struct {
	iso *isolate.Isolate
	c   *modkit.Context

	mu        sync.Mutex
	cond      *sync.Cond
	inTransit int
	paused    bool
	closed    bool // consumer gone: producers discard
	onClose   func()

	// loop goroutine only
	handle *isolate.Handle
	obj    *goja.Object
	ended  bool
}

func newSource(c *modkit.Context) *source {
	s := &source{iso: c.Iso, c: c}
	s.cond = sync.NewCond(&s.mu)
	s.handle = c.Iso.NewHandle("PIPE")
	s.obj = c.RT.NewObject()
	_ = s.obj.Set("resume", func(goja.FunctionCall) goja.Value {
		s.mu.Lock()
		s.paused = false
		s.mu.Unlock()
		s.cond.Broadcast()
		return goja.Undefined()
	})
	_ = s.obj.Set("close", func(goja.FunctionCall) goja.Value {
		s.shutdown()
		return goja.Undefined()
	})
	_ = s.obj.Set("ref", func(goja.FunctionCall) goja.Value { s.handle.Ref(); return goja.Undefined() })
	_ = s.obj.Set("unref", func(goja.FunctionCall) goja.Value { s.handle.Unref(); return goja.Undefined() })
	return s
}

// shutdown is the consumer going away. Loop goroutine.
func (s *source) shutdown() {
	s.mu.Lock()
	s.closed = true
	f := s.onClose
	s.onClose = nil
	s.mu.Unlock()
	s.cond.Broadcast()
	s.ended = true
	s.handle.Close()
	if f != nil {
		f()
	}
}

// abort unblocks producers without the loop (the isolate ended). Any goroutine.
func (s *source) abort() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.cond.Broadcast()
}

// Write hands p to the isolate, blocking as flow control says. It returns
// io.ErrClosedPipe once the consumer is gone. Any goroutine except iso's.
func (s *source) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	s.mu.Lock()
	for !s.closed && (s.inTransit >= inTransitLimit || s.paused) {
		s.cond.Wait()
	}
	if s.closed {
		s.mu.Unlock()
		return 0, io.ErrClosedPipe
	}
	s.inTransit += len(p)
	s.mu.Unlock()
	data := append([]byte(nil), p...)
	if !s.iso.Post(func() { s.deliver(data) }) {
		s.abort()
		return 0, io.ErrClosedPipe
	}
	return len(p), nil
}

func (s *source) deliver(data []byte) {
	s.mu.Lock()
	s.inTransit -= len(data)
	closed := s.closed
	s.mu.Unlock()
	s.cond.Broadcast()
	if closed || s.ended {
		return
	}
	fn, ok := goja.AssertFunction(s.obj.Get("ondata"))
	if !ok {
		return
	}
	res := s.iso.MakeCallback(fn, goja.Undefined(), buffer.New(s.c, data))
	if res != nil && !res.ToBoolean() {
		s.mu.Lock()
		s.paused = true
		s.mu.Unlock()
	}
}

// finish ends the stream (err nil: EOF). Any goroutine, after the last Write.
func (s *source) finish(err error) {
	s.iso.Post(func() {
		if s.ended {
			return
		}
		s.ended = true
		s.handle.Close()
		fn, ok := goja.AssertFunction(s.obj.Get("onend"))
		if !ok {
			return
		}
		var e goja.Value = goja.Null()
		if err != nil {
			e = modkit.ErrnoError(s.c.RT, err, "read", "", "")
		}
		s.iso.MakeCallback(fn, goja.Undefined(), e)
	})
}

// pump copies an OS pipe into s on the calling goroutine until EOF, then
// closes f. Go registers pipes with its poller, so a goroutine parked in
// Read holds no OS thread.
func (s *source) pump(f *os.File) {
	s.mu.Lock()
	s.onClose = func() { f.Close() }
	s.mu.Unlock()
	buf := make([]byte, readChunk)
	var rerr error
	for {
		n, err := f.Read(buf)
		if n > 0 {
			if _, werr := s.Write(buf[:n]); werr != nil {
				break
			}
		}
		if err != nil {
			if err != io.EOF && !isClosedErr(err) {
				rerr = err
			}
			break
		}
	}
	f.Close()
	s.finish(rerr)
}

func isClosedErr(err error) bool {
	return errors.Is(err, os.ErrClosed) || errors.Is(err, io.ErrClosedPipe)
}

// sink is a JS Writable's way into an OS pipe (a child's stdin): each
// write runs on its own goroutine (the Writable issues one at a time) and
// completes on the loop; close() ends the pipe.
type sink struct {
	iso *isolate.Isolate
	c   *modkit.Context
	w   io.WriteCloser
	obj *goja.Object
}

func newSink(c *modkit.Context, w io.WriteCloser) *sink {
	k := &sink{iso: c.Iso, c: c, w: w, obj: c.RT.NewObject()}
	_ = k.obj.Set("write", func(call goja.FunctionCall) goja.Value {
		data, _ := buffer.Bytes(c.RT, call.Argument(0))
		data = append([]byte(nil), data...)
		cb, _ := goja.AssertFunction(call.Argument(1))
		req := c.Iso.BeginRequest("WriteWrap")
		go func() {
			_, err := k.w.Write(data)
			req.Complete(func() {
				var e goja.Value = goja.Null()
				if err != nil {
					e = modkit.ErrnoError(c.RT, err, "write", "", "")
				}
				if cb != nil {
					c.Iso.MakeCallback(cb, goja.Undefined(), e)
				}
			})
		}()
		return goja.Undefined()
	})
	_ = k.obj.Set("close", func(goja.FunctionCall) goja.Value {
		_ = k.w.Close()
		return goja.Undefined()
	})
	return k
}

// bufPipe is an unbounded in-memory pipe: a forked isolate's stdin fed by
// its parent's child.stdin. Writes never block; reads block until data or
// close.
type bufPipe struct {
	mu     sync.Mutex
	cond   *sync.Cond
	chunks [][]byte
	closed bool
}

func newBufPipe() *bufPipe {
	p := &bufPipe{}
	p.cond = sync.NewCond(&p.mu)
	return p
}

func (p *bufPipe) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return 0, io.ErrClosedPipe
	}
	p.chunks = append(p.chunks, append([]byte(nil), b...))
	p.cond.Broadcast()
	return len(b), nil
}

func (p *bufPipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.chunks) == 0 && !p.closed {
		p.cond.Wait()
	}
	if len(p.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.chunks[0])
	if n == len(p.chunks[0]) {
		p.chunks[0] = nil
		p.chunks = p.chunks[1:]
	} else {
		p.chunks[0] = p.chunks[0][n:]
	}
	return n, nil
}

func (p *bufPipe) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
	return nil
}
