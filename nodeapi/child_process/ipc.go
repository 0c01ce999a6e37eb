package child_process

import (
	"bufio"
	"bytes"
	_ "embed"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
	"golang.org/x/sys/unix"
)

//go:embed ipc.js
var ipcJS string

// ipcScript is the IPC half that both ends of a fork channel run: the
// parent's child_process (binding.ipc) and a forked child's process
// (SetupProcess), which thus never loads child_process itself.
var ipcScript = modkit.NewScript("child_process_ipc.js", ipcJS)

// ipcKey holds an isolate's ipc.js exports in its iso.Value map.
type ipcKey struct{}

// ipcExports runs ipc.js in c's isolate on first use and returns its
// exports. Its require loads core modules (net, when a message carries a
// handle). Loop goroutine.
func ipcExports(c *modkit.Context) *goja.Object {
	if o, ok := c.Iso.Value(ipcKey{}).(*goja.Object); ok {
		return o
	}
	prg, err := ipcScript.Program()
	if err != nil {
		panic(err)
	}
	rt := c.RT
	body, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	fn, _ := goja.AssertFunction(body)
	exports, module := rt.NewObject(), rt.NewObject()
	_ = module.Set("exports", exports)
	require := rt.ToValue(func(call goja.FunctionCall) goja.Value { return c.Require(call.Argument(0).String()) })
	if _, err := fn(goja.Undefined(), exports, require, module, rt.ToValue(ipcScript.Name()), rt.ToValue(""), goja.Undefined()); err != nil {
		panic(err)
	}
	c.Iso.SetValue(ipcKey{}, exports)
	return exports
}

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
	methods   *chanMethods
	handle    *isolate.Handle
	connected bool
	unref     bool
	fdClaimed bool // deliver's descriptor was taken (claimFd)
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
	ch.methods = channelMethods(c)
	o := c.RT.NewObject()
	_ = o.SetPrototype(ch.methods.proto)
	ch.obj = o
	if ch.connected {
		ch.methods.live[o] = ch
	} else {
		ch.handle.Close()
	}
	return o
}

// chanMethods holds an isolate's prototype of channel objects: one set of
// methods per isolate (not per channel: a forked child costs less), which
// find their channel by `this`. The prototype makes each method on first
// use: a forked child calls few of them.
type chanMethods struct {
	rt    *goja.Runtime
	proto *goja.Object
	live  map[*goja.Object]*channel // bound and not closed; loop goroutine
	made  map[string]goja.Value
}

type chanMethodsKey struct{}

// channelMethods returns c's isolate's chanMethods, made on first use.
func channelMethods(c *modkit.Context) *chanMethods {
	if m, ok := c.Iso.Value(chanMethodsKey{}).(*chanMethods); ok {
		return m
	}
	m := &chanMethods{rt: c.RT, live: map[*goja.Object]*channel{}, made: map[string]goja.Value{}}
	m.proto = c.RT.NewDynamicObject(m)
	c.Iso.SetValue(chanMethodsKey{}, m)
	return m
}

// chanMethod is a method of channel objects: fn runs on a live channel;
// on a closed one the method returns false (closedFalse) or undefined.
type chanMethod struct {
	closedFalse bool
	fn          func(ch *channel, call goja.FunctionCall) goja.Value
}

// Get makes the method name for m's isolate (goja.DynamicObject).
func (m *chanMethods) Get(name string) goja.Value {
	if v, ok := m.made[name]; ok {
		return v
	}
	def, ok := chanMethodDefs[name]
	if !ok {
		return nil
	}
	closed := goja.Undefined()
	if def.closedFalse {
		closed = m.rt.ToValue(false)
	}
	v := m.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		o, _ := call.This.(*goja.Object)
		if ch := m.live[o]; ch != nil {
			return def.fn(ch, call)
		}
		return closed
	})
	m.made[name] = v
	return v
}

// Has reports the methods (goja.DynamicObject).
func (m *chanMethods) Has(name string) bool { _, ok := chanMethodDefs[name]; return ok }

// Set and Delete leave the prototype as it is (goja.DynamicObject).
func (m *chanMethods) Set(string, goja.Value) bool { return false }
func (m *chanMethods) Delete(string) bool          { return false }

// Keys lists the methods (goja.DynamicObject).
func (m *chanMethods) Keys() []string {
	keys := make([]string, 0, len(chanMethodDefs))
	for k := range chanMethodDefs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var chanMethodDefs = map[string]chanMethod{
	"send": {true, func(ch *channel, call goja.FunctionCall) goja.Value {
		ch.mu.Lock()
		p := ch.peer
		ch.mu.Unlock()
		return ch.c.RT.ToValue(p != nil && p.send(call.Argument(0).String()))
	}},
	"close": {false, func(ch *channel, _ goja.FunctionCall) goja.Value {
		ch.mu.Lock()
		p := ch.peer
		ch.peer = nil
		ch.mu.Unlock()
		if p != nil {
			p.close()
		}
		ch.closed()
		return goja.Undefined()
	}},
	// sendHandle(json, token) sends json over an OS channel with the
	// descriptor net parked under token; false when that is not possible.
	"sendHandle": {true, func(ch *channel, call goja.FunctionCall) goja.Value {
		rt := ch.c.RT
		ch.mu.Lock()
		p, _ := ch.peer.(*pipePeer)
		ch.mu.Unlock()
		if p == nil || TakeHandleFd == nil {
			return rt.ToValue(false)
		}
		fd, ok := TakeHandleFd(call.Argument(1).ToInteger())
		if !ok {
			return rt.ToValue(false)
		}
		if !p.sendFd(call.Argument(0).String(), fd) {
			unix.Close(fd)
			return rt.ToValue(false)
		}
		return rt.ToValue(true)
	}},
	// canSendHandles() tells whether send(msg, handle) works: always
	// in-process, and over an OS channel once nodeapi gave TakeHandleFd.
	"canSendHandles": {true, func(ch *channel, _ goja.FunctionCall) goja.Value {
		return ch.c.RT.ToValue(ch.inProcess() || TakeHandleFd != nil)
	}},
	// inProcess() tells whether the other end is an isolate of this
	// process (handles then cross as net's tokens).
	"inProcess": {true, func(ch *channel, _ goja.FunctionCall) goja.Value {
		return ch.c.RT.ToValue(ch.inProcess())
	}},
	// claimFd() takes over the descriptor that came with the message being
	// delivered (see deliver).
	"claimFd": {false, func(ch *channel, _ goja.FunctionCall) goja.Value {
		ch.fdClaimed = true
		return goja.Undefined()
	}},
	"ref":   {false, func(ch *channel, _ goja.FunctionCall) goja.Value { ch.handle.Ref(); return goja.Undefined() }},
	"unref": {false, func(ch *channel, _ goja.FunctionCall) goja.Value { ch.handle.Unref(); return goja.Undefined() }},
}

func (ch *channel) inProcess() bool {
	ch.mu.Lock()
	defer ch.mu.Unlock()
	_, ok := ch.peer.(isoPeer)
	return ok
}

// closed marks ch closed: its methods then do nothing, and its handle no
// longer keeps the loop alive. Loop goroutine of ch.iso.
func (ch *channel) closed() {
	ch.connected = false
	if ch.handle != nil {
		ch.handle.Close()
	}
	if ch.methods != nil {
		delete(ch.methods.live, ch.obj)
	}
}

func (ch *channel) setPeer(p transport) {
	ch.mu.Lock()
	ch.peer = p
	ch.mu.Unlock()
}

// receive delivers a message from the other end, with the descriptor that
// came with it (SCM_RIGHTS over an OS channel), or -1. Any goroutine.
func (ch *channel) receive(msg string, fd int) {
	if !ch.iso.Post(func() { ch.deliver(msg, fd) }) && fd >= 0 {
		unix.Close(fd)
	}
}

// deliver runs onmessage(json), or onmessage(json, fd) with a descriptor,
// which is closed afterwards unless the callback claimed it (claimFd).
// Loop goroutine of ch.iso.
func (ch *channel) deliver(msg string, fd int) {
	ch.fdClaimed = false
	if fn, ok := goja.AssertFunction(ch.onmessage()); ok {
		args := []goja.Value{ch.c.RT.ToValue(msg)}
		if fd >= 0 {
			args = append(args, ch.c.RT.ToValue(fd))
		}
		ch.iso.MakeCallback(fn, goja.Undefined(), args...)
	}
	if fd >= 0 && !ch.fdClaimed {
		unix.Close(fd)
	}
}

// onmessage is the JS callback, or nil when ch is closed or unbound.
func (ch *channel) onmessage() goja.Value {
	if !ch.connected || ch.obj == nil {
		return nil
	}
	return ch.obj.Get("onmessage")
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
		ch.closed()
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

func (p isoPeer) send(msg string) bool { return p.iso.Post(func() { p.to.deliver(msg, -1) }) }
func (p isoPeer) close()               { p.to.remoteClosedOn(p.iso) }

// pipePeer is the OS transport: newline-delimited JSON over one end of a
// socketpair (Node's NODE_CHANNEL_FD protocol with the 'json'
// serialization). A writer goroutine keeps sends from blocking the loop.
type pipePeer struct {
	f      *os.File
	mu     sync.Mutex
	cond   *sync.Cond
	queue  []outMsg
	closed bool
}

// outMsg is a message waiting for the writer, with the descriptor to send
// along (SCM_RIGHTS), or -1.
type outMsg struct {
	msg string
	fd  int
}

// TakeHandleFd takes the descriptor of a handle that net's _exportHandle
// parked under a token, for sending to an OS process; nodeapi sets it
// (child_process cannot import net).
var TakeHandleFd func(token int64) (int, bool)

// startPipeChannel runs ch over f: a reader goroutine delivers lines, a
// writer goroutine sends them.
func startPipeChannel(ch *channel, f *os.File) *pipePeer {
	p := &pipePeer{f: f}
	p.cond = sync.NewCond(&p.mu)
	ch.setPeer(p)
	go p.writeLoop()
	go func() {
		p.readLoop(ch)
		p.shutdown()
		_ = f.Close()
		ch.remoteClosed()
	}()
	return p
}

// handlePrefix starts a message that carries a handle, as Node's
// JSON.stringify writes it ({cmd: 'NODE_HANDLE', type, msg}).
const handlePrefix = `{"cmd":"NODE_HANDLE",`

// readLoop delivers the newline-delimited messages read from p.f until EOF
// or an error. Descriptors that arrive as SCM_RIGHTS (Node sends one with
// a NODE_HANDLE message, and the next only after our NODE_HANDLE_ACK) go,
// in order, with the handle messages.
func (p *pipePeer) readLoop(ch *channel) {
	rc, err := p.f.SyscallConn()
	if err != nil {
		return
	}
	buf := make([]byte, 64<<10)
	oob := make([]byte, unix.CmsgSpace(4*maxRecvFds))
	var line []byte // a message not yet complete
	var fds []int   // descriptors not yet given to a message
	defer func() {
		for _, fd := range fds {
			unix.Close(fd)
		}
	}()
	for {
		var n, oobn int
		var rerr error
		err := rc.Read(func(fd uintptr) bool {
			n, oobn, _, _, rerr = unix.Recvmsg(int(fd), buf, oob, unix.MSG_CMSG_CLOEXEC)
			return rerr != unix.EAGAIN
		})
		if err == nil {
			err = rerr
		}
		if oobn > 0 {
			fds = append(fds, unixRights(oob[:oobn])...)
		}
		if err != nil || n <= 0 {
			return
		}
		data := buf[:n]
		for {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				line = append(line, data...)
				break
			}
			var msg string
			if len(line) > 0 {
				msg = string(append(line, data[:i]...))
				line = line[:0]
			} else {
				msg = string(data[:i])
			}
			data = data[i+1:]
			fd := -1
			if len(fds) > 0 && strings.HasPrefix(msg, handlePrefix) {
				fd, fds = fds[0], fds[1:]
			}
			ch.receive(msg, fd)
		}
	}
}

// maxRecvFds bounds the descriptors one read takes (Node sends one).
const maxRecvFds = 8

// unixRights returns the descriptors in a control message (SCM_RIGHTS),
// each moved to 3 or above: fds 0–2 mean the isolate's stdio to net.
func unixRights(oob []byte) []int {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil
	}
	var out []int
	for i := range msgs {
		fds, err := unix.ParseUnixRights(&msgs[i])
		if err != nil {
			continue
		}
		for _, fd := range fds {
			if fd <= 2 {
				nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 3)
				unix.Close(fd)
				if err != nil {
					continue
				}
				fd = nfd
			}
			out = append(out, fd)
		}
	}
	return out
}

func (p *pipePeer) send(msg string) bool { return p.push(outMsg{msg, -1}) }

// sendFd queues msg with fd, which the writer then closes.
func (p *pipePeer) sendFd(msg string, fd int) bool { return p.push(outMsg{msg, fd}) }

func (p *pipePeer) push(m outMsg) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.queue = append(p.queue, m)
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
		for i, m := range q {
			if m.fd >= 0 {
				if err = w.Flush(); err == nil {
					err = p.writeFd(m.msg+"\n", m.fd)
				}
				unix.Close(m.fd)
				q[i].fd = -1
			} else if _, err = w.WriteString(m.msg); err == nil {
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
			for _, m := range q {
				if m.fd >= 0 {
					unix.Close(m.fd)
				}
			}
			// closing our end makes the reader on the other side see EOF;
			// shutting down the read side ends our reader goroutine too.
			_ = shutdownSocket(p.f)
			return
		}
	}
}

// writeFd writes msg with fd attached to its first bytes (SCM_RIGHTS), as
// Node's reader expects: the descriptor arrives with the read that holds
// the NODE_HANDLE message.
func (p *pipePeer) writeFd(msg string, fd int) error {
	rc, err := p.f.SyscallConn()
	if err != nil {
		return err
	}
	data, oob := []byte(msg), unix.UnixRights(fd)
	for len(data) > 0 {
		var n int
		var werr error
		if err := rc.Write(func(s uintptr) bool {
			n, werr = unix.SendmsgN(int(s), data, oob, nil, 0)
			return werr != unix.EAGAIN
		}); err != nil {
			return err
		}
		if werr != nil {
			return werr
		}
		data, oob = data[n:], nil
	}
	return nil
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
