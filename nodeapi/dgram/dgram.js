'use strict';
var internalErrors = require('internal/errors');
// Node's 'dgram' module on the Go binding (dgram.go).

var EventEmitter = require('events');
var Buffer = require('buffer').Buffer;
var dns = require('dns');

var UNBOUND = 0, BINDING = 1, BOUND = 2;
var DISCONNECTED = 0, CONNECTING = 1, CONNECTED = 2;

function codedError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return e;
}


// validatePort: a number or numeric string in range; zero only if allowZero.
function validatePort(port, allowZero) {
  var ok = (typeof port === 'number' || (typeof port === 'string' && port.trim().length !== 0)) &&
    +port === (+port >>> 0) && +port <= 0xFFFF && (allowZero || +port !== 0);
  if (!ok) {
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
      'Port should be ' + (allowZero ? '>=' : '>') + ' 0 and < 65536. Received ' + internalErrors.describe(port) + '.');
  }
  return +port;
}

function notRunning() {
  return codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

function throwIf(err) {
  if (err) throw err;
}

function onmessage(sock, buf, address, family, port) {
  sock.emit('message', buf, { address: address, family: family, port: port, size: buf.length });
}

function onerror(sock, err) {
  sock.emit('error', err);
}

binding.setup(onmessage, onerror);

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  var options = {};
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
  }
  if (type !== 'udp4' && type !== 'udp6') {
    throw codedError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
  }
  if (options.lookup !== undefined && typeof options.lookup !== 'function') {
    throw internalErrors.invalidArgType('options.lookup', 'of type function', options.lookup);
  }
  this.type = type;
  this._lookup = options.lookup || dns.lookup;
  this._id = binding.create(this, type === 'udp6', !!options.reuseAddr, !!options.ipv6Only,
    options.recvBufferSize | 0, options.sendBufferSize | 0);
  this._bindState = UNBOUND;
  this._connectState = DISCONNECTED;
  this._closed = false;
  this._queue = null;
  this.fd = null; // as v0.10: a socket exposes no descriptor
  if (typeof listener === 'function') this.on('message', listener);
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

Socket.prototype._healthCheck = function () {
  if (this._closed) throw notRunning();
};

Socket.prototype._family = function () { return this.type === 'udp4' ? 4 : 6; };

// _resolve looks address up with this socket's family; cb(err, ip).
Socket.prototype._resolve = function (address, cb) {
  this._lookup(address, this._family(), function (err, ip) { cb(err, ip); });
};

Socket.prototype.bind = function (port, address, callback) {
  var self = this;
  this._healthCheck();
  if (this._bindState !== UNBOUND) {
    throw codedError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  }
  if (typeof port === 'function') {
    callback = port;
    port = undefined;
    address = undefined;
  } else if (typeof address === 'function') {
    callback = address;
    address = undefined;
  }
  if (port !== null && typeof port === 'object') {
    var o = port;
    port = o.port;
    address = o.address;
    if (o.fd !== undefined) throw codedError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'binding to a file descriptor is not supported');
  }
  if (port === undefined || port === null) port = 0;
  port = validatePort(port, true);
  if (typeof callback === 'function') this.once('listening', callback);
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';
  this._bindState = BINDING;
  // the descriptor exists from now on: options set before the lookup is
  // done apply to it (a failure here comes again from bind below)
  binding.open(this._id);
  this._resolve(address, function (err, ip) {
    if (self._closed) return;
    if (err) {
      self._bindState = UNBOUND;
      self.emit('error', err);
      return;
    }
    err = binding.bind(self._id, ip, port);
    if (err) {
      self._bindState = UNBOUND;
      self.emit('error', err);
      return;
    }
    self._bindState = BOUND;
    self.emit('listening');
    var q = self._queue;
    self._queue = null;
    if (q) q.forEach(function (fn) { fn(); });
  });
  return this;
};

// _whenBound runs fn once bound, binding implicitly (to any address, a
// random port) if needed.
Socket.prototype._whenBound = function (fn) {
  if (this._bindState === BOUND) return fn();
  (this._queue || (this._queue = [])).push(fn);
  if (this._bindState === UNBOUND) this.bind({ port: 0, exclusive: true });
};

function toBuffers(msg) {
  var list = Array.isArray(msg) ? msg : [msg];
  if (!Array.isArray(msg) && typeof msg !== 'string' && !ArrayBuffer.isView(msg)) {
    throw internalErrors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', msg);
  }
  return list.map(function (m) {
    if (typeof m === 'string') return Buffer.from(m);
    if (ArrayBuffer.isView(m)) return m;
    throw internalErrors.invalidArgType('buffer list arguments', 'of type string or an instance of Buffer, TypedArray, or DataView', m);
  });
}

// send(msg, [offset, length,] [port, address,] [callback])
Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  var self = this;
  var list;
  if (address || (port && typeof port !== 'function')) {
    // send(buf, offset, length, port, address, callback): v0.10's form,
    // which takes bytes only and an offset inside a non-empty buffer.
    // v0.10 differs: later versions accept a string here too.
    if (!ArrayBuffer.isView(buffer)) {
      throw internalErrors.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    offset = offset >>> 0;
    length = length >>> 0;
    if (offset > buffer.byteLength || (offset === buffer.byteLength && offset > 0)) {
      throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    }
    if (offset + length > buffer.byteLength) {
      throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
    }
    list = [new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length)];
  } else {
    callback = port;
    port = offset;
    address = length;
    list = toBuffers(buffer);
  }
  if (typeof port === 'function') {
    callback = port;
    port = undefined;
    address = undefined;
  } else if (typeof address === 'function') {
    callback = address;
    address = undefined;
  }
  // A connected socket may still be given a destination (the kernel's
  // sendto on a connected UDP socket takes it), as Node passes it on.
  var connected = this._connectState === CONNECTED && port === undefined && address === undefined;
  if (!connected) {
    port = validatePort(port, false);
    if (address !== undefined && address !== null && typeof address !== 'string') {
      throw internalErrors.invalidArgType('address', 'of type string', address);
    }
    if (!address) address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  }
  this._healthCheck();
  if (typeof callback !== 'function') callback = undefined;
  function fail(err) {
    if (callback) callback(err);
    else self.emit('error', err);
  }
  function doSend(ip) {
    if (self._closed) return;
    var r = binding.send(self._id, list, connected ? 0 : port, connected ? '' : ip, callback);
    if (typeof r === 'number' && r >= 0) {
      if (callback) process.nextTick(callback, null, r);
    } else if (typeof r !== 'number') {
      process.nextTick(fail, r);
    }
  }
  this._whenBound(function () {
    if (connected) return doSend('');
    // An IP literal goes out at once, keeping sends in call order.
    if (self._lookup === dns.lookup && require('net').isIP(address) === self._family()) return doSend(address);
    self._resolve(address, function (err, ip) {
      if (self._closed) return;
      if (err) return fail(err);
      doSend(ip);
    });
  });
};

// sendto(buf, offset, length, port, address[, callback]): the strict
// spelling of send, with every argument given.
Socket.prototype.sendto = function (buffer, offset, length, port, address, callback) {
  var checks = [['offset', offset], ['length', length], ['port', port]];
  for (var i = 0; i < checks.length; i++) {
    if (typeof checks[i][1] !== 'number') throw internalErrors.invalidArgType(checks[i][0], 'of type number', checks[i][1]);
  }
  if (typeof address !== 'string') throw internalErrors.invalidArgType('address', 'of type string', address);
  return this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype.connect = function (port, address, callback) {
  var self = this;
  port = validatePort(port, false);
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address !== undefined && address !== null && typeof address !== 'string') {
    throw internalErrors.invalidArgType('address', 'of type string', address);
  }
  if (this._connectState !== DISCONNECTED) {
    throw codedError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
  }
  this._healthCheck();
  if (!address) address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  if (typeof callback === 'function') this.once('connect', callback);
  this._connectState = CONNECTING;
  this._whenBound(function () {
    self._resolve(address, function (err, ip) {
      if (self._closed) return;
      if (!err) err = binding.connect(self._id, ip, port);
      if (err) {
        self._connectState = DISCONNECTED;
        process.nextTick(function () {
          if (typeof callback === 'function') {
            self.removeListener('connect', callback);
            callback(err);
          } else {
            self.emit('error', err);
          }
        });
        return;
      }
      self._connectState = CONNECTED;
      process.nextTick(function () { self.emit('connect'); });
    });
  });
};

Socket.prototype.disconnect = function () {
  this._healthCheck();
  if (this._connectState !== CONNECTED) {
    throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  }
  throwIf(binding.disconnect(this._id));
  this._connectState = DISCONNECTED;
};

Socket.prototype.close = function (callback) {
  var self = this;
  this._healthCheck();
  if (typeof callback === 'function') this.on('close', callback);
  this._closed = true;
  this._queue = null;
  binding.close(this._id);
  process.nextTick(function () { self.emit('close'); });
  return this;
};

Socket.prototype.address = function () {
  this._healthCheck();
  var r = binding.sockname(this._id);
  if (r instanceof Error) throw r;
  return r;
};

Socket.prototype.remoteAddress = function () {
  this._healthCheck();
  if (this._connectState !== CONNECTED) {
    throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  }
  var r = binding.peername(this._id);
  if (r instanceof Error) throw r;
  return r;
};

function validateNumber(v, name) {
  if (typeof v !== 'number') throw internalErrors.invalidArgType(name, 'of type number', v);
}

Socket.prototype.setBroadcast = function (flag) {
  throwIf(binding.setBroadcast(this._id, flag ? 1 : 0));
};

Socket.prototype.setTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  throwIf(binding.setTTL(this._id, ttl));
  return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  throwIf(binding.setMulticastTTL(this._id, ttl));
  return ttl;
};

Socket.prototype.setMulticastLoopback = function (flag) {
  throwIf(binding.setMulticastLoopback(this._id, flag ? 1 : 0));
  return flag;
};

Socket.prototype.setMulticastInterface = function (iface) {
  this._healthCheck();
  if (typeof iface !== 'string') throw internalErrors.invalidArgType('interfaceAddress', 'of type string', iface);
  throwIf(binding.setMulticastInterface(this._id, iface));
};

function membership(self, join, group, iface) {
  self._healthCheck();
  if (!group) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "multicastAddress" argument must be specified');
  }
  throwIf(binding.membership(self._id, join, String(group), iface));
}

Socket.prototype.addMembership = function (group, iface) { membership(this, true, group, iface); };
Socket.prototype.dropMembership = function (group, iface) { membership(this, false, group, iface); };

function bufferSize(self, recv, size) {
  var r = binding.bufferSize(self._id, recv, size);
  if (r instanceof Error) {
    var e = codedError(Error, 'ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size: ' + r.message);
    throw e;
  }
  return r;
}

Socket.prototype.setRecvBufferSize = function (size) { bufferSize(this, true, size); };
Socket.prototype.setSendBufferSize = function (size) { bufferSize(this, false, size); };
Socket.prototype.getRecvBufferSize = function () { return bufferSize(this, true, 0); };
Socket.prototype.getSendBufferSize = function () { return bufferSize(this, false, 0); };

Socket.prototype.ref = function () {
  binding.ref(this._id);
  return this;
};

Socket.prototype.unref = function () {
  binding.unref(this._id);
  return this;
};

// Handle passing (child_process send(msg, socket) to an isolate of this
// process, see handoff.go): _exportHandle(socket) → {type, token} parks a
// duplicate of the bound socket's descriptor; _importHandle(token) builds
// the receiver's bound Socket, or undefined; _dropHandle(token) closes a
// descriptor nobody took.
function exportHandle(sock) {
  var t = sock._bindState === BOUND && !sock._closed ? binding.exportHandle(sock._id) : null;
  if (t === null || t instanceof Error) throw codedError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
  return { type: 'dgram.Socket', token: t };
}

function importHandle(token) {
  var r = binding.importHandle(token);
  if (r === null) return undefined;
  var sock = new Socket(r[1] ? 'udp6' : 'udp4');
  throwIf(binding.adopt(sock._id, r[0]));
  sock._bindState = BOUND;
  return sock;
}

function hidden(name, value) {
  Object.defineProperty(exports, name, { value: value, enumerable: false, configurable: true, writable: true });
}
hidden('_exportHandle', exportHandle);
hidden('_importHandle', importHandle);
hidden('_dropHandle', function (token) { binding.dropHandle(token); });

exports.Socket = Socket;
exports.createSocket = function (type, listener) { return new Socket(type, listener); };
