'use strict';
// net: Socket (a stream.Duplex over a socket of the Go binding) and Server
// (an EventEmitter over a listening socket). The binding identifies sockets
// by number; see net.go for the callbacks it makes.

var EventEmitter = require('events');
var stream = require('stream');
var Duplex = stream.Duplex;
var onwriteOf = stream.Writable.WritableState.onwriteOf;
var Buffer = require('buffer').Buffer;
var timers = require('timers');

var nextTick = process.nextTick;

function nodeError(Ctor, code, message) {
  var e = new Ctor(message);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return e;
}

function invalidArgType(name, expected, v) {
  var received;
  if (v == null) received = String(v);
  else if (typeof v === 'function') received = 'function ' + (v.name || '');
  else if (typeof v === 'object') received = 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  else {
    var s = typeof v === 'string' ? "'" + (v.length > 25 ? v.slice(0, 25) + '...' : v) + "'" : String(v);
    received = 'type ' + typeof v + ' (' + s + ')';
  }
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" ' + (name.indexOf('.') >= 0 ? 'property' : 'argument') + ' must be ' + expected + '. Received ' + received);
}

function receivedOf(v) {
  if (typeof v === 'string') return "type string ('" + v + "')";
  if (typeof v === 'number') return 'type number (' + v + ')';
  if (v == null) return String(v);
  if (typeof v === 'object') return 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object');
  return 'type ' + typeof v + ' (' + String(v) + ')';
}

function badPort(name, port) {
  return nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
    name + ' should be >= 0 and < 65536. Received ' + receivedOf(port) + '.');
}

// validPort accepts what Node does: numbers and numeric strings in range.
function validatePort(port, name, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && allowZero === false)) {
    throw badPort(name || 'Port', port);
  }
  return port | 0;
}

function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

function isIP(s) { return binding.isIP(s); }
function isIPv4(s) { return binding.isIP(s) === 4; }
function isIPv6(s) { return binding.isIP(s) === 6; }

// ---- callbacks from Go ----------------------------------------------------

function onread(self, chunk) {
  if (chunk === null) {
    self._reading = false;
    self.push(null);
    // As Node does: a read(0) lets 'end' come even when nobody reads.
    self.read(0);
    return;
  }
  if (chunk instanceof Error) {
    self._reading = false;
    self.destroy(chunk);
    return;
  }
  if (self._timeoutMs) self._touch();
  var state = self._readableState;
  // Fast path: a flowing socket with nothing buffered hands the chunk to
  // its 'data' listeners at once, as push() would, without scheduling a
  // read-more tick (the binding keeps reading by itself).
  if (state.flowing && state.length === 0 && !state.sync && state.decoder === null &&
      !state.ended && !state.destroyed && state.errored === null && state.awaitDrainWriters === null &&
      !state.multiAwaitDrain && self.listenerCount('data') > 0) {
    state.reading = false;
    state.dataEmitted = true;
    self.emit('data', chunk);
    return;
  }
  if (!self.push(chunk) && self._reading && self._id) {
    self._reading = false;
    binding.readStop(self._id);
  }
}

function onconnect(self, err) {
  if (self.destroyed) return;
  if (err) {
    if (self._tryNext && self._tryNext.length && (err.code === 'ECONNREFUSED' || err.code === 'EADDRNOTAVAIL' || err.code === 'ENETUNREACH' || err.code === 'EHOSTUNREACH')) {
      var next = self._tryNext.shift();
      binding.close(self._id);
      self._id = 0;
      startConnect(self, next[0], next[1], self._connectOpts);
      return;
    }
    self.connecting = false;
    self.destroy(err);
    return;
  }
  self.connecting = false;
  self._tryNext = null;
  self._touch();
  self.emit('connect');
  self.emit('ready');
  if (self._wantRead) {
    self._wantRead = false;
    self._read();
  } else if (self.readable && !self.isPaused()) {
    self.read(0);
  }
}

function onconnection(server, id, err) {
  if (err) { server.emit('error', err); return; }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    binding.close(id);
    server.emit('drop', undefined);
    return;
  }
  var sock = new Socket({ handle: id, allowHalfOpen: server.allowHalfOpen, pauseOnConnect: server.pauseOnConnect, readable: true, writable: true });
  server._connections++;
  sock.server = server;
  server.emit('connection', sock);
  // v0.10 differs: the accepted socket then emits 'connect' (Node 20 does
  // not).
  if (!sock.destroyed) sock.emit('connect');
}

function onwritedone(self, err) {
  var cb = self._writeCb;
  self._writeCb = null;
  if (self._timeoutMs) self._touch();
  if (cb) cb(err || undefined);
}

binding.setup(onread, onconnect, onconnection, onwritedone);

// ---- Socket ---------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  options = Object.assign({}, options);
  var readable = options.readable !== false;
  options.allowHalfOpen = !!options.allowHalfOpen;
  // Every Socket's states say decodeStrings and emitClose false: their
  // prototypes do (socketStates), so the options must not.
  options.decodeStrings = undefined;
  options.emitClose = undefined;
  options.autoDestroy = true;
  var handle = options.handle;
  delete options.handle;
  if (options.fd !== undefined) {
    // As Node: the socket takes the descriptor (a connected stream socket
    // or a pipe) over.
    var fd = options.fd;
    if (typeof fd !== 'number') throw invalidArgType('fd', 'of type number', fd);
    if (fd !== Math.floor(fd)) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "fd" is out of range. It must be an integer. Received ' + fd);
    }
    if (fd < 0 || fd > 0x7fffffff) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ' + fd);
    }
    handle = binding.openFd(this, fd);
  }
  Duplex.call(this, options);
  Object.setPrototypeOf(this._readableState, socketStates.readable);
  Object.setPrototypeOf(this._writableState, socketStates.writable);
  if (typeof handle === 'number') {
    this._id = handle;
    binding.adopt(handle, this);
    if (options.pauseOnConnect) {
      this._readableState.flowing = false;
    } else if (readable) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// A Socket's fields start as these defaults, on the prototype: an idle
// accepted socket then costs only the few it changes (issue #5: memory
// per idle connection).
(function (p) {
  p.connecting = false;
  p._hadError = false;
  p._id = 0;
  p._host = null;
  p._serverReleased = false;
  p.server = null;
  p._writeCb = null;
  p._pendingWrite = null;
  p._reading = false;
  p._timeoutMs = 0;
  p._timer = null;
  p._lastActive = 0;
  p._peer = null;
  p._sock = null;
  p._bytesWritten = 0;
  p._unref = false;
  p._bytesRead = 0; // bytesRead once closed (the binding counts until then)
  p.allowHalfOpen = false;
  // _handle ({id}, or null once closed) is made when first asked for.
  Object.defineProperty(p, '_handle', {
    configurable: true,
    get: function () {
      var h = this._id ? { id: this._id } : null;
      // cached on instances only (not on a subclass's prototype)
      if (Object.prototype.hasOwnProperty.call(this, '_readableState')) ownHandle(this, h);
      return h;
    },
    set: function (h) { ownHandle(this, h); },
  });
})(Socket.prototype);

function ownHandle(self, h) {
  Object.defineProperty(self, '_handle', { value: h, writable: true, enumerable: true, configurable: true });
}

// socketStates are the prototypes of a Socket's stream states: those of
// stream's states, with what every Socket changes (it writes strings as
// they are, and emits 'close' itself).
var socketStates = {
  readable: Object.create(stream.Readable.ReadableState.prototype, {
    emitClose: { value: false, writable: true, enumerable: true, configurable: true },
  }),
  writable: Object.create(stream.Writable.WritableState.prototype, {
    decodeStrings: { value: false, writable: true, enumerable: true, configurable: true },
    emitClose: { value: false, writable: true, enumerable: true, configurable: true },
  }),
};

// writeAfterFIN: with allowHalfOpen false, stream.Duplex ends the writable
// side after 'end'; a write after that says why (as Node does).
function writeAfterFIN(self, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  var er = nodeError(Error, 'EPIPE', 'This socket has been ended by the other party');
  if (typeof cb === 'function') nextTick(cb, er);
  self.destroy(er);
  return false;
}

// _touch records activity; after a 'timeout' the timer is armed again by
// the next activity only, so an idle socket times out once, as in Node.
Socket.prototype._touch = function () {
  if (!this._timeoutMs) return;
  this._lastActive = Date.now();
  if (!this._timer && !this.destroyed) this._armTimer(this._timeoutMs);
};

Socket.prototype._read = function (n) {
  if (this.connecting || !this._id) {
    this._wantRead = true;
    return;
  }
  if (!this._reading) {
    this._reading = true;
    binding.readStart(this._id);
  }
};

// pause stops reading the descriptor (v0.10's behaviour), so a paused
// socket buffers nothing more and TCP pushes back on the peer. The read
// that the stream asked for is abandoned: the next read() asks again.
Socket.prototype.pause = function () {
  if (this._id && this._reading && !this.connecting) {
    this._reading = false;
    this._readableState.reading = false;
    binding.readStop(this._id);
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function (n) {
  return Duplex.prototype.read.call(this, n);
};

function writeGeneric(self, writev, data, encoding, cb) {
  if (self.connecting) {
    // As Node, the write waits as a 'connect' listener of its own, so it
    // goes out in turn with the listeners registered before it.
    self._pendingWrite = { fn: writev ? self._writev : self._write, args: writev ? [data, cb] : [data, encoding, cb] };
    self.once('connect', flushPendingWrite);
    return;
  }
  if (!self._id) {
    cb(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  if (self._timeoutMs) self._touch();
  var r = writev ? binding.writev(self._id, data) : binding.write(self._id, data, encoding);
  if (r === 0) cb();
  else if (r === 1) self._writeCb = cb;
  else cb(r);
}

function flushPendingWrite() {
  var pw = this._pendingWrite;
  if (!pw) return;
  this._pendingWrite = null;
  pw.fn.apply(this, pw.args);
}

// Socket.prototype.write is native (fast.go): when the socket is
// connected, nothing is queued or in flight, it is not corked or ending,
// the bytes go to the kernel at once, with the stream's bookkeeping done
// as writeOrBuffer and onwrite would (writeQueued, writeFailed). Anything
// else comes to writeSlow.
var socketWrite = binding.socketWrite;
// (as Node's, an anonymous function of three parameters)
Object.defineProperty(socketWrite, 'name', { value: '', configurable: true });
Object.defineProperty(socketWrite, 'length', { value: 3, configurable: true });
Socket.prototype.write = socketWrite;

function writeSlow(chunk, encoding, cb) {
  var state = this._writableState;
  if (state.ending && !this.allowHalfOpen && this._readableState.endEmitted) return writeAfterFIN(this, encoding, cb);
  var ret = Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (this.connecting && ret) {
    // Queued in memory until the connection is up: v0.10 says false (and
    // 'drain' follows once it went out).
    // v0.10 differs: Node 20 returns true below the high-water mark.
    state.needDrain = true;
    return false;
  }
  return ret;
}

// writeQueued: the kernel did not take all of a fast-path write; the rest
// waits in the binding, and the stream counts it as one write in flight.
function writeQueued(self, state, cb) {
  var len = binding.writeQueueSize(self._id);
  state.pendingcb++;
  state.length += len;
  state.writelen = len;
  state.writecb = cb || nop;
  state.writing = true;
  state.sync = false;
  self._writeCb = onwriteOf(self, state);
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  return ret;
}

function writeFailed(self, err, cb) {
  if (cb) nextTick(cb, err);
  self.destroy(err);
  return false;
}

binding.setupFast(EventEmitter.prototype.emit, Uint8Array.prototype, nextTick, writeSlow, writeQueued, writeFailed);

function nop() {}

// _writeQueued(cb) is writeQueued for a write that other Go code made
// through the binding for this socket (http's server writes its responses
// so) and that the kernel did not take whole.
Socket.prototype._writeQueued = function (cb) {
  return writeQueued(this, this._writableState, cb);
};

function chunkBytes(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

Socket.prototype._write = function (data, encoding, cb) {
  writeGeneric(this, false, data, encoding, cb);
};

Socket.prototype._writev = function (chunks, cb) {
  writeGeneric(this, true, chunks, null, cb);
};

Socket.prototype._final = function (cb) {
  if (this.connecting) {
    var self = this;
    this.once('connect', function () { self._final(cb); });
    return;
  }
  if (!this._id) return cb();
  var err = binding.shutdown(this._id, function (e) { cb(e); });
  if (err) cb(err);
};

Socket.prototype._destroy = function (err, cb) {
  this.connecting = false;
  this._clearTimer();
  var self = this;
  if (this._id) {
    this._bytesWritten = binding.bytesWritten(this._id);
    this._bytesRead = binding.bytesRead(this._id);
    this._cacheAddrs();
    binding.close(this._id, function () { self.emit('close', !!err); });
    this._id = 0;
    this._handle = null;
    cb(err);
  } else {
    cb(err);
    nextTick(function () { self.emit('close', !!err); });
  }
  // The server's count drops once, for socket.server (as v0.10): the
  // server that accepted the socket, or one a caller assigned.
  var server = this.server;
  if (server && !this._serverReleased && server instanceof Server) {
    this._serverReleased = true;
    server._connections--;
    server._emitCloseIfDrained();
  }
};

Socket.prototype._cacheAddrs = function () {
  if (!this._id) return;
  if (!this._peer) this._peer = binding.peername(this._id);
  if (!this._sock) this._sock = binding.sockname(this._id);
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.end = function (data, encoding, cb) {
  Duplex.prototype.end.call(this, data, encoding, cb);
  return this;
};

Socket.prototype.resetAndDestroy = function () {
  this.destroy();
  return this;
};

Socket.prototype.setTimeout = function (ms, cb) {
  if (typeof ms !== 'number') throw invalidArgType('msecs', 'of type number', ms);
  if (ms < 0 || !isFinite(ms)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "msecs" is out of range. It must be a non-negative finite number. Received ' + ms);
  }
  if (cb !== undefined && typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
  this._clearTimer();
  this._timeoutMs = ms;
  // the binding reports the activity it sees (reads, writes) to _touch
  // while there is a timeout (it takes _timeoutMs over with the socket)
  if (this._id) binding.setIdle(this._id, ms > 0);
  if (ms === 0) {
    if (cb) this.removeListener('timeout', cb);
    return this;
  }
  if (cb) this.once('timeout', cb);
  this._lastActive = Date.now();
  this._armTimer(ms);
  return this;
};

Object.defineProperty(Socket.prototype, 'timeout', {
  configurable: true, enumerable: false,
  get: function () { return this._timeoutMs || undefined; },
});

Socket.prototype._clearTimer = function () {
  if (this._timer) {
    timers.clearTimeout(this._timer);
    this._timer = null;
  }
};

// _armTimer starts the idle timer: one shared callback, the socket its
// argument (no closure per socket).
Socket.prototype._armTimer = function (ms) {
  this._timer = timers.setTimeout(onSocketTimer, ms, this);
  if (this._timer.unref) this._timer.unref();
};

function onSocketTimer(self) { self._onTimer(); }

Socket.prototype._onTimer = function () {
  this._timer = null;
  var ms = this._timeoutMs;
  if (!ms || this.destroyed) return;
  var idle = Date.now() - this._lastActive;
  if (idle < ms) {
    this._armTimer(ms - idle);
    return;
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function (enable) {
  if (!this._id) {
    var self = this;
    this.once('connect', function () { self.setNoDelay(enable); });
    return this;
  }
  binding.setNoDelay(this._id, enable === undefined ? true : !!enable);
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  if (!this._id) {
    var self = this;
    this.once('connect', function () { self.setKeepAlive(enable, initialDelay); });
    return this;
  }
  binding.setKeepAlive(this._id, !!enable, ~~((initialDelay || 0) / 1000));
  return this;
};

Socket.prototype.address = function () {
  if (this._id) return binding.sockname(this._id) || {};
  return this._sock || {};
};

Socket.prototype._getpeername = function () {
  if (this._peer) return this._peer;
  if (!this._id || this.connecting) return {};
  var p = binding.peername(this._id);
  if (p) this._peer = p;
  return p || {};
};

Socket.prototype._getsockname = function () {
  if (!this._id) return this._sock || {};
  if (!this._sock) this._sock = binding.sockname(this._id);
  return this._sock || {};
};

function getter(name, fn) {
  Object.defineProperty(Socket.prototype, name, { configurable: true, enumerable: false, get: fn });
}
getter('remoteAddress', function () { return this._getpeername().address; });
getter('remotePort', function () { return this._getpeername().port; });
getter('remoteFamily', function () { return this._getpeername().family; });
getter('localAddress', function () { return this._getsockname().address; });
getter('localPort', function () { return this._getsockname().port; });
getter('localFamily', function () { return this._getsockname().family; });
getter('bufferSize', function () {
  // what waits to be written, also while the socket is still connecting
  if (this._id) return this.writableLength + binding.writeQueueSize(this._id);
  return this.connecting ? this.writableLength : undefined;
});
Object.defineProperty(Socket.prototype, 'bytesRead', {
  configurable: true, enumerable: false,
  get: function () { return this._id ? binding.bytesRead(this._id) : this._bytesRead; },
  // v0.10's bytesRead was a plain property: what is assigned stays
  set: function (n) {
    Object.defineProperty(this, 'bytesRead', { value: n, writable: true, enumerable: true, configurable: true });
  },
});
getter('bytesWritten', function () {
  // Bytes the kernel took, plus what is still queued in Go, waiting for the
  // connection, or buffered by the stream (as Node counts).
  var n = this._id ? binding.bytesWritten(this._id) + binding.writeQueueSize(this._id) : this._bytesWritten;
  var pw = this._pendingWrite;
  if (pw) {
    if (pw.args.length === 2) {
      for (var i = 0; i < pw.args[0].length; i++) n += chunkBytes(pw.args[0][i].chunk, pw.args[0][i].encoding);
    } else {
      n += chunkBytes(pw.args[0], pw.args[1]);
    }
  }
  var w = this._writableState;
  if (w) {
    for (var j = w.bufferedIndex; j < w.buffered.length; j++) n += chunkBytes(w.buffered[j].chunk, w.buffered[j].encoding);
  }
  return n;
});
getter('pending', function () { return !this._id || this.connecting; });
getter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
getter('_connecting', function () { return this.connecting; });

Socket.prototype.ref = function () {
  this._unref = false;
  if (this._id) binding.ref(this._id);
  return this;
};

Socket.prototype.unref = function () {
  this._unref = true;
  if (this._id) binding.unref(this._id);
  return this;
};

// normalizeConnectArgs: (options[, cb]), (port[, host][, cb]), (path[, cb]).
function normalizeArgs(args) {
  var options = {};
  var cb = null;
  if (args.length === 0) return [options, null];
  var a0 = args[0];
  if (a0 !== null && typeof a0 === 'object') {
    options = a0;
  } else if (isPipeName(a0)) {
    options.path = a0;
  } else {
    options.port = a0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  if (typeof args[args.length - 1] === 'function') cb = args[args.length - 1];
  return [options, cb];
}

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var norm = Array.isArray(args[0]) && args.length === 1 ? args[0] : normalizeArgs(args);
  var options = norm[0], cb = norm[1];
  if (this.destroyed) {
    // connecting again: both sides start over
    var r = this._readableState, w = this._writableState;
    r.reading = r.ended = r.endEmitted = r.destroyed = r.closed = r.closeEmitted = r.errorEmitted = false;
    r.errored = null;
    w.ended = w.ending = w.finished = w.destroyed = w.closed = w.closeEmitted = w.errorEmitted = false;
    w.finalCalled = w.prefinished = w.needDrain = false;
    w.errored = null;
    this._serverReleased = false;
    this._bytesRead = 0;
    this._bytesWritten = 0;
  }
  if (cb) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  this.connecting = true;
  this._peer = null;
  this._sock = null;
  var self = this;
  if (options.path !== undefined && options.path !== null) {
    if (typeof options.path !== 'string') throw invalidArgType('options.path', 'of type string', options.path);
    this._connectOpts = options;
    this._id = binding.pipeConnect(this, options.path);
    this._handle = { id: this._id };
    if (this._unref) binding.unref(this._id);
    return this;
  }
  var port = options.port;
  var host = options.host === undefined || options.host === null ? 'localhost' : options.host;
  if (typeof host !== 'string') throw invalidArgType('options.host', 'of type string', host);
  if (port === undefined) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  if (typeof port !== 'number' && typeof port !== 'string') throw invalidArgType('options.port', 'of type number or string', port);
  port = validatePort(port, 'Port');
  if (options.localPort !== undefined) validatePort(options.localPort, 'options.localPort');
  if (options.localAddress !== undefined && !isIP(options.localAddress)) {
    throw nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + options.localAddress);
  }
  this._connectOpts = options;
  this._host = host;
  var family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
  var ipf = isIP(host);
  if (ipf) {
    // v0.10 differs: an IP address too makes a 'lookup' event (Node 20
    // skips it).
    nextTick(emitLookup, this, host, ipf);
    startConnect(this, host, port, options);
    return this;
  }
  var lookup = typeof options.lookup === 'function' ? options.lookup : null;
  var done = function (err, list) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      self.connecting = false;
      self.destroy(err);
      return;
    }
    self.emit('lookup', null, list[0], list[1], host);
    if (!self.connecting) return;
    var rest = [];
    for (var i = 2; i < list.length; i += 2) rest.push([list[i], port]);
    self._tryNext = rest;
    startConnect(self, list[0], port, options);
  };
  if (lookup) {
    lookup(host, { family: family }, function (err, address, fam) {
      if (err) return done(err);
      done(null, [address, fam]);
    });
  } else {
    this._lookupPending = true;
    binding.lookup(host, family, done);
  }
  return this;
};

function emitLookup(self, ip, family) {
  if (self.connecting && !self.destroyed) self.emit('lookup', null, ip, family, ip);
}

function startConnect(self, ip, port, options) {
  self._id = binding.tcpConnect(self, ip, port, options.localAddress, options.localPort | 0);
  self._handle = { id: self._id };
  if (self._unref) binding.unref(self._id);
}

// ---- Server ---------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = Object.assign({}, options);
  } else {
    throw invalidArgType('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._id = 0;
  this._handle = null;
  this._pipe = null;
  this._unref = false;
  this._closing = false;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true, enumerable: true,
  get: function () { return !!this._id; },
});

Object.defineProperty(Server.prototype, 'connections', {
  configurable: true, enumerable: false,
  get: function () { return this._connections; },
  set: function (v) { this._connections = v; },
});

Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  if (this._id) throw nodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  var a0 = args[0];
  var options;
  if (a0 !== null && typeof a0 === 'object') {
    // listen(handle): another Server's or Socket's handle (or the object
    // itself), or an object with an fd, as Node takes them.
    var h = a0._handle || a0.handle || a0;
    if (h !== null && typeof h === 'object' && (typeof h.id === 'number' || (typeof h.fd === 'number' && h.fd >= 0))) {
      this._listenHandle(h, typeof args[1] === 'number' ? args[1] : a0.backlog | 0);
      return this;
    }
    options = a0;
  } else if (args.length === 0 || a0 === undefined || a0 === null || typeof a0 === 'number' || (typeof a0 === 'string' && !isPipeName(a0))) {
    options = { port: a0 === undefined || a0 === null ? 0 : a0 };
    if (typeof args[1] === 'string') {
      options.host = args[1];
      if (typeof args[2] === 'number') options.backlog = args[2];
    } else if (typeof args[1] === 'number') {
      options.backlog = args[1];
    }
  } else if (typeof a0 === 'string') {
    options = { path: a0, backlog: typeof args[1] === 'number' ? args[1] : undefined };
  } else {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'options' is invalid. Received " + String(a0));
  }
  var backlog = options.backlog | 0;
  if (options.path !== undefined && options.path !== null) {
    this._listenPipe(String(options.path), backlog);
    return this;
  }
  var port = options.port === undefined || options.port === null ? 0 : options.port;
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'options' is invalid. Received " + String(options));
  }
  port = validatePort(port, 'options.port');
  var host = options.host;
  var self = this;
  if (host === undefined || host === null || host === '') {
    this._listenTCP('', port, backlog, !!options.ipv6Only, !!options.exclusive);
  } else if (isIP(host)) {
    this._listenTCP(host, port, backlog, !!options.ipv6Only, !!options.exclusive);
  } else {
    binding.lookup(host, 0, function (err, list) {
      if (err) { self.emit('error', err); return; }
      self._listenTCP(list[0], port, backlog, !!options.ipv6Only, !!options.exclusive);
    });
  }
  return this;
};

// In a cluster worker, a listen that is not exclusive shares one listening
// socket with the primary's other workers (see sock.go): connections come
// to the workers in turn. The primary hears of it as 'listening'.
Server.prototype._listenTCP = function (host, port, backlog, ipv6Only, exclusive) {
  var id;
  var cluster = exclusive ? null : clusterWorker();
  try {
    id = binding.tcpListen(this, host, port, backlog, ipv6Only, !!cluster);
  } catch (e) {
    nextTick(emitError, this, e);
    return;
  }
  this._started(id);
  if (cluster) {
    var addr = binding.sockname(id);
    this._cluster = {
      address: host === '' ? null : host,
      port: addr ? addr.port : port,
      addressType: host !== '' && isIPv6(host) ? 6 : 4
    };
    cluster._addServer(this);
  }
};

// clusterWorker returns the cluster module when this isolate is a cluster
// worker (child_process loads it at a worker's start), else null.
function clusterWorker() {
  var cluster = require('cluster');
  return cluster.isWorker && typeof cluster._addServer === 'function' ? cluster : null;
}

Server.prototype._listenPipe = function (path, backlog) {
  var id;
  try {
    id = binding.pipeListen(this, path, backlog);
  } catch (e) {
    nextTick(emitError, this, e);
    return;
  }
  this._pipe = path;
  this._started(id);
};

Server.prototype._listenHandle = function (h, backlog) {
  var r;
  try {
    r = typeof h.id === 'number' ? binding.listenHandle(this, h.id, backlog) : binding.listenFd(this, h.fd, backlog);
  } catch (e) {
    nextTick(emitError, this, e);
    return;
  }
  this._pipe = r[1];
  this._started(r[0]);
  // a handle taken from another object is that object's too (as in Node)
  if (typeof h.id === 'number') this._handle = h;
};

Server.prototype._started = function (id) {
  this._id = id;
  this._handle = { id: id };
  this._closing = false;
  if (this._unref) binding.unref(id);
  nextTick(emitListening, this);
};

function emitError(self, e) { self.emit('error', e); }
function emitListening(self) {
  if (!self._id) return;
  self.emit('listening');
  // as Node, the worker reports 'listening' to the primary after its own
  // 'listening' listeners ran
  if (self._cluster && self._id) require('cluster')._serverListening(self);
}

Server.prototype.address = function () {
  if (!this._id) return null;
  if (this._pipe !== null) return this._pipe;
  return binding.sockname(this._id);
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._id) {
      this.once('close', function close() {
        cb(nodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._id) {
    binding.close(this._id);
    this._id = 0;
    this._handle = null;
    this._pipe = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._id || this._connections || this._closeScheduled) return;
  this._closeScheduled = true;
  var self = this;
  nextTick(function () {
    self._closeScheduled = false;
    if (self._id || self._connections) return;
    self.emit('close');
  });
};

Server.prototype.getConnections = function (cb) {
  var n = this._connections;
  nextTick(function () { cb(null, n); });
  return this;
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._id) binding.ref(this._id);
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._id) binding.unref(this._id);
  return this;
};

// ---- module API -----------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var norm = normalizeArgs(args);
  var options = norm[0];
  var sock = new Socket(options);
  return sock.connect(norm);
}

exports.createServer = createServer;
exports.Server = Server;
exports.Socket = Socket;
exports.Stream = Socket;
exports.connect = connect;
exports.createConnection = connect;
exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
exports._normalizeArgs = normalizeArgs;

// ---- handle passing (child_process send(msg, handle)) ------------------------
//
// _exportHandle(handle, keepOpen) → {type, token}: a duplicate of the
// socket's or server's descriptor, parked in Go under token for another
// isolate of this process. A sent Socket is detached here unless keepOpen
// (as Node: no 'close' event, its handle is gone); a sent Server keeps
// listening. _importHandle(type, token) builds the receiver's object: a
// Socket on the same connection, or a Server listening on the same socket.
// _dropHandle(token) closes a descriptor that no isolate took.
function exportHandle(handle, keepOpen) {
  var type = handle instanceof Server ? 'net.Server' : 'net.Socket';
  if (!handle._id) throw nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
  var token = binding.exportHandle(handle._id);
  if (type === 'net.Socket' && !keepOpen) {
    if (handle.server && !handle._serverReleased) handle.server._connections--;
    handle._serverReleased = true;
    handle._clearTimer();
    handle._timeoutMs = 0;
    binding.close(handle._id);
    handle._id = 0;
    handle._handle = null;
    handle._reading = false;
  }
  return { type: type, token: token };
}

function importHandle(type, token) {
  var r = binding.importHandle(token);
  if (r === null) return undefined;
  if (type === 'net.Server') {
    var server = new Server();
    server._id = r[0];
    server._handle = { id: r[0] };
    if (r[1] !== null) server._pipe = r[1];
    binding.adopt(r[0], server);
    return server;
  }
  return new Socket({ handle: r[0], readable: true, writable: true });
}

function hidden(name, value) {
  Object.defineProperty(exports, name, { value: value, enumerable: false, configurable: true, writable: true });
}
hidden('_exportHandle', exportHandle);
hidden('_importHandle', importHandle);
hidden('_dropHandle', function (token) { binding.dropHandle(token); });
