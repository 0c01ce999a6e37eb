package tls

import (
	gotls "crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	gonet "net"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
)

// pipe is the net.Conn that crypto/tls runs over. Its Read is fed by the
// JS socket's 'data' chunks (feed, on the loop goroutine); its Write queues
// ciphertext that the loop takes (takeOut) and hands to socket.write.
type pipe struct {
	mu      sync.Mutex
	cond    *sync.Cond
	in      []byte
	eof     bool
	closed  bool
	out     [][]byte
	posted  bool        // a flush is queued on the loop
	onWrite func(*pipe) // called (off the loop) when out becomes non-empty
	reading bool        // JS wants plaintext
	onDrain func()      // called (off the loop) when a full input buffer drains
	full    bool        // feed reported the input buffer over highWater
}

func newPipe() *pipe {
	p := &pipe{reading: true}
	p.cond = sync.NewCond(&p.mu)
	return p
}

var errPipeClosed = errors.New("tls: connection destroyed")

func (p *pipe) Read(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for len(p.in) == 0 && !p.eof && !p.closed {
		p.cond.Wait()
	}
	if p.closed {
		return 0, errPipeClosed
	}
	if len(p.in) == 0 {
		return 0, io.EOF
	}
	n := copy(b, p.in)
	p.in = p.in[n:]
	if len(p.in) == 0 {
		p.in = nil
	}
	if p.full && len(p.in) < lowWater && p.onDrain != nil {
		p.full = false
		defer p.onDrain() // runs under the lock: it only posts to the loop
	}
	return n, nil
}

// Input flow control: when more than highWater bytes of ciphertext wait
// (JS stopped reading plaintext), feed says so and JS pauses the socket;
// onDrain resumes it once the reader has taken the buffer below lowWater.
const (
	highWater = 256 << 10
	lowWater  = 64 << 10
)

func (p *pipe) Write(b []byte) (int, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return 0, errPipeClosed
	}
	p.out = append(p.out, append([]byte(nil), b...))
	notify := !p.posted && p.onWrite != nil
	if notify {
		p.posted = true
	}
	p.mu.Unlock()
	if notify {
		p.onWrite(p)
	}
	return len(b), nil
}

// takeOut returns the queued ciphertext, in order.
func (p *pipe) takeOut() [][]byte {
	p.mu.Lock()
	out := p.out
	p.out = nil
	p.posted = false
	p.mu.Unlock()
	return out
}

// feed adds ciphertext; true means the buffer is over highWater.
func (p *pipe) feed(b []byte) bool {
	p.mu.Lock()
	p.in = append(p.in, b...)
	full := len(p.in) > highWater
	if full {
		p.full = true
	}
	p.mu.Unlock()
	p.cond.Broadcast()
	return full
}

func (p *pipe) feedEOF() {
	p.mu.Lock()
	p.eof = true
	p.mu.Unlock()
	p.cond.Broadcast()
}

func (p *pipe) Close() error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.cond.Broadcast()
	return nil
}

// setReading turns the delivery of plaintext on or off (flow control).
func (p *pipe) setReading(on bool) {
	p.mu.Lock()
	p.reading = on
	p.mu.Unlock()
	p.cond.Broadcast()
}

// waitReading blocks until JS wants data; false once closed.
func (p *pipe) waitReading() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for !p.reading && !p.closed {
		p.cond.Wait()
	}
	return !p.closed
}

type pipeAddr struct{}

func (pipeAddr) Network() string { return "tcp" }
func (pipeAddr) String() string  { return "isonode-socket" }

func (p *pipe) LocalAddr() gonet.Addr              { return pipeAddr{} }
func (p *pipe) RemoteAddr() gonet.Addr             { return pipeAddr{} }
func (p *pipe) SetDeadline(t time.Time) error      { return nil }
func (p *pipe) SetReadDeadline(t time.Time) error  { return nil }
func (p *pipe) SetWriteDeadline(t time.Time) error { return nil }

// conn is one TLS connection: the tls.Conn over a pipe, the goroutine that
// runs its handshake and reads, and the JS owner (a TLSSocket).
type conn struct {
	s        *state
	owner    goja.Value
	p        *pipe
	tc       *gotls.Conn
	isServer bool
	ctx      *secureContext
	opts     connOpts

	handle    *isolate.Handle // keeps the loop alive until the reader ends
	req       *isolate.Request
	secure    bool // handshake done (loop view)
	destroyed bool // loop view

	// set by the handshake goroutine before it posts 'secure'
	servername string
	authErr    error
	state      gotls.ConnectionState
	verified   []*x509.Certificate
	sniCtx     *secureContext
	done       chan struct{}

	sessions *clientSessions // client only
}

type connOpts struct {
	servername         string
	rejectUnauthorized bool
	requestCert        bool
	alpn               []string
	sni                bool
	session            []byte // client: a serialized session to resume
}
