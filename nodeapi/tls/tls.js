'use strict';
// tls: TLSSocket (a stream.Duplex of cleartext over a net.Socket of
// ciphertext), Server (a net.Server whose connections are wrapped),
// connect, SecureContext. The TLS itself is Go's crypto/tls: see tls.go.

var net = require('net');
var stream = require('stream');
var Duplex = stream.Duplex;
var EventEmitter = require('events');
var Buffer = require('buffer').Buffer;

var nextTick = process.nextTick;

function nodeError(Ctor, code, message) {
  var e = new Ctor(message);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return e;
}

// ---- SecureContext --------------------------------------------------------

function list(v) {
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v : [v];
}

// contextOptions normalizes SecureContext options for binding.createContext.
function contextOptions(options) {
  var pfx = list(options.pfx);
  if (pfx) {
    pfx = pfx.map(function (p) {
      if (p && typeof p === 'object' && !(p instanceof Uint8Array) && p.buf !== undefined) {
        return { buf: p.buf, passphrase: p.passphrase !== undefined ? p.passphrase : options.passphrase };
      }
      return { buf: p, passphrase: options.passphrase };
    });
  }
  var keys = list(options.key);
  if (keys) {
    keys = keys.map(function (k) {
      if (k && typeof k === 'object' && !(k instanceof Uint8Array) && k.pem !== undefined) {
        return { pem: k.pem, passphrase: k.passphrase !== undefined ? k.passphrase : options.passphrase };
      }
      return { pem: k, passphrase: options.passphrase };
    });
  }
  return {
    keys: keys,
    pfx: pfx,
    certs: list(options.cert),
    ca: list(options.ca),
    ciphers: options.ciphers,
    minVersion: options.minVersion || (options.maxVersion === 'TLSv1' || options.maxVersion === 'TLSv1.1' ? options.maxVersion : exports.DEFAULT_MIN_VERSION),
    maxVersion: options.maxVersion || exports.DEFAULT_MAX_VERSION,
    maxVersionSet: options.maxVersion !== undefined,
    honorCipherOrder: !!options.honorCipherOrder,
  };
}

// NativeContext is SecureContext.context, the native context of v0.10's
// API: its setters (setKey, setCert, addCACert, setCiphers, loadPKCS12)
// change what later connections use; _handle is the Go context.
function NativeContext(options) {
  this._options = options;
  this._handle = binding.createContext(contextOptions(options));
}

function nativeSetter(fn) {
  return function () {
    if (!(this instanceof NativeContext)) throw new TypeError('Illegal invocation');
    fn.apply(this._options, arguments);
    this._handle = binding.createContext(contextOptions(this._options));
  };
}
NativeContext.prototype.setKey = nativeSetter(function (key, passphrase) { this.key = key; this.passphrase = passphrase; });
NativeContext.prototype.setCert = nativeSetter(function (cert) { this.cert = cert; });
NativeContext.prototype.addCACert = nativeSetter(function (ca) { this.ca = (list(this.ca) || []).concat([ca]); });
NativeContext.prototype.setCiphers = nativeSetter(function (ciphers) { this.ciphers = ciphers; });
NativeContext.prototype.loadPKCS12 = nativeSetter(function (pfx, passphrase) { this.pfx = pfx; this.passphrase = passphrase; });
// What crypto/tls decides by itself: accepted and ignored.
['setOptions', 'setSessionIdContext', 'setECDHCurve', 'setDHParam', 'addCRL', 'addRootCerts', 'setTicketKeys', 'close'].forEach(function (name) {
  NativeContext.prototype[name] = function () {
    if (!(this instanceof NativeContext)) throw new TypeError('Illegal invocation');
  };
});

function SecureContext(options) {
  if (!(this instanceof SecureContext)) return new SecureContext(options);
  this.context = new NativeContext(Object.assign({}, options));
}

// createSecureContext(options[, context]): v0.10's createCredentials also
// took the native context to reuse; it must be one (a TypeError
// otherwise), and the options make a new one.
function createSecureContext(options, context) {
  if (context !== undefined && context !== null) binding.checkContext(context);
  return new SecureContext(options);
}

// ALPN protocols: an array of strings or Buffers, or a Buffer in the wire
// format (length-prefixed names).
function alpnList(v) {
  if (v === undefined || v === null) return undefined;
  var out = [];
  if (v instanceof Uint8Array && !Array.isArray(v)) {
    var b = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    for (var i = 0; i < b.length;) {
      var n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }
  for (var j = 0; j < v.length; j++) out.push(typeof v[j] === 'string' ? v[j] : Buffer.from(v[j]).toString('latin1'));
  return out;
}

// ---- callbacks from Go ----------------------------------------------------

function onout(self, chunks) {
  self._writeOut(chunks, null);
}

function onsecure(self, info) {
  self._onSecure(info);
}

// closeUnread destroys a socket whose peer has closed the connection while
// the cleartext it sent waits unread, as v0.10 did (its pair was destroyed
// with the encrypted socket): 'close' comes without the reader consuming.
// (v0.10 differs from v20, where such a socket stays open.)
function closeUnread(self) {
  var rs = self._readableState;
  if (self._rawClosed && rs.ended && !rs.endEmitted && rs.length > 0 && !rs.flowing && !self.destroyed) {
    self.destroy();
  }
}

// endWithRaw ends the cleartext side of a socket nobody reads once the
// encrypted one has ended and the handshake is done, as v0.10 did (v20
// waits until a reader has seen 'end', so such a socket stays open).
function endWithRaw(self) {
  if (self._rawEnded && !self.allowHalfOpen && self._secureEstablished && self._readableState.flowing === null &&
      !self.writableEnded && !self.destroyed) {
    self.end();
  }
}

function ondata(self, chunk) {
  if (chunk === null) {
    self._conn && binding.ref(self._conn, false);
    self.push(null);
    self.read(0);
    closeUnread(self);
    return;
  }
  if (!self.push(chunk) && self._conn) {
    self._reading = false;
    binding.readStop(self._conn);
  }
}

function onerror(self, err, inHandshake) {
  if (self._isServer && inHandshake) {
    var server = self._tlsServer;
    self._hadHandshakeError = true;
    if (server) {
      server.emit('tlsClientError', err, self);
      if (!server._isHttpsServer) server.emit('clientError', err, self);
    }
    self.destroy();
    return;
  }
  self.destroy(err);
}

function defaultSNI(servername, cb) {
  var ctxs = this._contexts;
  for (var i = ctxs.length - 1; i >= 0; i--) {
    if (ctxs[i][0].test(servername)) return cb(null, ctxs[i][1]);
  }
  cb(null, undefined);
}

function onsni(self, servername, reply) {
  var server = self._tlsServer;
  var fn = (server && server._SNICallback) || defaultSNI;
  fn.call(server, servername, function (err, ctx) {
    if (err) return reply(err);
    reply(null, ctx ? (ctx.context || ctx) : undefined);
  });
}

function ondrain(self) {
  if (self._rawPaused) {
    self._rawPaused = false;
    var raw = self._parent;
    if (raw && !raw.destroyed) raw.resume();
  }
}

function onsession(self, session) {
  self.emit('session', session);
}

binding.setup(onout, onsecure, ondata, onerror, onsni, ondrain, onsession);

// ---- TLSSocket ------------------------------------------------------------

// TLSSocket(socket, options): cleartext over `socket` (a net.Socket, made
// when absent). It is an instance of net.Socket, as in Node, but owns no
// descriptor: socket-level calls go to the wrapped socket.
function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  options = Object.assign({}, options);
  Duplex.call(this, { allowHalfOpen: !!options.allowHalfOpen, decodeStrings: true, autoDestroy: true, emitClose: false });
  this._id = 0;
  this._handle = null;
  this.connecting = false;
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = null;
  this.server = options.server || null;
  this._tlsServer = options.server || null;
  this._isServer = !!options.isServer;
  this._tlsOptions = options;
  this._secureEstablished = false;
  this._pendingOp = null;
  this._reading = true;
  this._rawClosed = false;
  this._rawEnded = false;
  this._conn = null;
  if (!socket) socket = new net.Socket();
  this._parent = socket;
  this.ssl = null;
  socket.allowHalfOpen = true;
  var self = this;
  this._rawPaused = false;
  this._onRawData = function (d) {
    if (self._conn && binding.feed(self._conn, d) && !self._rawPaused) {
      self._rawPaused = true;
      socket.pause();
    }
  };
  socket.on('data', this._onRawData);
  socket.on('end', function () {
    if (self._conn) binding.feedEnd(self._conn);
    self._rawEnded = true;
    endWithRaw(self);
  });
  socket.on('error', function (e) {
    if (self.destroyed) return;
    if (self._isServer && !self._secureEstablished) {
      onerror(self, nodeError(Error, 'ECONNRESET', 'socket hang up'), true);
      return;
    }
    self.destroy(e);
  });
  socket.on('close', function () {
    self._rawClosed = true;
    if (self._conn) binding.feedEnd(self._conn);
    if (!self.destroyed) {
      if (!self._secureEstablished && !self._isServer) {
        self.destroy(nodeError(Error, 'ECONNRESET', 'Client network socket disconnected before secure TLS connection was established'));
      } else if (!self._secureEstablished) {
        onerror(self, nodeError(Error, 'ECONNRESET', 'socket hang up'), true);
      }
      // else: the reader delivers what is left, then end-of-stream.
      closeUnread(self);
    }
  });
  socket.on('timeout', function () { self.emit('timeout'); });
  socket.on('connect', function () { self.connecting = false; self.emit('connect'); });
  this.connecting = !!socket.connecting;
  this._secureContext = options.secureContext || createSecureContext(options);
  // The handshake starts once there is a connection to run it on.
  if (this._isServer || socket.connecting || socket._id || !(socket instanceof net.Socket)) {
    this._start();
  } else {
    socket.once('connect', function () { if (!self.destroyed) self._start(); });
  }
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._start = function () {
  var options = this._tlsOptions;
  var socket = this._parent;
  var sni = false;
  if (this._isServer && this._tlsServer) {
    sni = !!(this._tlsServer._SNICallback || this._tlsServer._contexts.length);
  }
  this._conn = binding.newConn(this, this._isServer, this._secureContext.context, {
    servername: options.servername,
    session: this._isServer ? undefined : sessionOption(options.session),
    rejectUnauthorized: options.rejectUnauthorized !== false,
    requestCert: !!options.requestCert,
    ALPNProtocols: alpnList(options.ALPNProtocols),
    sni: sni,
  });
  if (socket._unref) binding.ref(this._conn, false);
  var hto = options.handshakeTimeout === undefined ? 120000 : options.handshakeTimeout;
  if (this._isServer && hto > 0) {
    var self = this;
    this._handshakeTimer = setTimeout(function () {
      self._handshakeTimer = null;
      if (!self._secureEstablished && !self.destroyed) {
        onerror(self, nodeError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout'), true);
      }
    }, hto);
    if (this._handshakeTimer.unref) this._handshakeTimer.unref();
  }
  if (socket.readable && !socket.connecting && typeof socket.resume === 'function') socket.resume();
};

TLSSocket.prototype._onSecure = function (info) {
  this._secureEstablished = true;
  if (this._handshakeTimer) {
    clearTimeout(this._handshakeTimer);
    this._handshakeTimer = null;
  }
  this.connecting = false;
  this.authorized = info.authorized;
  this.authorizationError = info.authorizationError;
  this.alpnProtocol = info.alpnProtocol;
  if (this._isServer) {
    this.servername = info.servername;
    this.emit('secure');
  } else {
    var opts = this._tlsOptions;
    var err = info.authError || null;
    if (!err) {
      var check = typeof opts.checkServerIdentity === 'function' ? opts.checkServerIdentity : checkServerIdentity;
      var hostname = opts.servername || opts.host || 'localhost';
      var cert = this.getPeerCertificate(true);
      err = check(hostname, cert) || null;
      if (err) {
        // v0.10 reports the message (v20 the code, ERR_TLS_CERT_ALTNAME_INVALID).
        this.authorized = false;
        this.authorizationError = err.message;
      }
    }
    if (err && opts.rejectUnauthorized !== false) {
      this.destroy(err);
      return;
    }
    this.emit('secureConnect');
  }
  var op = this._pendingOp;
  if (op) {
    this._pendingOp = null;
    if (op.final) this._final(op.cb);
    else this._write(op.chunk, op.encoding, op.cb);
  }
  endWithRaw(this);
};

TLSSocket.prototype._writeOut = function (chunks, cb) {
  var raw = this._parent;
  if (!raw || raw.destroyed || this._rawClosed) {
    if (cb) nextTick(cb);
    return;
  }
  var n = chunks.length;
  if (n === 0) {
    if (cb) nextTick(cb);
    return;
  }
  for (var i = 0; i < n - 1; i++) raw.write(chunks[i]);
  if (cb) raw.write(chunks[n - 1], function (e) { cb(e || null); });
  else raw.write(chunks[n - 1]);
};

TLSSocket.prototype._read = function () {
  if (this._conn && !this._reading) {
    this._reading = true;
    binding.readStart(this._conn);
  }
};

TLSSocket.prototype.write = Duplex.prototype.write;
TLSSocket.prototype.read = Duplex.prototype.read;
TLSSocket.prototype.pause = Duplex.prototype.pause;
TLSSocket.prototype.resume = Duplex.prototype.resume;
TLSSocket.prototype._writev = null;

TLSSocket.prototype._write = function (chunk, encoding, cb) {
  if (!this._secureEstablished) {
    this._pendingOp = { chunk: chunk, encoding: encoding, cb: cb };
    return;
  }
  if (!this._conn || this.destroyed) {
    cb(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  var out = binding.write(this._conn, chunk);
  if (out instanceof Error) {
    cb(out);
    return;
  }
  this._writeOut(out, cb);
};

TLSSocket.prototype._final = function (cb) {
  if (!this._secureEstablished) {
    this._pendingOp = { final: true, cb: cb };
    return;
  }
  if (this._conn && !this.destroyed) {
    var out = binding.shutdown(this._conn);
    if (!(out instanceof Error)) this._writeOut(out, null);
  }
  // Finish once the socket has handed everything to the kernel, so that
  // autoDestroy does not drop queued ciphertext.
  var raw = this._parent;
  if (raw && !raw.destroyed && !this._rawClosed && !raw.writableFinished) {
    var done = false;
    var fin = function () {
      if (done) return;
      done = true;
      raw.removeListener('finish', fin);
      raw.removeListener('close', fin);
      cb();
    };
    raw.on('finish', fin);
    raw.on('close', fin);
    if (!raw.writableEnded) raw.end();
  } else {
    cb();
  }
};

TLSSocket.prototype._destroy = function (err, cb) {
  if (this._handshakeTimer) {
    clearTimeout(this._handshakeTimer);
    this._handshakeTimer = null;
  }
  if (this._conn) binding.destroy(this._conn);
  var self = this;
  var raw = this._parent;
  cb(err);
  if (this._rawClosed || !raw) {
    nextTick(function () { self.emit('close', !!err); });
  } else {
    raw.once('close', function () { self.emit('close', !!err); });
    raw.destroy();
  }
};

TLSSocket.prototype.getPeerCertificate = function (detailed) {
  if (!this._conn) return null;
  if (this.destroyed && !this._secureEstablished) return null;
  return binding.peerCertificate(this._conn, !!detailed) || {};
};

TLSSocket.prototype.getCertificate = function () {
  if (!this._conn) return null;
  return binding.certificate(this._conn) || {};
};

TLSSocket.prototype.getCipher = function () {
  if (!this._conn) return undefined;
  return binding.cipher(this._conn);
};

TLSSocket.prototype.getProtocol = function () {
  if (!this._conn) return null;
  return binding.protocol(this._conn);
};

TLSSocket.prototype.isSessionReused = function () {
  return !!this._conn && binding.isSessionReused(this._conn);
};

// The Buffers getSession() returned, with their socket: with TLS 1.3 the
// server's ticket comes after 'secureConnect', so a session taken then
// stands for the socket's newest one when it is passed back (as v0.10
// code does).
var sessionSources = new WeakMap();

TLSSocket.prototype.getSession = function () {
  if (!this._conn || this._isServer) return undefined;
  var b = binding.getSession(this._conn) || Buffer.alloc(0);
  sessionSources.set(b, this);
  return b;
};

function sessionOption(session) {
  var src = session && sessionSources.get(session);
  return (src && src._conn && binding.getSession(src._conn)) || session;
}
TLSSocket.prototype.getTLSTicket = function () { return undefined; };
TLSSocket.prototype.getFinished = function () { return undefined; };
TLSSocket.prototype.getPeerFinished = function () { return undefined; };
TLSSocket.prototype.getEphemeralKeyInfo = function () { return this._isServer ? null : {}; };
TLSSocket.prototype.setMaxSendFragment = function () { return true; };
TLSSocket.prototype.setServername = function (name) {
  if (typeof name !== 'string') {
    var e = nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "name" argument must be of type string');
    throw e;
  }
  this._tlsOptions.servername = name;
};
TLSSocket.prototype.renegotiate = function (options, cb) {
  var err = nodeError(Error, 'ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket');
  if (typeof cb === 'function') nextTick(cb, err);
  return false;
};
TLSSocket.prototype.disableRenegotiation = function () {};
TLSSocket.prototype.enableTrace = function () {};

// Socket-level calls go to the wrapped socket.
TLSSocket.prototype.setTimeout = function (ms, cb) {
  this._parent.setTimeout(ms);
  if (cb) {
    if (ms === 0) this.removeListener('timeout', cb);
    else this.once('timeout', cb);
  }
  return this;
};
TLSSocket.prototype.setNoDelay = function (v) { this._parent.setNoDelay(v); return this; };
TLSSocket.prototype.setKeepAlive = function (a, b) { this._parent.setKeepAlive(a, b); return this; };
TLSSocket.prototype.address = function () { return this._parent.address(); };
TLSSocket.prototype.ref = function () {
  this._parent.ref();
  if (this._conn) binding.ref(this._conn, true);
  return this;
};
TLSSocket.prototype.unref = function () {
  this._parent.unref();
  if (this._conn) binding.ref(this._conn, false);
  return this;
};
TLSSocket.prototype.connect = function () {
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The connect() method is not implemented for TLSSocket: use tls.connect()');
};
TLSSocket.prototype._getpeername = function () { return this._parent._getpeername(); };
TLSSocket.prototype._getsockname = function () { return this._parent._getsockname(); };

function delegate(name) {
  Object.defineProperty(TLSSocket.prototype, name, {
    configurable: true, enumerable: false,
    get: function () { return this._parent[name]; },
  });
}
['remoteAddress', 'remotePort', 'remoteFamily', 'localAddress', 'localPort', 'localFamily',
  'bytesWritten', 'bufferSize', 'timeout'].forEach(delegate);
Object.defineProperty(TLSSocket.prototype, 'bytesRead', {
  configurable: true, enumerable: false,
  get: function () { return this._parent ? this._parent.bytesRead : 0; },
  set: function () {},
});
// v0.10's cleartext stream named the socket it was layered on .socket.
Object.defineProperty(TLSSocket.prototype, 'socket', {
  configurable: true, enumerable: false,
  get: function () { return this._parent; },
  set: function (v) { Object.defineProperty(this, 'socket', { value: v, writable: true, configurable: true, enumerable: true }); },
});
Object.defineProperty(TLSSocket.prototype, 'pending', {
  configurable: true, enumerable: false,
  get: function () { return !this._parent || this._parent.pending; },
});

// ---- checkServerIdentity --------------------------------------------------

function labels(name) {
  name = String(name).toLowerCase();
  if (name.charAt(name.length - 1) === '.') name = name.slice(0, -1);
  return name.split('.');
}

// matchName: does a certificate name (possibly with one '*' in its first
// label, RFC 6125 §6.4.3) match the host's labels?
function matchName(host, pattern) {
  if (!pattern) return false;
  var p = labels(pattern);
  if (p.length !== host.length) return false;
  for (var i = 0; i < p.length; i++) {
    if (p[i] === '' || /[^\x21-\x7f]/.test(p[i])) return false;
  }
  for (var k = 1; k < p.length; k++) if (p[k] !== host[k]) return false;
  var first = p[0];
  var star = first.indexOf('*');
  if (star < 0 || first.indexOf('xn--') >= 0) return first === host[0];
  if (first.indexOf('*', star + 1) >= 0 || p.length < 3) return false;
  var pre = first.slice(0, star), post = first.slice(star + 1);
  var h = host[0];
  return h.length >= pre.length + post.length && h.slice(0, pre.length) === pre && h.slice(h.length - post.length) === post;
}

function canonIP(ip) {
  if (net.isIPv6(ip)) {
    var parts = ip.split('::');
    var head = parts[0] ? parts[0].split(':') : [];
    var tail = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
    var fill = [];
    for (var i = head.length + tail.length; i < 8; i++) fill.push('0');
    return head.concat(parts.length > 1 ? fill : [], tail).map(function (x) { return parseInt(x, 16).toString(16); }).join(':');
  }
  return ip;
}

function checkServerIdentity(hostname, cert) {
  var subject = cert && cert.subject;
  var altNames = cert && cert.subjectaltname;
  var dns = [], ips = [];
  hostname = String(hostname);
  if (altNames) {
    altNames.split(', ').forEach(function (n) {
      if (n.indexOf('DNS:') === 0) dns.push(n.slice(4));
      else if (n.indexOf('IP Address:') === 0) ips.push(canonIP(n.slice(11)));
    });
  }
  var ok = false, reason;
  if (net.isIP(hostname)) {
    ok = ips.indexOf(canonIP(hostname)) >= 0;
    if (!ok) reason = 'IP: ' + hostname + " is not in the cert's list: " + ips.join(', ');
  } else if (dns.length > 0 || (subject && subject.CN)) {
    var host = labels(hostname);
    if (dns.length > 0) {
      ok = dns.some(function (d) { return matchName(host, d); });
      if (!ok) reason = 'Host: ' + hostname + ". is not in the cert's altnames: " + altNames;
    } else {
      var cn = subject.CN;
      ok = Array.isArray(cn) ? cn.some(function (c) { return matchName(host, c); }) : matchName(host, cn);
      if (!ok) reason = 'Host: ' + hostname + ". is not cert's CN: " + cn;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (ok) return undefined;
  // v0.10's wording ("doesn't"; v20 says "does not"), which its tests match.
  var err = nodeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP doesn't match certificate's altnames: " + reason);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// ---- Server ---------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  }
  options = Object.assign({}, options);
  net.Server.call(this, { allowHalfOpen: true, pauseOnConnect: !!options.pauseOnConnect });
  initServer(this, options, listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// initServer makes `server` (a net.Server) accept TLS: its raw
// 'connection's are wrapped, and wrapped sockets that finish the handshake
// are emitted as 'secureConnection'.
function initServer(server, options, listener) {
  server._tlsOptions = options;
  server._tlsAllowHalfOpen = !!options.allowHalfOpen;
  server.requestCert = !!options.requestCert;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  server._SNICallback = typeof options.SNICallback === 'function' ? options.SNICallback : null;
  server._contexts = [];
  server.ALPNProtocols = alpnList(options.ALPNProtocols);
  server._sharedCreds = options.secureContext || createSecureContext(options);
  storeContextOptions(server, options);
  if (listener) server.on('secureConnection', listener);
  server.on('connection', tlsConnectionListener);
}

function tlsConnectionListener(raw) {
  var server = this;
  var sock = new TLSSocket(raw, {
    isServer: true,
    server: server,
    secureContext: server._sharedCreds,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
    ALPNProtocols: server.ALPNProtocols,
    allowHalfOpen: server._tlsAllowHalfOpen,
    handshakeTimeout: server._tlsOptions.handshakeTimeout,
  });
  sock.on('secure', function () { server.emit('secureConnection', sock); });
}

Server.prototype.addContext = function (servername, context) {
  if (!servername) throw nodeError(TypeError, 'ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext');
  var re = new RegExp('^' + String(servername).replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$', 'i');
  this._contexts.push([re, context && context.context ? context : createSecureContext(context)]);
};

Server.prototype.setSecureContext = function (options) {
  this._sharedCreds = createSecureContext(options);
  storeContextOptions(this, options);
};

// storeContextOptions keeps the credentials and settings a server was given
// as its own properties (v0.10's Server.setOptions; Node 20's
// setSecureContext): tests read server.cert to trust a self-signed server.
function storeContextOptions(server, options) {
  ['pfx', 'key', 'passphrase', 'cert', 'ca', 'crl', 'ciphers', 'secureProtocol',
    'honorCipherOrder', 'sessionIdContext'].forEach(function (name) {
    if (options[name] !== undefined) server[name] = options[name];
  });
}

Server.prototype.getTicketKeys = function () { return Buffer.alloc(48); };
Server.prototype.setTicketKeys = function () {};

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- connect --------------------------------------------------------------

function normalizeConnectArgs(args) {
  var options = {}, cb;
  var i = 0;
  if (args[0] !== null && typeof args[0] === 'object') {
    options = Object.assign({}, args[0]);
    i = 1;
  } else {
    if (args[0] !== undefined && typeof args[0] !== 'function') {
      if (typeof args[0] === 'string' && isNaN(+args[0])) options.path = args[0];
      else options.port = args[0];
      i = 1;
    }
    if (typeof args[i] === 'string') options.host = args[i++];
    if (args[i] !== null && typeof args[i] === 'object') options = Object.assign({}, args[i++], options);
  }
  if (typeof args[args.length - 1] === 'function') cb = args[args.length - 1];
  return [options, cb];
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var norm = normalizeConnectArgs(args);
  var options = norm[0], cb = norm[1];
  if (options.rejectUnauthorized === undefined) options.rejectUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
  var host = options.host;
  // As in Node, SNI is sent only for an explicit servername (https.Agent
  // sets it from the host).
  var servername = options.servername;
  // The context first: bad key options throw before a socket is opened.
  var secureContext = options.secureContext || createSecureContext(options);
  var raw = options.socket;
  if (!raw) {
    var netOpts = Object.assign({}, options);
    delete netOpts.allowHalfOpen;
    delete netOpts.timeout;
    raw = net.connect(netOpts);
  }
  var sock = new TLSSocket(raw, {
    isServer: false,
    secureContext: secureContext,
    key: options.key, cert: options.cert, ca: options.ca, passphrase: options.passphrase, pfx: options.pfx,
    ciphers: options.ciphers, minVersion: options.minVersion, maxVersion: options.maxVersion,
    servername: servername,
    session: options.session,
    host: host,
    rejectUnauthorized: options.rejectUnauthorized,
    checkServerIdentity: options.checkServerIdentity,
    ALPNProtocols: options.ALPNProtocols,
    allowHalfOpen: options.allowHalfOpen,
  });
  sock._host = host || 'localhost';
  if (options.timeout) sock.setTimeout(options.timeout);
  if (cb) sock.once('secureConnect', cb);
  return sock;
}

// ---- SecurePair (v0.10's tls.createSecurePair) ---------------------------

// SecurePair: a TLSSocket `cleartext` whose ciphertext goes through the
// Duplex `encrypted` (written from, and read to, the network by the
// caller) instead of a socket. 'secure' once the handshake is done.
function SecurePair(context, isServer, requestCert, rejectUnauthorized, options) {
  if (!(this instanceof SecurePair)) return new SecurePair(context, isServer, requestCert, rejectUnauthorized, options);
  EventEmitter.call(this);
  options = options || {};
  var inner, outer;
  // inner is the TLSSocket's socket; what one side writes the other reads.
  inner = new Duplex({
    read: function () {},
    write: function (chunk, enc, cb) { outer.push(chunk); cb(); },
    final: function (cb) { outer.push(null); cb(); },
  });
  outer = new Duplex({
    read: function () {},
    write: function (chunk, enc, cb) { inner.push(chunk); cb(); },
    final: function (cb) { inner.push(null); cb(); },
  });
  this.server = options.server;
  this.encrypted = outer;
  this.cleartext = new TLSSocket(inner, {
    isServer: !!isServer,
    secureContext: context instanceof SecureContext ? context : createSecureContext(context || {}),
    requestCert: !!requestCert,
    rejectUnauthorized: !!rejectUnauthorized,
    server: options.server,
    servername: options.servername,
  });
  var self = this;
  this.cleartext.once(isServer ? 'secure' : 'secureConnect', function () { self.emit('secure'); });
  this.cleartext.on('error', function (err) {
    if (self.listenerCount('error') > 0) self.emit('error', err);
  });
}
Object.setPrototypeOf(SecurePair.prototype, EventEmitter.prototype);
Object.setPrototypeOf(SecurePair, EventEmitter);

SecurePair.prototype.destroy = function () {
  this.cleartext.destroy();
  this.encrypted.destroy();
};

function createSecurePair(context, isServer, requestCert, rejectUnauthorized, options) {
  return new SecurePair(context, isServer, requestCert, rejectUnauthorized, options);
}

function getCiphers() {
  return binding.getCiphers();
}

exports.CLIENT_RENEG_LIMIT = 3;
exports.CLIENT_RENEG_WINDOW = 600;
exports.SLAB_BUFFER_SIZE = 10 * 1024 * 1024;
exports.DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
exports.DEFAULT_ECDH_CURVE = 'auto';
exports.DEFAULT_MIN_VERSION = 'TLSv1.2';
exports.DEFAULT_MAX_VERSION = 'TLSv1.3';
exports.getCiphers = getCiphers;
exports.createSecureContext = createSecureContext;
exports.SecureContext = SecureContext;
exports.checkServerIdentity = checkServerIdentity;
exports.TLSSocket = TLSSocket;
exports.CleartextStream = TLSSocket;
exports.Server = Server;
exports.createServer = createServer;
exports.SecurePair = SecurePair;
exports.createSecurePair = createSecurePair;
exports.connect = connect;
exports._initServer = initServer;
