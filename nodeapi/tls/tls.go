// Package tls is Node's 'tls' module, on Go's crypto/tls.
//
// TLS runs over a plaintext net.Socket: each TLS connection is a
// crypto/tls Conn (tls.Client or tls.Server) over a pipe, a Go net.Conn
// whose Read is fed by the JS socket's 'data' chunks (binding.feed) and
// whose Write queues ciphertext that JS hands to socket.write. No TLS is
// written by hand.
//
// Goroutines: one per TLS connection runs the handshake and then reads
// (decrypts) records, posting plaintext and events to the isolate with
// isolate.Post. It blocks in pipe.Read while no ciphertext has arrived, and
// while JS has stopped reading (flow control). An isolate.Request is held
// while the handshake is in flight and an isolate.Handle until the reader
// has delivered end-of-stream (or the socket is destroyed), so the loop
// stays alive for what the goroutine will still post. Writes of plaintext
// happen on the loop goroutine, after the handshake: tls.Conn.Write
// encrypts into the pipe synchronously and binding.write returns the
// ciphertext. All ciphertext — from the loop or from the reader goroutine
// (handshake flights, alerts, key updates) — goes through one ordered
// queue, so records reach the socket in sequence.
//
// Callbacks into JS (installed with setup):
//
//	onout(owner, [Buffer…])            ciphertext to write to the socket
//	onsecure(owner, info)              handshake done
//	ondata(owner, Buffer | null)       plaintext; null at end of stream
//	onerror(owner, err, inHandshake)   handshake or record error
//	onsni(owner, servername, reply)    server SNICallback; reply(err, ctx)
//	ondrain(owner)                     buffered ciphertext drained: resume the socket
//
// Flow control: the reader goroutine reads only while JS wants plaintext
// (readStart/readStop, from push's result); feed reports when more than
// 256 KiB of ciphertext waits, and JS then pauses the socket until ondrain.
//
// Certificate verification follows Node: the handshake never fails on the
// peer's certificate for a client; the chain is verified afterwards with
// crypto/x509 against `ca` (or the system roots) and the result reported as
// authorized / authorizationError (OpenSSL's codes); tls.js then applies
// checkServerIdentity and rejectUnauthorized. A server with requestCert
// and rejectUnauthorized fails the handshake instead, as OpenSSL does.
// SHA-1 signed chains verify (verify.go), as with v0.10's OpenSSL.
//
// Also here: session resumption (session.go), the pfx option (PKCS#12,
// parsed by the crypto package, as are all private keys), OpenSSL's suite
// choice for `ciphers` lists (pickSuite) and v0.10's createSecurePair.
package tls

import (
	gotls "crypto/tls"
	"crypto/x509"
	_ "embed"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed tls.js
var tlsJS string

// Module is the registry entry for 'tls'.
var Module = modkit.Module{Name: "tls", Native: native, JS: modkit.NewScript("tls.js", tlsJS)}

// state is one isolate's tls binding. Loop goroutine only.
type state struct {
	c   *modkit.Context
	rt  *goja.Runtime
	iso *isolate.Isolate

	onout, onsecure, ondata, onerror, onsni, ondrain, onsession goja.Callable

	// live connections, for the watcher that unblocks their goroutines
	// when the isolate ends (guarded by mu: the watcher reads it).
	mu    sync.Mutex
	conns map[*conn]struct{}
}

// watch closes the pipes of the isolate's live connections once it has
// ended, so that their goroutines (blocked in pipe.Read) return. One
// watcher per isolate that uses tls; it polls once a second.
func (s *state) watch() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for range t.C {
		if !s.iso.Terminated() {
			continue
		}
		s.mu.Lock()
		for c := range s.conns {
			c.p.Close()
		}
		s.conns = nil
		s.mu.Unlock()
		return
	}
}

func (s *state) forget(c *conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

func native(c *modkit.Context) (*goja.Object, error) {
	s := &state{c: c, rt: c.RT, iso: c.Iso, conns: make(map[*conn]struct{})}
	go s.watch()
	b := c.RT.NewObject()
	s.install(b)
	return b, nil
}

func (s *state) connOf(v goja.Value) *conn {
	if v != nil {
		if c, ok := v.Export().(*conn); ok {
			return c
		}
	}
	panic(s.rt.NewTypeError("not a TLS connection"))
}

// contextOf is the Go context of a createContext handle or of a
// NativeContext (tls.js) holding one in _handle; nil for anything else.
func contextOf(v goja.Value) *secureContext {
	if o, ok := v.(*goja.Object); ok {
		if c, ok := o.Export().(*secureContext); ok {
			return c
		}
		if h := o.Get("_handle"); h != nil {
			if c, ok := h.Export().(*secureContext); ok {
				return c
			}
		}
	}
	return nil
}

// ctxOf is contextOf, throwing a TypeError for anything else.
func (s *state) ctxOf(v goja.Value) *secureContext {
	if c := contextOf(v); c != nil {
		return c
	}
	panic(s.rt.NewTypeError("not a SecureContext"))
}

func (s *state) bufs(chunks [][]byte) goja.Value {
	vals := make([]any, len(chunks))
	for i, ch := range chunks {
		vals[i] = buffer.New(s.c, ch)
	}
	return s.rt.NewArray(vals...)
}

// flush hands queued ciphertext to JS.
func (s *state) flush(c *conn) {
	if out := c.p.takeOut(); len(out) > 0 && !c.destroyed {
		s.iso.MakeCallback(s.onout, goja.Undefined(), c.owner, s.bufs(out))
	}
}

// post runs fn on the loop after the queued ciphertext was flushed; nothing
// runs for a destroyed connection. Any goroutine.
func (c *conn) post(fn func()) {
	c.s.iso.Post(func() {
		if c.destroyed {
			return
		}
		c.s.flush(c)
		if !c.destroyed {
			fn()
		}
	})
}

func (s *state) install(b *goja.Object) {
	rt := s.rt
	set := func(name string, fn func(call goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	undef := goja.Undefined()

	set("setup", func(call goja.FunctionCall) goja.Value {
		s.onout, _ = goja.AssertFunction(call.Argument(0))
		s.onsecure, _ = goja.AssertFunction(call.Argument(1))
		s.ondata, _ = goja.AssertFunction(call.Argument(2))
		s.onerror, _ = goja.AssertFunction(call.Argument(3))
		s.onsni, _ = goja.AssertFunction(call.Argument(4))
		s.ondrain, _ = goja.AssertFunction(call.Argument(5))
		s.onsession, _ = goja.AssertFunction(call.Argument(6))
		return undef
	})
	// createContext(options) → an opaque SecureContext handle.
	set("createContext", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(s.newContext(call.Argument(0).ToObject(rt)))
	})
	// checkContext(v) throws a TypeError unless v is a createContext handle.
	set("checkContext", func(call goja.FunctionCall) goja.Value {
		s.ctxOf(call.Argument(0))
		return undef
	})
	set("getCiphers", func(call goja.FunctionCall) goja.Value {
		var names []string
		for _, cs := range append(gotls.CipherSuites(), gotls.InsecureCipherSuites()...) {
			if _, ok := cipherNames[cs.ID]; ok {
				names = append(names, strings.ToLower(cipherName(cs.ID)))
			}
		}
		slices.Sort(names) // Node lists them sorted
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return rt.NewArray(out...)
	})
	// newConn(owner, isServer, ctx, {servername, rejectUnauthorized,
	// requestCert, ALPNProtocols, sni}) → conn; the handshake starts now.
	set("newConn", func(call goja.FunctionCall) goja.Value {
		o := call.Argument(3).ToObject(rt)
		opts := connOpts{
			rejectUnauthorized: o.Get("rejectUnauthorized").ToBoolean(),
			requestCert:        o.Get("requestCert").ToBoolean(),
			sni:                o.Get("sni").ToBoolean(),
		}
		if v := o.Get("servername"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			opts.servername = v.String()
		}
		if v := o.Get("session"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			if b, ok := buffer.Bytes(rt, v); ok {
				opts.session = append([]byte(nil), b...)
			}
		}
		if v := o.Get("ALPNProtocols"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			arr := v.ToObject(rt)
			n := int(arr.Get("length").ToInteger())
			for i := 0; i < n; i++ {
				opts.alpn = append(opts.alpn, arr.Get(itoa(i)).String())
			}
		}
		c := s.newConn(call.Argument(0), call.Argument(1).ToBoolean(), s.ctxOf(call.Argument(2)), opts)
		return rt.ToValue(c)
	})
	set("feed", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		if !c.destroyed {
			return rt.ToValue(c.p.feed(s.bytesOf(call.Argument(1))))
		}
		return rt.ToValue(false)
	})
	set("feedEnd", func(call goja.FunctionCall) goja.Value {
		s.connOf(call.Argument(0)).p.feedEOF()
		return undef
	})
	set("readStart", func(call goja.FunctionCall) goja.Value {
		s.connOf(call.Argument(0)).p.setReading(true)
		return undef
	})
	set("readStop", func(call goja.FunctionCall) goja.Value {
		s.connOf(call.Argument(0)).p.setReading(false)
		return undef
	})
	// write(conn, data) → [ciphertext Buffer…], or an Error.
	set("write", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		data := s.bytesOf(call.Argument(1))
		return s.syncOut(c, func() error { _, err := c.tc.Write(data); return err })
	})
	// shutdown(conn) → [ciphertext…] carrying close_notify, or an Error.
	set("shutdown", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		return s.syncOut(c, c.tc.CloseWrite)
	})
	set("destroy", func(call goja.FunctionCall) goja.Value {
		s.connOf(call.Argument(0)).destroy()
		return undef
	})
	set("ref", func(call goja.FunctionCall) goja.Value {
		if c := s.connOf(call.Argument(0)); c.handle != nil {
			if call.Argument(1).ToBoolean() {
				c.handle.Ref()
			} else {
				c.handle.Unref()
			}
		}
		return undef
	})
	set("peerCertificate", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		if !c.secure || len(c.state.PeerCertificates) == 0 {
			return undef
		}
		return s.certObject(c.chainForDisplay(), 0, call.Argument(1).ToBoolean())
	})
	set("certificate", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		ctx := c.ctx
		if c.sniCtx != nil {
			ctx = c.sniCtx
		}
		if !c.secure || ctx.cert == nil || ctx.cert.Leaf == nil {
			return undef
		}
		return s.certObject([]*x509.Certificate{ctx.cert.Leaf}, 0, false)
	})
	set("cipher", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		if !c.secure {
			return undef
		}
		o := rt.NewObject()
		_ = o.Set("name", cipherName(c.state.CipherSuite))
		_ = o.Set("standardName", gotls.CipherSuiteName(c.state.CipherSuite))
		_ = o.Set("version", versionName(c.state.Version))
		return o
	})
	set("protocol", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		if !c.secure {
			return goja.Null()
		}
		return rt.ToValue(versionName(c.state.Version))
	})
	// getSession(conn) → the newest session (serialized), or undefined.
	set("getSession", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		if c.sessions == nil {
			return undef
		}
		if b := c.sessions.session(); b != nil {
			return buffer.New(s.c, append([]byte(nil), b...))
		}
		return undef
	})
	set("isSessionReused", func(call goja.FunctionCall) goja.Value {
		c := s.connOf(call.Argument(0))
		return rt.ToValue(c.secure && c.state.DidResume)
	})
}

// syncOut runs a tls.Conn write on the loop and returns the ciphertext it
// produced (with anything queued before it), or an Error.
func (s *state) syncOut(c *conn, op func() error) goja.Value {
	if c.destroyed {
		return modkit.NewError(s.rt, "Error", "ERR_SOCKET_CLOSED", "Socket is closed")
	}
	if !c.secure {
		return modkit.NewError(s.rt, "Error", "ERR_TLS_HANDSHAKE_PENDING", "TLS handshake not finished")
	}
	c.p.mu.Lock()
	c.p.posted = true // the goroutine need not post a flush: we take it now
	c.p.mu.Unlock()
	err := op()
	out := c.p.takeOut()
	if err != nil {
		return s.errorValue(err, false, c.isServer)
	}
	return s.bufs(out)
}

func (s *state) newConn(owner goja.Value, isServer bool, ctx *secureContext, opts connOpts) *conn {
	c := &conn{s: s, owner: owner, p: newPipe(), isServer: isServer, ctx: ctx, opts: opts, done: make(chan struct{})}
	if !isServer {
		c.sessions = &clientSessions{c: c, offer: unmarshalSession(opts.session)}
	}
	c.p.onDrain = func() {
		s.iso.Post(func() {
			if !c.destroyed {
				s.iso.MakeCallback(s.ondrain, goja.Undefined(), c.owner)
			}
		})
	}
	c.p.onWrite = func(*pipe) {
		s.iso.Post(func() {
			if !c.destroyed {
				s.flush(c)
			}
		})
	}
	if isServer {
		c.tc = gotls.Server(c.p, c.serverConfig(ctx))
	} else {
		c.tc = gotls.Client(c.p, c.clientConfig())
	}
	s.mu.Lock()
	if s.conns != nil {
		s.conns[c] = struct{}{}
	}
	s.mu.Unlock()
	c.handle = s.iso.NewHandle("TLSWrap")
	c.req = s.iso.BeginRequest("TLSHandshake")
	go c.run()
	return c
}

func (ctx *secureContext) base() *gotls.Config {
	cfg := &gotls.Config{
		MinVersion:   ctx.minVersion,
		MaxVersion:   ctx.maxVersion,
		CipherSuites: ctx.cipherSuites,
	}
	if cfg.CipherSuites == nil {
		cfg.CipherSuites = nodeDefaultSuites()
	}
	if ctx.cert != nil {
		cfg.Certificates = []gotls.Certificate{*ctx.cert}
	}
	return cfg
}

func (c *conn) clientConfig() *gotls.Config {
	cfg := c.ctx.base()
	cfg.InsecureSkipVerify = true // verified after the handshake, as Node does
	cfg.ClientSessionCache = c.sessions
	cfg.NextProtos = c.opts.alpn
	if c.opts.servername != "" && !isIPLiteral(c.opts.servername) {
		cfg.ServerName = c.opts.servername
	}
	cert := c.ctx.cert
	cfg.Certificates = nil
	cfg.GetClientCertificate = func(*gotls.CertificateRequestInfo) (*gotls.Certificate, error) {
		if cert == nil {
			return &gotls.Certificate{}, nil
		}
		return cert, nil
	}
	return cfg
}

func (c *conn) serverConfig(ctx *secureContext) *gotls.Config {
	cfg := ctx.base()
	cfg.NextProtos = c.opts.alpn
	cfg.PreferServerCipherSuites = ctx.preferServer //nolint:staticcheck // accepted, as Node's honorCipherOrder
	cfg.SetSessionTicketKeys(ctx.ticketKeys)
	if c.opts.requestCert {
		cfg.ClientAuth = gotls.RequestClientCert
		if c.opts.rejectUnauthorized {
			cfg.ClientAuth = gotls.RequireAnyClientCert // alert certificate_required, as OpenSSL
			cfg.VerifyConnection = func(st gotls.ConnectionState) error {
				if len(st.PeerCertificates) == 0 {
					return errors.New("tls: client didn't provide a certificate")
				}
				_, err := verifyChain(st.PeerCertificates, ctx, x509.ExtKeyUsageAny)
				return err
			}
		}
	}
	cfg.GetConfigForClient = func(hello *gotls.ClientHelloInfo) (*gotls.Config, error) {
		c.servername = hello.ServerName
		if !c.opts.sni || hello.ServerName == "" {
			return pickSuite(cfg, ctx, hello), nil
		}
		nctx, err := c.askSNI(hello.ServerName)
		if err != nil {
			return nil, err
		}
		if nctx == nil {
			return pickSuite(cfg, ctx, hello), nil
		}
		c.sniCtx = nctx
		o := *c.opts.withoutSNI()
		c2 := &conn{opts: o, ctx: nctx}
		cfg2 := c2.serverConfig(nctx)
		cfg2.GetConfigForClient = nil
		if cfg2.VerifyConnection == nil && cfg.VerifyConnection != nil {
			cfg2.ClientAuth = cfg.ClientAuth
		}
		if p := pickSuite(cfg2, nctx, hello); p != nil {
			return p, nil
		}
		return cfg2, nil
	}
	return cfg
}

// pickSuite chooses the TLS 1.2 suite of a context with a `ciphers` list
// as OpenSSL does, which crypto/tls (its own preference order) does not:
// the server's first suite the client offers with honorCipherOrder, else
// the client's first the server has. It returns cfg narrowed to that
// suite, or nil to leave the choice to crypto/tls (no list, or nothing in
// common: the handshake then fails as it should).
func pickSuite(cfg *gotls.Config, ctx *secureContext, hello *gotls.ClientHelloInfo) *gotls.Config {
	if ctx.cipherSuites == nil {
		return nil
	}
	first, second := ctx.cipherSuites, hello.CipherSuites
	if !ctx.preferServer {
		first, second = second, first
	}
	for _, id := range first {
		if slices.Contains(second, id) {
			n := cfg.Clone()
			n.GetConfigForClient = nil
			n.CipherSuites = []uint16{id}
			return n
		}
	}
	return nil
}

func (o connOpts) withoutSNI() *connOpts {
	o.sni = false
	return &o
}

// askSNI calls the server's SNICallback on the loop and waits for its
// answer (handshake goroutine).
func (c *conn) askSNI(name string) (*secureContext, error) {
	type answer struct {
		ctx *secureContext
		err error
	}
	ch := make(chan answer, 1)
	s := c.s
	ok := s.iso.Post(func() {
		if c.destroyed {
			ch <- answer{err: errPipeClosed}
			return
		}
		answered := false
		reply := func(call goja.FunctionCall) goja.Value {
			if answered {
				return goja.Undefined()
			}
			answered = true
			if e := call.Argument(0); !goja.IsUndefined(e) && !goja.IsNull(e) {
				ch <- answer{err: errors.New("tls: SNICallback failed")}
				return goja.Undefined()
			}
			var a answer
			a.ctx = contextOf(call.Argument(1))
			ch <- a
			return goja.Undefined()
		}
		s.iso.MakeCallback(s.onsni, goja.Undefined(), c.owner, s.rt.ToValue(name), s.rt.ToValue(reply))
	})
	if !ok {
		return nil, errPipeClosed
	}
	select {
	case a := <-ch:
		return a.ctx, a.err
	case <-c.done:
		return nil, errPipeClosed
	}
}

// destroy ends the connection at once (loop goroutine).
func (c *conn) destroy() {
	if c.destroyed {
		return
	}
	c.destroyed = true
	c.s.forget(c)
	c.handle.Close()
	close(c.done)
	c.p.Close()
}

// run is the connection's goroutine: handshake, then reads.
func (c *conn) run() {
	err := c.tc.Handshake()
	if err != nil {
		c.req.Complete(func() {
			if c.destroyed {
				return
			}
			c.s.flush(c)
			if !c.destroyed {
				c.s.iso.MakeCallback(c.s.onerror, goja.Undefined(), c.owner, c.s.errorValue(err, true, c.isServer), c.s.rt.ToValue(true))
			}
		})
		return
	}
	c.state = c.tc.ConnectionState()
	if !c.isServer {
		c.verified, c.authErr = verifyChain(c.state.PeerCertificates, c.ctx, x509.ExtKeyUsageServerAuth)
	} else if c.opts.requestCert {
		trust := c.ctx
		if c.sniCtx != nil {
			trust = c.sniCtx
		}
		if len(c.state.PeerCertificates) == 0 {
			c.authErr = &tlsError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
		} else {
			c.verified, c.authErr = verifyChain(c.state.PeerCertificates, trust, x509.ExtKeyUsageAny)
		}
	}
	c.req.Complete(func() {
		if c.destroyed {
			return
		}
		c.secure = true
		c.s.flush(c)
		if !c.destroyed {
			c.s.iso.MakeCallback(c.s.onsecure, goja.Undefined(), c.owner, c.s.secureInfo(c))
		}
	})
	buf := make([]byte, 16384)
	for {
		if !c.p.waitReading() {
			return
		}
		n, err := c.tc.Read(buf)
		if n > 0 {
			chunk := append([]byte(nil), buf[:n]...)
			c.post(func() {
				c.s.iso.MakeCallback(c.s.ondata, goja.Undefined(), c.owner, buffer.New(c.s.c, chunk))
			})
		}
		if err != nil {
			if errors.Is(err, errPipeClosed) {
				return
			}
			if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
				c.post(func() {
					c.handle.Close()
					c.s.forget(c)
					c.s.iso.MakeCallback(c.s.ondata, goja.Undefined(), c.owner, goja.Null())
				})
				return
			}
			c.post(func() {
				c.handle.Close()
				c.s.forget(c)
				c.s.iso.MakeCallback(c.s.onerror, goja.Undefined(), c.owner, c.s.errorValue(err, false, c.isServer), c.s.rt.ToValue(false))
			})
			return
		}
	}
}

func (s *state) secureInfo(c *conn) goja.Value {
	o := s.rt.NewObject()
	_ = o.Set("authorized", c.authErr == nil && (!c.isServer || c.opts.requestCert && len(c.state.PeerCertificates) > 0))
	if c.authErr != nil {
		code, msg := verifyCode(c.authErr, c.state.PeerCertificates)
		_ = o.Set("authorizationError", code)
		_ = o.Set("authError", modkit.NewError(s.rt, "Error", code, msg))
	} else {
		_ = o.Set("authorizationError", goja.Null())
	}
	if c.servername != "" {
		_ = o.Set("servername", c.servername)
	} else {
		_ = o.Set("servername", false)
	}
	if c.state.NegotiatedProtocol != "" {
		_ = o.Set("alpnProtocol", c.state.NegotiatedProtocol)
	} else {
		_ = o.Set("alpnProtocol", false)
	}
	return o
}

// chainForDisplay is the verified chain when there is one (it reaches the
// trusted root), else what the peer sent.
func (c *conn) chainForDisplay() []*x509.Certificate {
	if len(c.verified) > 0 {
		return c.verified
	}
	return c.state.PeerCertificates
}

func isIPLiteral(s string) bool {
	if strings.HasPrefix(s, "[") {
		return true
	}
	dots := 0
	for _, r := range s {
		switch {
		case r == ':':
			return true
		case r == '.':
			dots++
		case r < '0' || r > '9':
			return false
		}
	}
	return dots == 3
}

// verifyCode maps a verification error to OpenSSL's code and message.
func verifyCode(err error, peer []*x509.Certificate) (string, string) {
	var te *tlsError
	if errors.As(err, &te) {
		return te.code, te.msg
	}
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) {
		switch inv.Reason {
		case x509.Expired:
			if inv.Cert != nil && time.Now().Before(inv.Cert.NotBefore) {
				return "CERT_NOT_YET_VALID", "certificate is not yet valid"
			}
			return "CERT_HAS_EXPIRED", "certificate has expired"
		case x509.IncompatibleUsage:
			return "INVALID_PURPOSE", "unsupported certificate purpose"
		}
		return "CERT_REJECTED", "certificate rejected"
	}
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) || len(peer) > 0 {
		switch {
		case len(peer) == 1 && selfSigned(peer[0]):
			return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"
		case len(peer) > 1 && selfSigned(peer[len(peer)-1]):
			return "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"
		case len(peer) == 1:
			return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"
		}
		return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"
	}
	return "CERT_REJECTED", err.Error()
}

// alertCodes maps crypto/tls alert texts to OpenSSL's error codes.
var alertCodes = map[string][2]string{
	"bad certificate":                {"ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate"},
	"unknown certificate authority":  {"ERR_SSL_TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca"},
	"certificate required":           {"ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required"},
	"handshake failure":              {"ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"},
	"protocol version not supported": {"ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version"},
	"no application protocol":        {"ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol"},
	"internal error":                 {"ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error"},
	"unrecognized name":              {"ERR_SSL_TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name"},
	"decrypt error":                  {"ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error"},
	"illegal parameter":              {"ERR_SSL_SSLV3_ALERT_ILLEGAL_PARAMETER", "sslv3 alert illegal parameter"},
	"unsupported certificate":        {"ERR_SSL_SSLV3_ALERT_UNSUPPORTED_CERTIFICATE", "sslv3 alert unsupported certificate"},
	"certificate has expired":        {"ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED", "sslv3 alert certificate expired"},
	"inappropriate fallback":         {"ERR_SSL_TLSV1_ALERT_INAPPROPRIATE_FALLBACK", "tlsv1 alert inappropriate fallback"},
	"insufficient security level":    {"ERR_SSL_TLSV1_ALERT_INSUFFICIENT_SECURITY", "tlsv1 alert insufficient security"},
	"access denied":                  {"ERR_SSL_TLSV1_ALERT_ACCESS_DENIED", "tlsv1 alert access denied"},
	"certificate unobtainable":       {"ERR_SSL_TLSV1_ALERT_CERTIFICATE_UNOBTAINABLE", "tlsv1 alert certificate unobtainable"},
	"unsupported extension":          {"ERR_SSL_TLSV1_ALERT_UNSUPPORTED_EXTENSION", "tlsv1 alert unsupported extension"},
	"unexpected message":             {"ERR_SSL_SSLV3_ALERT_UNEXPECTED_MESSAGE", "sslv3 alert unexpected message"},
	"bad record MAC":                 {"ERR_SSL_SSLV3_ALERT_BAD_RECORD_MAC", "sslv3 alert bad record mac"},
	"decode error":                   {"ERR_SSL_TLSV1_ALERT_DECODE_ERROR", "tlsv1 alert decode error"},
	"certificate revoked":            {"ERR_SSL_SSLV3_ALERT_CERTIFICATE_REVOKED", "sslv3 alert certificate revoked"},
	"unknown certificate":            {"ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN", "sslv3 alert certificate unknown"},
	"missing extension":              {"ERR_SSL_TLSV13_ALERT_MISSING_EXTENSION", "tlsv13 alert missing extension"},
}

// errorValue makes the JS Error for a handshake or record error.
func (s *state) errorValue(err error, handshake, server bool) goja.Value {
	msg := err.Error()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if handshake && !server {
			return modkit.NewError(s.rt, "Error", "ECONNRESET", "Client network socket disconnected before secure TLS connection was established")
		}
		return modkit.NewError(s.rt, "Error", "ECONNRESET", "socket hang up")
	}
	var te *tlsError
	if errors.As(err, &te) {
		return modkit.NewError(s.rt, "Error", te.code, te.msg)
	}
	if i := strings.Index(msg, "remote error: tls: "); i >= 0 {
		text := msg[i+len("remote error: tls: "):]
		if m, ok := alertCodes[text]; ok {
			return modkit.NewError(s.rt, "Error", m[0], "ssl/tls alert "+strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(m[1], "sslv3 alert "), "tlsv1 alert "), "tlsv13 alert "))
		}
		return modkit.NewError(s.rt, "Error", "ECONNRESET", msg)
	}
	switch {
	case strings.Contains(msg, "first record does not look like a TLS handshake"):
		return modkit.NewError(s.rt, "Error", "ERR_SSL_WRONG_VERSION_NUMBER", "wrong version number")
	case strings.Contains(msg, "no cipher suite supported by both"):
		return modkit.NewError(s.rt, "Error", "ERR_SSL_NO_SHARED_CIPHER", "no shared cipher")
	case strings.Contains(msg, "protocol version") || strings.Contains(msg, "unsupported versions"):
		return modkit.NewError(s.rt, "Error", "ERR_SSL_UNSUPPORTED_PROTOCOL", "unsupported protocol")
	case strings.Contains(msg, "client didn't provide a certificate"):
		return modkit.NewError(s.rt, "Error", "ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate")
	}
	var inv x509.CertificateInvalidError
	var ua x509.UnknownAuthorityError
	if errors.As(err, &inv) || errors.As(err, &ua) {
		code, m := verifyCode(err, nil)
		return modkit.NewError(s.rt, "Error", code, m)
	}
	return modkit.NewError(s.rt, "Error", "ECONNRESET", msg)
}
