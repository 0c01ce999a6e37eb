package child_process

import (
	"bufio"
	"os"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

// channel is one end of an IPC channel, living in isolate iso. Messages are
// JSON text: serialized by the sender's JS, parsed by the receiver's, so no
// object is ever shared between isolates. Delivery is in order (one FIFO
// mailbox per isolate, or one byte stream per OS pipe).
//
// JS sees it as an object with send(json) → bool, close(), inProcess(),
// ref(), unref() and the callbacks onmessage(json) and ondisconnect() it sets.
type channel struct {
	iso *isolate.Isolate

	mu   sync.Mutex
	peer transport // nil once closed

	// loop goroutine only
	c         *modkit.Context
	obj       *goja.Object
	handle    *isolate.Handle
	connected bool
	unref     bool
}

// transport carries messages to the other end.
type transport interface {
	// send queues one JSON message; false if the channel is gone.
	send(msg string) bool
	// close tells the other end that this one disconnected.
	close()
}

func newChannel(iso *isolate.Isolate) *channel {
	return &channel{iso: iso, connected: true}
}

// bind gives ch its JS object and its ref'd handle. Loop goroutine of ch.iso.
func (ch *channel) bind(c *modkit.Context) *goja.Object {
	ch.c = c
	ch.handle = c.Iso.NewHandle("Pipe")
	if ch.unref {
		ch.handle.Unref()
	}
	if !ch.connected {
		ch.handle.Close()
	}
	o := c.RT.NewObject()
	ch.obj = o
	_ = o.Set("send", func(call goja.FunctionCall) goja.Value {
		ch.mu.Lock()
		p := ch.peer
		ch.mu.Unlock()
		if p == nil || !ch.connected {
			return c.RT.ToValue(false)
		}
		return c.RT.ToValue(p.send(call.Argument(0).String()))
	})
	_ = o.Set("close", func(goja.FunctionCall) goja.Value {
		ch.mu.Lock()
		p := ch.peer
		ch.peer = nil
		ch.mu.Unlock()
		if p != nil {
			p.close()
		}
		ch.connected = false
		ch.handle.Close()
		return goja.Undefined()
	})
	// inProcess() tells whether the other end is an isolate of this
	// process (handles can then cross as descriptors, see net).
	_ = o.Set("inProcess", func(goja.FunctionCall) goja.Value {
		ch.mu.Lock()
		_, ok := ch.peer.(isoPeer)
		ch.mu.Unlock()
		return c.RT.ToValue(ok)
	})
	_ = o.Set("ref", func(goja.FunctionCall) goja.Value { ch.handle.Ref(); return goja.Undefined() })
	_ = o.Set("unref", func(goja.FunctionCall) goja.Value { ch.handle.Unref(); return goja.Undefined() })
	return o
}

func (ch *channel) setPeer(p transport) {
	ch.mu.Lock()
	ch.peer = p
	ch.mu.Unlock()
}

// receive delivers a message from the other end. Any goroutine.
func (ch *channel) receive(msg string) { ch.receiveOn(ch.iso, msg) }

// receiveOn is receive for a sender that knows ch's isolate (an in-process
// parent, which must not read ch.iso: the child's goroutine sets it).
func (ch *channel) receiveOn(iso *isolate.Isolate, msg string) {
	iso.Post(func() { ch.deliver(msg) })
}

// deliver runs onmessage. Loop goroutine of ch.iso.
func (ch *channel) deliver(msg string) {
	if !ch.connected || ch.obj == nil {
		return
	}
	if fn, ok := goja.AssertFunction(ch.obj.Get("onmessage")); ok {
		ch.iso.MakeCallback(fn, goja.Undefined(), ch.c.RT.ToValue(msg))
	}
}

// remoteClosed reports that the other end disconnected or ended. Any goroutine.
func (ch *channel) remoteClosed() { ch.remoteClosedOn(ch.iso) }

func (ch *channel) remoteClosedOn(iso *isolate.Isolate) {
	iso.Post(func() {
		ch.mu.Lock()
		ch.peer = nil
		ch.mu.Unlock()
		if !ch.connected {
			return
		}
		ch.connected = false
		if ch.handle != nil {
			ch.handle.Close()
		}
		if ch.obj == nil {
			return
		}
		if fn, ok := goja.AssertFunction(ch.obj.Get("ondisconnect")); ok {
			iso.MakeCallback(fn, goja.Undefined())
		}
	})
}

// isoPeer is the in-process transport: a send is a Post into the other
// isolate's mailbox.
type isoPeer struct {
	to  *channel
	iso *isolate.Isolate // to's isolate
}

func (p isoPeer) send(msg string) bool { return p.iso.Post(func() { p.to.deliver(msg) }) }
func (p isoPeer) close()               { p.to.remoteClosedOn(p.iso) }

// pipePeer is the OS transport: newline-delimited JSON over one end of a
// socketpair (Node's NODE_CHANNEL_FD protocol with the 'json'
// serialization). A writer goroutine keeps sends from blocking the loop.
type pipePeer struct {
	f      *os.File
	mu     sync.Mutex
	cond   *sync.Cond
	queue  []string
	closed bool
}

// startPipeChannel runs ch over f: a reader goroutine delivers lines, a
// writer goroutine sends them.
func startPipeChannel(ch *channel, f *os.File) *pipePeer {
	p := &pipePeer{f: f}
	p.cond = sync.NewCond(&p.mu)
	ch.setPeer(p)
	go p.writeLoop()
	go func() {
		r := bufio.NewReaderSize(f, 64<<10)
		for {
			line, err := r.ReadString('\n')
			if len(line) > 0 && line[len(line)-1] == '\n' {
				ch.receive(line[:len(line)-1])
			}
			if err != nil {
				break
			}
		}
		p.shutdown()
		_ = f.Close()
		ch.remoteClosed()
	}()
	return p
}

func (p *pipePeer) send(msg string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.queue = append(p.queue, msg)
	p.cond.Signal()
	return true
}

func (p *pipePeer) close() { p.shutdown() }

func (p *pipePeer) shutdown() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *pipePeer) writeLoop() {
	w := bufio.NewWriterSize(p.f, 64<<10)
	for {
		p.mu.Lock()
		for len(p.queue) == 0 && !p.closed {
			p.cond.Wait()
		}
		q := p.queue
		p.queue = nil
		closed := p.closed
		p.mu.Unlock()
		var err error
		for _, m := range q {
			if _, err = w.WriteString(m); err == nil {
				err = w.WriteByte('\n')
			}
			if err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
		if closed || err != nil {
			// closing our end makes the reader on the other side see EOF;
			// shutting down the read side ends our reader goroutine too.
			_ = shutdownSocket(p.f)
			return
		}
	}
}

// shutdownSocket shuts both directions of a socket: the peer reads EOF, and
// our own reader goroutine does too (it then closes the file).
func shutdownSocket(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	return rc.Control(func(fd uintptr) { _ = unix.Shutdown(int(fd), unix.SHUT_RDWR) })
}
