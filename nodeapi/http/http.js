'use strict';
// Node's 'http' module, written from the v0.10 manual's HTTP section and the
// observed behaviour of Node (v0.10 where it and v20 differ; v20 additions
// that npm code relies on). The byte work (parsing) is in Go: binding.Parser,
// see binding.go. Choices where v0.10 and v20 differ:
//   - server.timeout defaults to 120000 ms (v0.10; v20: 0). An idle socket
//     is destroyed when it passes unless a 'timeout' listener handles it.
//   - server.keepAliveTimeout (v8+) defaults to 5000 ms and server.close()
//     also closes idle keep-alive connections (v19+), so that a server whose
//     clients keep sockets open can still close.
//   - Agent.defaultMaxSockets is 5 (v0.10; v20: Infinity); agents do not
//     keep sockets alive unless created with {keepAlive: true} (v0.10's
//     globalAgent; v20's keeps them alive). Pool names are 'host:port[:localAddress]'.
//   - res.end(data) before any header was sent uses chunked encoding (v0.10);
//     v20 computes a Content-Length. No 'Keep-Alive: timeout=5' header.
//   - IncomingMessage.headers joins repeated fields by v0.10's rules
//     (set-cookie: array; a fixed list and x-* joined with ', '; others: the
//     first value wins).
//   - 'close' on ServerResponse / IncomingMessage means the connection ended
//     before the exchange completed (v0.10); v20 also emits it after success.
//   - A parse error on a server connection with no 'clientError' listener is
//     answered with 400 Bad Request (431 for header overflow) and the socket is
//     closed, as v20 does; v0.10 destroyed the socket without an answer.
//   - Parse errors read "Parse Error" (v0.10) with code HPE_*, reason,
//     bytesParsed and rawPacket.
//   - req.abort() emits 'abort'; a request aborted after it got its socket
//     and before a response also gets 'socket hang up' (v0.10 and v20), one
//     aborted before it had a socket does not.
//   - A message without a body ends for an 'end' listener waiting when it
//     completes, read or not, and a bodyless client response always ends and
//     frees its socket, as Node's v0.10-era tests expect; v20 waits for the
//     message to be read.
//   - end() on an ended message returns false (v0.10; v20: the message).
//   - ClientRequest#maxHeadersCount bounds the response's fields (v0.10).
//   - An upgrade request with no 'upgrade' listener destroys the socket (v0.10).
//   - Pipelined requests are answered in order; more than 16 pending answers
//     on one connection stop reading from it until fewer than 8 remain.
//   - server.headersTimeout (60 s) and server.requestTimeout (300 s) are
//     enforced as v18+ does (v0.10 had neither): a request whose header
//     section or whole message takes longer is answered 408 and its
//     connection closed (or 'clientError' gets ERR_HTTP_REQUEST_TIMEOUT),
//     checked every connectionsCheckingInterval ms (option, 30 s).
//   - http.maxHeaderSize is v0.10's parser limit, 80 KiB (v20: 16 KiB);
//     createServer / request take a maxHeaderSize option.

var EventEmitter = require('events');
var Stream = require('stream');
var Readable = Stream.Readable;
var Buffer = require('buffer').Buffer;
var util = require('util');
var urlMod = require('url');
var net = null;
try { net = require('net'); } catch (e) { net = null; }

var nextTick = process.nextTick;
var HTTPParser = binding.Parser;
var REQUEST = binding.REQUEST;
var RESPONSE = binding.RESPONSE;
var CRLF = '\r\n';
var kHighWaterMark = 16 * 1024;
var kPipelineHigh = 16; // pending pipelined responses that pause reading
var kPipelineLow = 8; // … and resume it

function getNet() {
  if (!net) net = require('net');
  return net;
}

function nodeError(Ctor, code, message) {
  var err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

var internalErrors = require('internal/errors');
function invalidArgType(name, expected, value) { return internalErrors.invalidArgType(name, expected, value); }
function outOfRange(name, range, value) { return internalErrors.outOfRange(name, range, value); }

function connResetException(msg) {
  var err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

// ---- tables ---------------------------------------------------------------

var STATUS_CODES = binding.STATUS_CODES;
var METHODS = binding.methods.slice().sort();

// ---- header validation ----------------------------------------------------

var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
var invalidValueRe = /[^\t\x20-\x7e\x80-\xff]/;

function checkIsHttpToken(s) { return tokenRe.test(s); }

var validNames = Object.create(null);
var nValidNames = 0;
function validateHeaderName(name, label) {
  if (validNames[name] === true) return;
  if (typeof name !== 'string' || !name || !tokenRe.test(name)) {
    throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', (label || 'Header name') + ' must be a valid HTTP token ["' + name + '"]');
  }
  if (nValidNames < 1000) { validNames[name] = true; nValidNames++; }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw nodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
  }
  if (typeof value === 'number') return;
  if (invalidValueRe.test(typeof value === 'string' ? value : String(value))) {
    throw nodeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
  }
}

// ---- Date header (cached for a second) ------------------------------------

var dateCache = '';
var dateCacheSec = -1;
function utcDate() {
  var now = Date.now();
  var sec = Math.floor(now / 1000);
  if (sec !== dateCacheSec) {
    dateCacheSec = sec;
    dateCache = new Date(now).toUTCString();
  }
  return dateCache;
}

// ---- OutgoingMessage ------------------------------------------------------

function OutgoingMessage() {
  EventEmitter.call(this); // all that Stream's constructor does
  this.socket = null;
}
util.inherits(OutgoingMessage, Stream);

// connection (and IncomingMessage's client) is socket: an accessor, as in
// v20, rather than a second property set on every message.
var connectionAccessor = {
  configurable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
};
Object.defineProperty(OutgoingMessage.prototype, 'connection', connectionAccessor);

// kNoOutput is output while nothing is buffered (bufferOutput makes a
// message's own array): fewer own properties per message keep goja's
// property maps small.
var kNoOutput = Object.freeze([]);

// Defaults live on the prototype: a message is made per request, and most
// of these never change.
(function (p) {
  p.output = kNoOutput;
  p.outputSize = 0;
  p.writable = true;
  p._last = false;
  p.chunkedEncoding = false;
  p.shouldKeepAlive = true;
  p.useChunkedEncodingByDefault = true;
  p.sendDate = false;
  p._removedHeader = null;
  p._contentLength = null;
  p._hasBody = true;
  p._trailer = '';
  p.finished = false;
  p._headerSent = false;
  p._header = '';
  p._headerAscii = true;
  p._headers = null;
  p._headerNames = null;
  p._pendingWrites = 0;
  p._needDrain = false;
  p._finishEmitted = false;
  p.destroyed = false;
  p._connState = null;
  p._onWrite = null;
  // Made on first use (bufferOutput, pushWriteCb): most messages never
  // buffer, and most writes have no callback.
  p.outputEncodings = null;
  p.outputCallbacks = null;
  p._writeCbs = null;
})(OutgoingMessage.prototype);

// _writeCbs is the queue of callbacks of the message's writes the socket
// has not yet acknowledged (_pendingWrites of them). Writes complete in
// order, so while every pending write lacks a callback the queue may stay
// empty (or unmade); once one has a callback the queue holds one entry per
// pending write, null for those without.
function pushWriteCb(msg, cb) {
  var q = msg._writeCbs;
  if (!cb && (q === null || q.length === 0)) return;
  if (q === null) q = msg._writeCbs = [];
  while (q.length < msg._pendingWrites - 1) q.push(null);
  q.push(cb || null);
}

// bufferOutput queues data until the message has its socket.
function bufferOutput(msg, data, encoding, cb) {
  if (msg.outputEncodings === null) {
    msg.output = [];
    msg.outputEncodings = [];
    msg.outputCallbacks = [];
  }
  msg.output.push(data);
  msg.outputEncodings.push(encoding);
  msg.outputCallbacks.push(cb || null);
  msg.outputSize += data.length;
}

// onWriteOf returns the callback for msg's next socket write, which calls
// onOutgoingWrite(msg, err). The responses of a server connection share the
// connection's callback and a queue of the messages whose writes are pending
// (a socket calls write callbacks in the order of the writes), rather than
// have a closure made per response; other messages make theirs once.
function onWriteOf(msg) {
  var st = msg._connState;
  if (st !== null) {
    st.writers.push(msg);
    return st.onWrite;
  }
  if (msg._onWrite === null) msg._onWrite = function (err) { onOutgoingWrite(msg, err); };
  return msg._onWrite;
}

function onOutgoingWrite(msg, err) {
  msg._pendingWrites--;
  var cb = msg._writeCbs !== null && msg._writeCbs.length ? msg._writeCbs.shift() : null;
  if (cb) cb(err);
  if (err) return;
  maybeEmitFinish(msg);
}

function maybeEmitFinish(msg) {
  if (msg.finished && !msg._finishEmitted && !msg.destroyed && msg._pendingWrites === 0 && msg.output.length === 0 &&
      msg.socket && msg.socket._httpMessage === msg) {
    msg._finishEmitted = true;
    msg.emit('prefinish');
    msg.emit('finish');
    if (msg._connState) resOnFinish(msg._connState, msg.req, msg);
  }
}

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true, enumerable: true,
  get: function () { return !!this._header; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
  configurable: true, get: function () { return this.finished; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
  configurable: true,
  get: function () { return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0); }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
  configurable: true, get: function () { return this.socket ? this.socket.writableHighWaterMark : kHighWaterMark; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  configurable: true, get: function () { return this.outputSize + (this.socket ? (this.socket.writableLength || 0) : 0); }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableObjectMode', {
  configurable: true, get: function () { return false; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
  configurable: true, get: function () { return this.socket ? (this.socket.writableCorked || 0) : 0; }
});

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function (socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', function (socket) { socket.destroy(error); });
  return this;
};

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) {
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
  }
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (!this._headers) { this._headers = {}; this._headerNames = {}; }
  var key = name.toLowerCase();
  this._headers[key] = value;
  this._headerNames[key] = name;
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  var cur = this.getHeader(name);
  if (cur === undefined) return this.setHeader(name, value);
  var list = [].concat(cur, value);
  return this.setHeader(name, list);
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  if (!this._headers) return undefined;
  return this._headers[name.toLowerCase()];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this._headers ? Object.keys(this._headers) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  if (!this._headers) return [];
  var names = this._headerNames;
  return Object.keys(this._headers).map(function (k) { return names[k]; });
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  var out = Object.create(null);
  if (this._headers) {
    var keys = Object.keys(this._headers);
    for (var i = 0; i < keys.length; i++) out[keys[i]] = this._headers[keys[i]];
  }
  return out;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  return !!this._headers && Object.prototype.hasOwnProperty.call(this._headers, name.toLowerCase());
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  if (this._header) {
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
  }
  var key = name.toLowerCase();
  if (key === 'date') this.sendDate = false;
  else {
    if (!this._removedHeader) this._removedHeader = {};
    this._removedHeader[key] = true;
  }
  if (this._headers && Object.prototype.hasOwnProperty.call(this._headers, key)) {
    delete this._headers[key];
    delete this._headerNames[key];
  }
};

// _renderHeaders returns the headers set with setHeader as a flat array.
OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  var out = [];
  if (!this._headers) return out;
  var keys = Object.keys(this._headers);
  for (var i = 0; i < keys.length; i++) out.push(this._headerNames[keys[i]], this._headers[keys[i]]);
  return out;
};

// flattenHeaders turns an object, an array of [name, value] pairs or a flat
// [name, value, …] array into a flat array.
function flattenHeaders(headers) {
  var out = [];
  if (!headers) return out;
  if (Array.isArray(headers)) {
    if (headers.length && Array.isArray(headers[0])) {
      for (var i = 0; i < headers.length; i++) out.push(headers[i][0], headers[i][1]);
    } else {
      if (headers.length % 2 !== 0) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'headers' is invalid. Received " + util.inspect(headers));
      }
      for (var j = 0; j < headers.length; j++) out.push(headers[j]);
    }
    return out;
  }
  var keys = Object.keys(headers);
  for (var k = 0; k < keys.length; k++) out.push(keys[k], headers[keys[k]]);
  return out;
}

var nonAsciiRe = /[^\x00-\x7f]/;

var headerFlags = binding.headerFlags;
var kConnection = 1, kContentLength = 2, kTransferEncoding = 4, kDate = 8, kExpect = 16;

// Bits of binding.headerLines' third argument and of what it reports in
// headerFlags[0] (binding.go: opt*, out*).
var kOptSendDate = 1, kOptKeepAlive = 2, kOptAgent = 4, kOptHasBody = 8, kOptChunkedDefault = 16, kOptRemovedTE = 32;
var kOutLast = 1, kOutChunked = 2, kOutNotChunked = 4;

// _storeHeader makes the header from firstLine and headers: a flat
// [name, value, …] array or, from writeHead, its headers object. The common
// case (valid string or number fields, ASCII, none of Connection,
// Transfer-Encoding, Expect) is rendered and completed (as _completeHeader
// does) by binding.headerLines in one call; anything else takes the
// field-by-field path below, which validates (and throws) as before, over
// the fields headerLines read from an object (so that they are read once)
// or else as flattenHeaders gives them.
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  var opts = (this.sendDate ? kOptSendDate : 0) | (this.shouldKeepAlive ? kOptKeepAlive : 0) |
    (this.agent ? kOptAgent : 0) | (this._hasBody ? kOptHasBody : 0) |
    (this.useChunkedEncodingByDefault ? kOptChunkedDefault : 0) |
    (this._removedHeader && this._removedHeader['transfer-encoding'] ? kOptRemovedTE : 0);
  var head = binding.headerLines(firstLine, headers, opts);
  if (typeof head === 'string') {
    var out = headerFlags[0];
    if (out & kOutLast) this._last = true;
    if (out & kOutChunked) this.chunkedEncoding = true;
    else if (out & kOutNotChunked) this.chunkedEncoding = false;
    this._header = head;
    // (set only when they differ from the prototype's defaults)
    if (!this._headerAscii) this._headerAscii = true;
    if (this._headerSent) this._headerSent = false;
    return;
  }
  var flat = head !== null ? head : Array.isArray(headers) ? headers : flattenHeaders(headers);
  var st = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, upgrade: false };
  var parts = [firstLine];
  for (var i = 0; i < flat.length; i += 2) {
    var name = flat[i];
    var value = flat[i + 1];
    if (Array.isArray(value)) {
      if (value.length < 2 || !isCookieField(name)) {
        for (var j = 0; j < value.length; j++) this._processHeader(parts, st, name, value[j]);
      } else {
        this._processHeader(parts, st, name, value.join('; '));
      }
    } else {
      this._processHeader(parts, st, name, value);
    }
  }
  head = parts.join('');
  var mask = (st.connection ? kConnection : 0) | (st.contLen ? kContentLength : 0) |
    (st.te ? kTransferEncoding : 0) | (st.date ? kDate : 0) | (st.expect ? kExpect : 0);
  this._completeHeader(head, mask, !nonAsciiRe.test(head));
};

// _completeHeader adds the fields the message decides itself (Date,
// Connection, Transfer-Encoding: all ASCII) to head, the first line and the
// given fields; mask tells which of those fields were given.
OutgoingMessage.prototype._completeHeader = function _completeHeader(head, mask, ascii) {
  if (this.sendDate && !(mask & kDate)) head += 'Date: ' + utcDate() + CRLF;
  // A bodiless message (HEAD, 204, 304, 1xx) sends no chunked terminator
  // even with a Transfer-Encoding field; a 204 or 304 with one closes the
  // connection (v0.10 and v20 agree).
  var teNoBody = (mask & kTransferEncoding) && !this._hasBody;
  if (teNoBody) this.chunkedEncoding = false;
  if (!(mask & kConnection)) {
    var keep = this.shouldKeepAlive && ((mask & kContentLength) || this.useChunkedEncodingByDefault || this.agent) &&
      !(teNoBody && isBodilessStatus(this.statusCode));
    if (keep) {
      head += 'Connection: keep-alive\r\n';
    } else {
      this._last = true;
      head += 'Connection: close\r\n';
    }
  }
  if (!(mask & (kContentLength | kTransferEncoding))) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!this._removedHeader || !this._removedHeader['transfer-encoding']) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  this._header = head + CRLF;
  this._headerAscii = ascii;
  this._headerSent = false;
  if (mask & kExpect) this._send('');
};

function isBodilessStatus(code) { return code === 204 || code === 304 || (code >= 100 && code <= 199); }

function isCookieField(s) { return s.length === 6 && s.toLowerCase() === 'cookie'; }

OutgoingMessage.prototype._processHeader = function _processHeader(parts, st, name, value) {
  validateHeaderName(name);
  validateHeaderValue(name, value);
  parts.push(name + ': ' + value + CRLF);
  var n = name.length;
  if (n < 4 || n > 17) return;
  var key = name.toLowerCase();
  switch (key) {
    case 'connection':
      st.connection = true;
      if (/(?:^|\W)close(?:$|\W)/i.test(value)) this._last = true;
      else this.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      st.te = true;
      if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) this.chunkedEncoding = true;
      break;
    case 'content-length': st.contLen = true; break;
    case 'date': st.date = true; break;
    case 'expect': st.expect = true; break;
    case 'trailer': st.trailer = true; break;
    case 'upgrade': st.upgrade = true; break;
  }
};

function isTextEncoding(enc) {
  return !enc || enc === 'utf8' || enc === 'utf-8' || enc === 'latin1' || enc === 'binary' || enc === 'ascii';
}

// _send writes data after the header, which goes with the first write.
OutgoingMessage.prototype._send = function _send(data, encoding, cb) {
  if (!this._headerSent) {
    this._headerSent = true;
    var header = this._header;
    if (typeof data === 'string') {
      if (isTextEncoding(encoding) && (this._headerAscii || encoding === 'latin1' || encoding === 'binary')) {
        return this._writeRaw(header + data, encoding, cb);
      }
      this._writeRaw(header, 'latin1', null);
    } else if (data.length < kHighWaterMark) {
      var hb = Buffer.from(header, 'latin1');
      return this._writeRaw(Buffer.concat([hb, data], hb.length + data.length), null, cb);
    } else {
      this._writeRaw(header, 'latin1', null);
    }
  }
  if (data.length === 0) {
    if (cb) {
      if (this._pendingWrites > 0) {
        // the last pending write calls cb too
        var q = this._writeCbs;
        if (q === null || q.length === 0) pushWriteCb(this, cb);
        else q[q.length - 1] = chainCb(q[q.length - 1], cb);
      } else {
        nextTick(cb);
      }
    }
    return true;
  }
  return this._writeRaw(data, encoding, cb);
};

function chainCb(a, b) {
  if (!a) return b;
  return function (err) { a(err); b(err); };
}

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, cb) {
  var conn = this.socket;
  if (conn && conn.destroyed) {
    // The message can no longer complete: no 'finish' (its 'close' comes
    // with the socket's).
    this.destroyed = true;
    if (cb) nextTick(cb, nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    return false;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.output.length) this._flushOutput(conn);
    this._pendingWrites++;
    pushWriteCb(this, cb);
    return conn.write(data, encoding || undefined, onWriteOf(this));
  }
  bufferOutput(this, data, encoding, cb);
  return this.outputSize < kHighWaterMark;
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  var out = this.output;
  var encs = this.outputEncodings;
  var cbs = this.outputCallbacks;
  this.output = kNoOutput;
  this.outputEncodings = null;
  this.outputCallbacks = null;
  this.outputSize = 0;
  var ret = true;
  if (out.length > 1 && socket.cork) socket.cork();
  for (var i = 0; i < out.length; i++) {
    this._pendingWrites++;
    pushWriteCb(this, cbs[i]);
    ret = socket.write(out[i], encs[i] || undefined, onWriteOf(this));
  }
  if (out.length > 1 && socket.uncork) socket.uncork();
  return ret;
};

// _flush writes what was buffered before the socket was assigned.
OutgoingMessage.prototype._flush = function _flush() {
  var socket = this.socket;
  if (socket && socket.writable && socket._httpMessage === this) {
    var ret = this.output.length ? this._flushOutput(socket) : true;
    if (ret && this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
    maybeEmitFinish(this);
  }
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};
OutgoingMessage.prototype.flush = OutgoingMessage.prototype.flushHeaders;

OutgoingMessage.prototype.cork = function cork() { if (this.socket) this.socket.cork(); };
OutgoingMessage.prototype.uncork = function uncork() { if (this.socket) this.socket.uncork(); };

function checkChunk(chunk) {
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  }
}

OutgoingMessage.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (this.finished) {
    var err = nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    var self = this;
    nextTick(function () { if (cb) cb(err); self.emit('error', err); });
    return false;
  }
  if (chunk === null) throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  checkChunk(chunk);
  if (!this._header) this._implicitHeader();
  if (!this._hasBody) {
    if (cb) nextTick(cb);
    return true;
  }
  if (chunk.length === 0) {
    if (cb) nextTick(cb);
    return true;
  }
  var ret;
  if (this.chunkedEncoding) ret = this._writeChunk(chunk, encoding, cb, '');
  else ret = this._send(chunk, encoding, cb);
  if (!ret) this._needDrain = true;
  return ret;
};

// _writeChunk writes one chunk in the chunked coding; tail follows it.
OutgoingMessage.prototype._writeChunk = function _writeChunk(chunk, encoding, cb, tail) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
      // one write of the size line, chunk, CRLF and tail (a string when
      // ASCII, else a Buffer of the UTF-8 bytes), with the header too when
      // it goes now (ASCII: the same bytes in UTF-8)
      var header = '';
      if (!this._headerSent && this._headerAscii) {
        header = this._header;
        this._headerSent = true;
      }
      var framed = binding.chunk(header, chunk, tail);
      return this._headerSent ? this._writeRaw(framed, null, cb) : this._send(framed, null, cb);
    }
    if (isTextEncoding(encoding)) {
      var n = (encoding === 'latin1' || encoding === 'binary' || encoding === 'ascii') ? chunk.length : Buffer.byteLength(chunk, 'utf8');
      return this._send(n.toString(16) + CRLF + chunk + CRLF + tail, encoding, cb);
    }
    chunk = Buffer.from(chunk, encoding);
  }
  var len = chunk.length;
  if (len < kHighWaterMark) {
    var head = Buffer.from(len.toString(16) + CRLF, 'latin1');
    var end = Buffer.from(CRLF + tail, 'latin1');
    return this._send(Buffer.concat([head, chunk, end], head.length + len + end.length), null, cb);
  }
  var conn = this.socket;
  var corked = conn && conn.cork && conn._httpMessage === this;
  if (corked) conn.cork();
  this._send(len.toString(16) + CRLF, 'latin1', null);
  this._send(chunk, null, null);
  var ret = this._send(CRLF + tail, 'latin1', cb);
  if (corked) conn.uncork();
  return ret;
};

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  var flat = flattenHeaders(headers);
  var parts = [];
  for (var i = 0; i < flat.length; i += 2) {
    var name = flat[i];
    var value = flat[i + 1];
    validateHeaderName(name, 'Trailer name');
    validateHeaderValue(name, value);
    parts.push(name + ': ' + value + CRLF);
  }
  this._trailer += parts.join('');
};

OutgoingMessage.prototype.end = function end(data, encoding, cb) {
  if (typeof data === 'function') { cb = data; data = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (this.finished) {
    // v0.10: ending an ended message does nothing and returns false
    if (cb) nextTick(cb);
    return false;
  }
  if (data !== null && data !== undefined) checkChunk(data);
  if (!this._header) this._implicitHeader();
  if (cb) this.once('finish', cb);
  if (data && !this._hasBody) data = null;
  if (data && data.length) {
    if (this.chunkedEncoding) this._writeChunk(data, encoding, null, '0\r\n' + this._trailer + CRLF);
    else this._send(data, encoding, null);
  } else if (this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + CRLF, 'latin1', null);
  } else {
    this._send('', 'latin1', null);
  }
  this.finished = true;
  maybeEmitFinish(this);
  return this;
};

// ---- IncomingMessage ------------------------------------------------------

function IncomingMessage(socket) {
  initIncoming(this, socket, {}, []);
}
util.inherits(IncomingMessage, Readable);

// initIncoming is IncomingMessage's constructor; the parser calls it with
// the headers it made rather than have empty ones made and replaced.
function initIncoming(msg, socket, headers, rawHeaders) {
  Readable.call(msg);
  msg.socket = socket;
  msg.headers = headers;
  msg.rawHeaders = rawHeaders;
  return msg;
}
// Defaults on the prototype (a message is made per request; the parser
// sets what it knows on the instance). trailers and rawTrailers are made on
// first access.
(function (p) {
  p._consuming = false;
  p._dumped = false;
  p.httpVersionMajor = null;
  p.httpVersionMinor = null;
  p.httpVersion = null;
  p.complete = false;
  p.aborted = false;
  p.upgrade = null;
  p.url = '';
  p.method = null;
  p.statusCode = null;
  p.statusMessage = null;
  ['trailers', 'rawTrailers'].forEach(function (name) {
    var key = '_' + name;
    Object.defineProperty(p, name, {
      configurable: true, enumerable: true,
      get: function () {
        var v = this[key];
        if (v === undefined) v = this[key] = name === 'trailers' ? {} : [];
        return v;
      },
      set: function (v) { this[key] = v; }
    });
  });
})(IncomingMessage.prototype);
IncomingMessage.prototype._trailers = undefined;
IncomingMessage.prototype._rawTrailers = undefined;
Object.defineProperty(IncomingMessage.prototype, 'connection', connectionAccessor);
Object.defineProperty(IncomingMessage.prototype, 'client', connectionAccessor);

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  this._consuming = true;
  var socket = this.socket;
  if (socket && socket.readable && !(socket._httpConnState && socket._httpConnState.pipelinePaused)) readStart(socket);
};

IncomingMessage.prototype.destroy = function destroy(error, cb) {
  if (this.socket && !this.complete) this.socket.destroy(error);
  return Readable.prototype.destroy.call(this, error, cb);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

function readStart(socket) {
  if (socket && socket._httpPaused) {
    socket._httpPaused = false;
    if (!socket.destroyed) socket.resume();
  }
}

function readStop(socket) {
  if (socket && !socket._httpPaused) {
    socket._httpPaused = true;
    socket.pause();
  }
}

// ---- parser callbacks (this = the parser) ---------------------------------

function parserOnHeadersComplete(major, minor, rawHeaders, method, url, statusCode, statusMessage, upgrade, shouldKeepAlive, headers) {
  var incoming = this.incoming = initIncoming(Object.create(IncomingMessage.prototype), this.socket, headers, rawHeaders);
  incoming.httpVersionMajor = major;
  incoming.httpVersionMinor = minor;
  incoming.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  if (url !== undefined) incoming.url = url;
  if (method !== undefined) incoming.method = method;
  if (statusCode !== undefined) {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  incoming.upgrade = upgrade;
  if (upgrade) return 0;
  return this.onIncoming(incoming, shouldKeepAlive) | 0;
}

function parserOnBody(b) {
  var stream = this.incoming;
  if (stream === null || stream._dumped) return;
  if (!stream.push(b)) readStop(this.socket);
}

function parserOnMessageComplete(rawTrailers, trailers) {
  var stream = this.incoming;
  if (stream !== null) {
    stream.complete = true;
    if (rawTrailers) {
      stream.rawTrailers = rawTrailers;
      stream.trailers = trailers;
    }
    if (!stream.upgrade) {
      stream.push(null);
      endIfBodyless(stream);
    }
  }
  var socket = this.socket;
  if (!(socket._httpConnState && socket._httpConnState.pipelinePaused)) readStart(socket);
}

// endIfBodyless gives 'end' to a message that had no body when someone
// already listens for it, even though nothing read the message, as Node's
// v0.10-era tests expect. A client response always has our own listener, so
// a bodyless response always ends and frees its socket.
function endIfBodyless(msg) {
  var ev = msg._events;
  if (msg._readableState.length === 0 && ev !== undefined && ev.end !== undefined) msg.read(0);
}

function newParser(kind, maxHeaderSize) {
  var p = new HTTPParser(kind, maxHeaderSize);
  p.onHeadersComplete = parserOnHeadersComplete;
  p.onBody = parserOnBody;
  p.onMessageComplete = parserOnMessageComplete;
  p.incoming = null;
  p.socket = null;
  p.outgoing = null;
  p.onIncoming = null;
  return p;
}

// ---- ServerResponse -------------------------------------------------------

function ServerResponse(req) {
  OutgoingMessage.call(this);
  this.req = req;
  if (req.method === 'HEAD') this._hasBody = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
util.inherits(ServerResponse, OutgoingMessage);
// statusCode and statusMessage are the prototype's until set.
ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._expect_continue = false;
ServerResponse.prototype._sent100 = false;

function onServerResponseClose() {
  var msg = this._httpMessage;
  if (msg && !msg._finishEmitted) msg.emit('close');
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  socket._httpMessage = this;
  if (!this._connState) socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  if (!this._connState) socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRawInterim('HTTP/1.1 100 Continue\r\n\r\n', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRawInterim('HTTP/1.1 102 Processing\r\n\r\n', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  var flat = flattenHeaders(hints);
  var parts = ['HTTP/1.1 103 Early Hints\r\n'];
  for (var i = 0; i < flat.length; i += 2) {
    validateHeaderName(flat[i]);
    var v = Array.isArray(flat[i + 1]) ? flat[i + 1].join(', ') : flat[i + 1];
    validateHeaderValue(flat[i], v);
    parts.push(flat[i] + ': ' + v + CRLF);
  }
  parts.push(CRLF);
  this._writeRawInterim(parts.join(''), cb);
};

ServerResponse.prototype._writeRawInterim = function (data, cb) {
  // An interim response goes out before the header, whatever is buffered.
  var conn = this.socket;
  if (conn && conn._httpMessage === this && conn.writable) {
    this._pendingWrites++;
    pushWriteCb(this, cb);
    conn.write(data, 'latin1', onWriteOf(this));
  } else {
    bufferOutput(this, data, 'latin1', cb);
  }
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

var crlfRe = /[\r\n]/;

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) {
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  }
  var original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw nodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + original);
  }
  var fromTable = false;
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) {
      this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      fromTable = true;
    }
    obj = obj === undefined ? reason : obj;
  }
  if (this.statusCode !== statusCode) this.statusCode = statusCode;
  if (!fromTable && crlfRe.test(this.statusMessage)) {
    throw nodeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  }
  var headers;
  if (this._headers) {
    if (obj) {
      var f = flattenHeaders(obj);
      for (var i = 0; i < f.length; i += 2) if (f[i]) this.setHeader(f[i], f[i + 1]);
    }
    headers = this._renderHeaders();
  } else {
    // a headers object goes to _storeHeader as it is (its fast path)
    headers = Array.isArray(obj) ? flattenHeaders(obj) : obj;
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + CRLF, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// writeHead and end are natives that do the common case in Go (server.go)
// and call these for the rest.
var jsWriteHead = ServerResponse.prototype.writeHead;
var jsEnd = OutgoingMessage.prototype.end;
function nativeMethod(fn, name, length) {
  Object.defineProperty(fn, 'name', { configurable: true, value: name });
  Object.defineProperty(fn, 'length', { configurable: true, value: length });
  return fn;
}
ServerResponse.prototype.writeHead = ServerResponse.prototype.writeHeader = nativeMethod(binding.serverWriteHead, 'writeHead', 3);
ServerResponse.prototype.end = nativeMethod(binding.serverEnd, 'end', 3);

// ---- Server ---------------------------------------------------------------

var BaseServer = net ? net.Server : EventEmitter;

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') { requestListener = options; options = {}; }
  else if (options === null || options === undefined) options = {};
  else if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  if (net) net.Server.call(this, { allowHalfOpen: true });
  else EventEmitter.call(this);
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.timeout = 2 * 60 * 1000;
  this.keepAliveTimeout = 5000;
  this.headersTimeout = 60 * 1000;
  this.requestTimeout = 300 * 1000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.maxHeaderSize = options.maxHeaderSize;
  this._IncomingMessage = options.IncomingMessage || IncomingMessage;
  this._ServerResponse = options.ServerResponse || ServerResponse;
  if (typeof options.keepAliveTimeout === 'number') this.keepAliveTimeout = options.keepAliveTimeout;
  if (options.requestTimeout !== undefined) {
    validateTimeout(options.requestTimeout, 'requestTimeout');
    this.requestTimeout = options.requestTimeout;
  }
  if (options.headersTimeout !== undefined) {
    validateTimeout(options.headersTimeout, 'headersTimeout');
    this.headersTimeout = options.headersTimeout;
  } else {
    this.headersTimeout = Math.min(this.headersTimeout, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw outOfRange('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  this._checkInterval = 30 * 1000;
  if (options.connectionsCheckingInterval !== undefined) {
    validateTimeout(options.connectionsCheckingInterval, 'connectionsCheckingInterval');
    this._checkInterval = options.connectionsCheckingInterval;
  }
  this._connStates = [];
  this._idleSweep = null;
  this._requestSweep = null;
  this.on('close', function () {
    if (this._idleSweep) { clearInterval(this._idleSweep); this._idleSweep = null; }
    if (this._requestSweep) { clearInterval(this._requestSweep); this._requestSweep = null; }
    this.closeAllConnections();
  });
}
util.inherits(Server, BaseServer);

function validateTimeout(v, name) {
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
  if (!(v >= 0) || v !== Math.floor(v)) throw outOfRange(name, '>= 0 && <= ' + Number.MAX_SAFE_INTEGER, v);
}

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype.close = function close(cb) {
  this.closeIdleConnections();
  if (BaseServer.prototype.close) return BaseServer.prototype.close.call(this, cb);
  if (cb) nextTick(cb);
  return this;
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  var list = this._connStates.slice();
  for (var i = 0; i < list.length; i++) {
    var st = list[i];
    if (st.incoming.length === 0 && !st.socket._httpMessage && !st.upgraded) st.socket.destroy();
  }
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  var list = this._connStates.slice();
  for (var i = 0; i < list.length; i++) if (!list[i].upgraded) list[i].socket.destroy();
};

function connectionListener(socket) {
  var server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  var parser = newParser(REQUEST, server.maxHeaderSize);
  parser.socket = socket;
  socket.parser = parser;
  var max = server.maxHeadersCount;
  parser.maxHeaderPairs = typeof max === 'number' ? max : 1000;
  var state = {
    server: server, socket: socket, parser: parser,
    incoming: [], outgoing: [], idleSince: 0, upgraded: false, closed: false, pipelinePaused: false, consumed: false,
    onSocketError: null,
    writers: [], onWrite: null
  };
  state.onWrite = function (err) { onOutgoingWrite(state.writers.shift(), err); };
  socket._httpConnState = state;
  server._connStates.push(state);
  if (server._requestSweep === null) startRequestSweep(server);
  parser.onIncoming = function (req, shouldKeepAlive) { return parserOnIncoming(state, req, shouldKeepAlive); };

  // The parser consumes the socket's bytes in Go when the socket is one of
  // this isolate's net sockets (as Node's parser consumes its handle), and
  // makes the common request's objects there (binding.go, server.go);
  // other streams (a TLS socket) feed it through 'data'.
  var fast = server._IncomingMessage === IncomingMessage && server._ServerResponse === ServerResponse &&
    Stream.getDefaultHighWaterMark(false) === Readable.ReadableState.prototype.highWaterMark;
  if (parser.serve(socket, state, server, fast)) {
    state.consumed = true;
    // As Node: someone else reading the socket ('data', 'readable') ends
    // the consuming, and the parser reads through 'data' too.
    wrapSocketListener(socket, 'on');
    wrapSocketListener(socket, 'addListener');
    wrapSocketListener(socket, 'prependListener');
  } else {
    socket.on('data', function (d) { socketOnData(state, d); });
  }
  socket.on('end', function () { socketOnEnd(state); });
  state.onSocketError = function (e) { socketOnError(state, e); };
  socket.on('error', state.onSocketError);
  socket.on('close', function () { socketOnClose(state); });
  socket.on('drain', socketOnDrain);
  socket.on('timeout', function () { socketOnTimeout(state); });
}

function wrapSocketListener(socket, name) {
  var orig = socket[name];
  socket[name] = function (ev, fn) {
    if (ev === 'data' || ev === 'readable') unconsume(this._httpConnState);
    return orig.call(this, ev, fn);
  };
}

function unconsume(state) {
  if (!state || !state.consumed) return;
  state.consumed = false;
  if (state.parser) state.parser.unserve();
  state.socket.on('data', function (d) { socketOnData(state, d); });
}

// Keep-alive connections idle for keepAliveTimeout are closed by one
// unref'd sweep timer per server rather than a timer per request.
function startIdleSweep(server) {
  if (server._idleSweep) return;
  var period = Math.max(Math.min(server.keepAliveTimeout, 1000), 10);
  server._idleSweep = setInterval(function () { sweepIdle(server); }, period);
  if (server._idleSweep.unref) server._idleSweep.unref();
}

function sweepIdle(server) {
  var ka = server.keepAliveTimeout;
  var list = server._connStates;
  if (!ka || list.length === 0) {
    clearInterval(server._idleSweep);
    server._idleSweep = null;
    return;
  }
  var now = Date.now();
  var victims = [];
  for (var i = 0; i < list.length; i++) {
    var st = list[i];
    if (st.idleSince && now - st.idleSince >= ka && st.incoming.length === 0 && !st.socket._httpMessage) victims.push(st);
  }
  for (var j = 0; j < victims.length; j++) victims[j].socket.destroy();
}

// Requests that take longer than headersTimeout to send their header
// section, or requestTimeout in all, are found by one unref'd sweep timer
// per server (the parser keeps when each message began).
function startRequestSweep(server) {
  if (!(server.headersTimeout > 0 || server.requestTimeout > 0) || !(server._checkInterval > 0)) return;
  server._requestSweep = setInterval(function () { sweepRequests(server); }, server._checkInterval);
  if (server._requestSweep.unref) server._requestSweep.unref();
}

function sweepRequests(server) {
  var list = server._connStates;
  var victims = [];
  for (var i = 0; i < list.length; i++) {
    var p = list[i].parser;
    if (p && p.timedOut(server.headersTimeout, server.requestTimeout)) victims.push(list[i]);
  }
  for (var j = 0; j < victims.length; j++) {
    if (victims[j].parser) socketOnError(victims[j], nodeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
  }
}

function removeConnState(state) {
  var list = state.server._connStates;
  var i = list.indexOf(state);
  if (i >= 0) list.splice(i, 1);
}

function socketOnDrain() {
  var msg = this._httpMessage;
  if (msg && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function socketOnTimeout(state) {
  var socket = state.socket;
  var req = state.parser && state.parser.incoming;
  var reqTimeout = req && !req.complete && req.emit('timeout', socket);
  var res = socket._httpMessage;
  var resTimeout = res && res.emit('timeout', socket);
  var serverTimeout = state.server.emit('timeout', socket);
  if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
}

function socketOnData(state, d) {
  var parser = state.parser;
  if (!parser) return;
  state.idleSince = 0;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    socketOnError(state, ret);
    return;
  }
  var req = parser.incoming;
  if (req && req.upgrade) socketUpgrade(state, d, ret);
}

// socketUpgrade hands the socket of an Upgrade or CONNECT request to the
// server's 'upgrade' / 'connect' listeners with the bytes after the
// request (d from ret on), or destroys it when nobody listens.
function socketUpgrade(state, d, ret) {
  var socket = state.socket;
  var req = state.parser.incoming;
  var server = state.server;
  var bodyHead = d.slice(ret, d.length);
  var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  state.upgraded = true;
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('timeout');
  socket.removeListener('drain', socketOnDrain);
  socket.removeAllListeners('error');
  freeServerParser(state);
  removeConnState(state);
  if (server.listenerCount(eventName) > 0) {
    if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
    server.emit(eventName, req, socket, bodyHead);
  } else {
    socket.destroy();
  }
}

function freeServerParser(state) {
  var p = state.parser;
  if (p) {
    p.close();
    p.onIncoming = null;
    p.socket = null;
    p.incoming = null;
    state.parser = null;
    state.socket.parser = null;
  }
}

function socketOnEnd(state) {
  var socket = state.socket;
  var parser = state.parser;
  if (parser) {
    var ret = parser.finish();
    if (ret instanceof Error) {
      socketOnError(state, ret);
      return;
    }
  }
  if (!state.server.httpAllowHalfOpen) {
    abortIncoming(state);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function abortIncoming(state) {
  var list = state.incoming;
  state.incoming = [];
  for (var i = 0; i < list.length; i++) {
    var req = list[i];
    // a request that ended and closed already is not aborted
    if (req._readableState.closeEmitted) continue;
    req.aborted = true;
    req.emit('aborted');
    req.emit('close');
  }
}

function socketOnClose(state) {
  var msg = state.socket._httpMessage;
  if (msg && msg._connState === state && !msg._finishEmitted) msg.emit('close');
  state.closed = true;
  removeConnState(state);
  freeServerParser(state);
  abortIncoming(state);
}

var badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var headerOverflowResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
var payloadTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';
var requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function socketOnError(state, e) {
  var socket = state.socket;
  // After a parse error nothing more of this connection is parsed.
  socket.removeAllListeners('data');
  freeServerParser(state);
  // The socket's later errors (the one it is destroyed with below) are for
  // its other listeners; with none, they are ignored rather than thrown.
  if (state.onSocketError) {
    socket.removeListener('error', state.onSocketError);
    state.onSocketError = null;
    if (socket.listenerCount('error') === 0) socket.on('error', noop);
  }
  if (state.server.listenerCount('clientError') > 0) {
    state.server.emit('clientError', e, socket);
    return;
  }
  var msg = socket._httpMessage;
  // An answer goes out when no response has begun to (the handler's, if
  // any, stays attached: the socket is destroyed under it).
  if (socket.writable && (!msg || !msg._headerSent) && e.code && (e.code.indexOf('HPE_') === 0 || e.code === 'ERR_HTTP_REQUEST_TIMEOUT')) {
    var response = badRequestResponse;
    if (e.code === 'HPE_HEADER_OVERFLOW') response = headerOverflowResponse;
    else if (e.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') response = payloadTooLargeResponse;
    else if (e.code === 'ERR_HTTP_REQUEST_TIMEOUT') response = requestTimeoutResponse;
    socket.write(response, 'latin1');
  }
  // as Node: destroyed with the error ('error' and then 'close' with
  // hadError reach the socket's listeners)
  socket.destroy(e);
}

function noop() {}

function parserOnIncoming(state, req, shouldKeepAlive) {
  var server = state.server;
  var socket = state.socket;
  state.incoming.push(req);
  var res = new server._ServerResponse(req);
  if (res.shouldKeepAlive !== shouldKeepAlive) res.shouldKeepAlive = shouldKeepAlive;
  res._connState = state;
  if (socket._httpMessage) {
    state.outgoing.push(res);
    // A client pipelining faster than it reads answers: stop reading
    // until the queue of pending responses shrinks.
    if (state.outgoing.length > kPipelineHigh && !state.pipelinePaused) {
      state.pipelinePaused = true;
      readStop(socket);
    }
  } else {
    res.assignSocket(socket);
  }

  if (req.headers.expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (/(?:^|\W)100-continue(?:$|\W)/i.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

// queuedWrite: the Go fast path of ServerResponse#end wrote res of which
// the kernel took only part; the socket's write is in flight and res waits
// for it as for any of its writes.
function queuedWrite(res, socket) {
  res._pendingWrites++;
  socket._writeQueued(onWriteOf(res));
}

function resOnFinish(state, req, res) {
  var socket = state.socket;
  var list = state.incoming;
  if (list[0] === req) {
    list.shift();
  } else {
    var i = list.indexOf(req);
    if (i >= 0) list.splice(i, 1);
  }
  if (!req._consuming && !req._readableState.resumeScheduled) {
    var rs = req._readableState;
    var ev = req._events;
    // A complete request with nothing buffered and nobody listening has
    // nothing to drain (and is left without a _dumped property of its own:
    // one more own property would double goja's property map for it).
    if (!(req.complete && rs.length === 0 && ev.end === undefined && ev.data === undefined && ev.readable === undefined)) {
      req._dump();
    }
  }
  res.detachSocket(socket);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
    return;
  }
  if (state.outgoing.length === 0) {
    if (state.server.keepAliveTimeout && !state.closed) {
      state.idleSince = Date.now();
      startIdleSweep(state.server);
    }
  } else {
    var m = state.outgoing.shift();
    if (state.pipelinePaused && state.outgoing.length < kPipelineLow) {
      state.pipelinePaused = false;
      readStart(socket);
    }
    m.assignSocket(socket);
  }
}

binding.serverSetup({
  IncomingMessage: IncomingMessage, ServerResponse: ServerResponse, ReadableState: Readable.ReadableState,
  socketOnError: socketOnError, socketUpgrade: socketUpgrade, queuedWrite: queuedWrite,
  resOnFinish: resOnFinish, startIdleSweep: startIdleSweep, writeHead: jsWriteHead, end: jsEnd,
  socketWrite: net ? net.Socket.prototype.write : null
});

// ---- Agent ----------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = Object.assign({ __proto__: null }, options);
  this.options.path = null;
  this.requests = {};
  this.sockets = {};
  this.freeSockets = {};
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  var self = this;
  this.on('free', function (socket, opts) { agentOnFree(self, socket, opts); });
}
util.inherits(Agent, EventEmitter);

Agent.defaultMaxSockets = 5;

Agent.prototype.createConnection = function createConnection(options, cb) {
  return getNet().createConnection(options, cb);
};

Agent.prototype.getName = function getName(options) {
  var name = (options.host || 'localhost') + ':';
  if (options.port) name += options.port;
  if (options.localAddress) name += ':' + options.localAddress;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

function agentOnFree(agent, socket, options) {
  var name = agent.getName(options);
  if (socket.destroyed) return;
  var queue = agent.requests[name];
  if (queue && queue.length) {
    var req = queue.shift();
    if (queue.length === 0) delete agent.requests[name];
    socket._httpMessage = null;
    req.onSocket(socket);
    return;
  }
  var free = agent.freeSockets[name];
  var count = free ? free.length : 0;
  if (!agent.keepAlive || count >= agent.maxFreeSockets || agent.keepSocketAlive(socket) === false) {
    socket.destroy();
    return;
  }
  removeFrom(agent.sockets, name, socket);
  if (!agent.freeSockets[name]) agent.freeSockets[name] = [];
  agent.freeSockets[name].push(socket);
  socket._httpMessage = null;
}

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  if (typeof socket.setKeepAlive === 'function') socket.setKeepAlive(true, this.keepAliveMsecs);
  if (typeof socket.unref === 'function') socket.unref();
  if (typeof socket.setTimeout === 'function') socket.setTimeout(this.options.timeout || 0);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  if (typeof socket.ref === 'function') socket.ref();
};

function removeFrom(table, name, socket) {
  var list = table[name];
  if (!list) return false;
  var i = list.indexOf(socket);
  if (i < 0) return false;
  list.splice(i, 1);
  if (list.length === 0) delete table[name];
  return true;
}

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') {
    options = { host: options, port: port, localAddress: localAddress };
  }
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  if (!options.servername && options.host) options.servername = options.host;
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var free = this.freeSockets[name];
  while (free && free.length) {
    var socket = free.pop();
    if (free.length === 0) delete this.freeSockets[name];
    if (socket.destroyed) { free = this.freeSockets[name]; continue; }
    this.reuseSocket(socket, req);
    this.sockets[name].push(socket);
    req.reusedSocket = true;
    req.onSocket(socket);
    return;
  }
  if (this.sockets[name].length < this.maxSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(null, err);
      else req.onSocket(s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  var self = this;
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options);
  options._agentKey = name;
  var called = false;
  function oncreate(err, s) {
    if (called) return;
    called = true;
    if (err) return cb(err);
    if (!self.sockets[name]) self.sockets[name] = [];
    self.sockets[name].push(s);
    installAgentListeners(self, s, options);
    cb(null, s);
  }
  var s;
  try {
    s = this.createConnection(options, oncreate);
  } catch (e) {
    return nextTick(oncreate, e);
  }
  if (s) oncreate(null, s);
};

function installAgentListeners(agent, s, options) {
  function onFree() { agent.emit('free', s, options); }
  function onClose() { agent.removeSocket(s, options); }
  function onTimeout() {
    var free = agent.freeSockets[agent.getName(options)];
    if (free && free.indexOf(s) >= 0) s.destroy();
  }
  function onRemove() {
    var name = agent.getName(options);
    removeFrom(agent.sockets, name, s);
    removeFrom(agent.freeSockets, name, s);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  }
  s.on('free', onFree);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  var name = this.getName(options);
  removeFrom(this.sockets, name, s);
  removeFrom(this.freeSockets, name, s);
  var queue = this.requests[name];
  if (queue && queue.length) {
    var cur = this.sockets[name] ? this.sockets[name].length : 0;
    if (cur < this.maxSockets) {
      var req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      this.createSocket(req, options, function (err, sock) {
        if (err) req.onSocket(null, err);
        else req.onSocket(sock);
      });
    }
  }
};

Agent.prototype.destroy = function destroy() {
  var tables = [this.freeSockets, this.sockets];
  for (var t = 0; t < tables.length; t++) {
    var table = tables[t];
    var keys = Object.keys(table);
    for (var i = 0; i < keys.length; i++) {
      var list = table[keys[i]].slice();
      for (var j = 0; j < list.length; j++) list[j].destroy();
    }
  }
};

var globalAgent = new Agent();

// ---- ClientRequest --------------------------------------------------------

function urlToOptions(u) {
  var options = {
    protocol: u.protocol,
    hostname: typeof u.hostname === 'string' && u.hostname.charAt(0) === '[' ? u.hostname.slice(1, -1) : u.hostname,
    hash: u.hash,
    search: u.search,
    pathname: u.pathname,
    path: (u.pathname || '') + (u.search || ''),
    href: u.href
  };
  if (u.port !== '' && u.port !== null && u.port !== undefined) options.port = Number(u.port);
  if (u.username || u.password) options.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
  return options;
}

function isURLObject(v) {
  return (typeof URL === 'function' && v instanceof URL) ||
    (v && typeof v.href === 'string' && typeof v.origin === 'string' && v.searchParams !== undefined);
}

var methodCheckRe = tokenRe;
var invalidPathRe = /[\u0000-\u0020]/;

function ClientRequest(input, options, cb) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb);
  OutgoingMessage.call(this);

  if (typeof input === 'string') {
    var parsed = urlMod.parse(input);
    if (!parsed.hostname) {
      throw nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
    }
    input = urlToOptions(parsed);
    input.auth = parsed.auth || undefined;
    if (input.auth === undefined) delete input.auth;
  } else if (isURLObject(input)) {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign({}, input || {}, options || {});
  }

  var agent = options.agent;
  var defaultAgent = options._defaultAgent || globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw invalidArgType('options.agent', 'of type Agent-like Object, undefined, or false', agent);
  }
  this.agent = agent;

  var protocol = options.protocol || defaultAgent.protocol;
  var expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (protocol !== expectedProtocol) {
    throw nodeError(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + protocol + '" not supported. Expected "' + expectedProtocol + '"');
  }

  var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  var port = options.port = options.port || defaultPort || 80;
  var host = options.host = options.hostname || options.host || 'localhost';
  var setHost = options.setHost === undefined || !!options.setHost;
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = options.timeout;

  var method = options.method;
  if (method !== undefined && method !== null && typeof method !== 'string') {
    throw invalidArgType('options.method', 'of type string', method);
  }
  if (method) {
    if (!methodCheckRe.test(method)) {
      throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["' + method + '"]');
    }
    method = method.toUpperCase();
  } else {
    method = 'GET';
  }
  this.method = method;
  var path = options.path !== undefined && options.path !== null ? String(options.path) : '/';
  if (invalidPathRe.test(path)) {
    throw nodeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  }
  this.path = path;
  this.host = host;
  this.protocol = protocol;
  this.maxHeaderSize = options.maxHeaderSize;
  this.reusedSocket = false;
  this.aborted = false;
  this.res = null;
  this.upgradeOrConnect = false;
  this._ended = false;

  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }

  var headersArray = Array.isArray(options.headers);
  if (!headersArray && options.headers) {
    var keys = Object.keys(options.headers);
    for (var i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
  }
  if (host && setHost && !headersArray && !this.getHeader('host')) {
    var hostHeader = host;
    var posColon = hostHeader.indexOf(':');
    if (posColon !== -1 && hostHeader.indexOf(':', posColon + 1) !== -1 && hostHeader.charCodeAt(0) !== 91) {
      hostHeader = '[' + hostHeader + ']';
    }
    if (port && +port !== defaultPort) hostHeader += ':' + port;
    this.setHeader('Host', hostHeader);
  }
  if (options.auth && !headersArray && !this.getHeader('Authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }

  // With an agent the connection defaults to keep-alive; with none, or
  // agent: false (a one-off agent: v0.10 and v20 agree), to close.
  if (this.agent && options.agent !== false) {
    this._last = false;
    this.shouldKeepAlive = true;
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
  }

  if (headersArray) {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', flattenHeaders(options.headers));
  } else if (this.getHeader('expect')) {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._renderHeaders());
  }

  var self = this;
  if (this.agent) {
    this.agent.addRequest(this, options);
  } else {
    var conn;
    var onConn = function (err, s) {
      if (err) { nextTick(function () { self.emit('error', err); }); return; }
      self.onSocket(s);
    };
    if (typeof options.createConnection === 'function') {
      var called = false;
      conn = options.createConnection(options, function (err, s) { if (!called) { called = true; onConn(err, s); } });
      if (conn) { called = true; this.onSocket(conn); }
    } else {
      if (this.socketPath) options.path = this.socketPath;
      conn = getNet().createConnection(options);
      this.onSocket(conn);
    }
  }
}
util.inherits(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) {
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
  }
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._renderHeaders());
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._destroyError = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  var req = this;
  nextTick(function () {
    if (err) {
      req.destroyed = true;
      req.emit('error', err);
      req.emit('close');
      return;
    }
    if (req.destroyed) {
      // aborted before it had a socket
      if (req.agent) socket.emit('free');
      else socket.destroy();
      req.emit('close');
      return;
    }
    tickOnSocket(req, socket);
  });
};

function tickOnSocket(req, socket) {
  var parser = newParser(RESPONSE, req.maxHeaderSize);
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  // req.maxHeadersCount (v0.10): fields kept of the response, 0 for all
  var max = req.maxHeadersCount;
  parser.maxHeaderPairs = typeof max === 'number' ? max : 2000;
  parser.onIncoming = parserOnIncomingClient;
  socket.parser = parser;
  socket._httpMessage = req;
  socket._httpPaused = false;
  var st = { req: req, socket: socket, parser: parser };
  req._clientState = st;
  st.onData = function (d) { clientSocketOnData(st, d); };
  st.onEnd = function () { clientSocketOnEnd(st); };
  st.onError = function (e) { clientSocketOnError(st, e); };
  st.onClose = function () { clientSocketOnClose(st); };
  st.onTimeout = function () { req.emit('timeout'); };
  socket.on('data', st.onData);
  socket.on('end', st.onEnd);
  socket.on('error', st.onError);
  socket.on('close', st.onClose);
  socket.on('drain', socketOnDrain);
  if (req.timeout !== undefined) applySocketTimeout(req, socket);
  if (typeof socket.resume === 'function' && socket.isPaused && socket.isPaused()) socket.resume();
  req.emit('socket', socket);
  req._flush();
}

function detachClientSocket(st) {
  var s = st.socket;
  s.removeListener('data', st.onData);
  s.removeListener('end', st.onEnd);
  s.removeListener('error', st.onError);
  s.removeListener('close', st.onClose);
  s.removeListener('drain', socketOnDrain);
  s.removeListener('timeout', st.onTimeout);
  if (st.parser) {
    st.parser.close();
    st.parser.onIncoming = null;
    st.parser.socket = null;
    st.parser.incoming = null;
    st.parser = null;
  }
  s.parser = null;
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.once('timeout', callback);
  this.timeout = msecs;
  if (this.socket) applySocketTimeout(this, this.socket);
  return this;
};

// applySocketTimeout gives the request's timeout to its socket; a socket
// still connecting gets it once connected, so connecting is not idling.
// The socket's next 'timeout' is the request's 'timeout'.
function applySocketTimeout(req, socket) {
  if (typeof socket.setTimeout !== 'function') return;
  // one 'timeout' of the request per setTimeout, as v0.10's
  // socket.setTimeout(msecs, emitTimeout) adds a one-time listener
  var st = req._clientState;
  if (st && st.socket === socket) {
    socket.removeListener('timeout', st.onTimeout);
    socket.once('timeout', st.onTimeout);
  }
  if (!socket.connecting) {
    socket.setTimeout(req.timeout);
    return;
  }
  if (socket._httpTimeoutPending) return;
  socket._httpTimeoutPending = true;
  socket.once('connect', function () {
    socket._httpTimeoutPending = false;
    if (socket._httpMessage === req && req.timeout !== undefined) socket.setTimeout(req.timeout);
  });
}

// clearTimeout stops the timer. As in v20, a callback given is added as a
// 'timeout' listener (setTimeout(0, callback)) and nothing is returned.
ClientRequest.prototype.clearTimeout = function clearTimeout(callback) {
  this.setTimeout(0, callback);
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', function (s) { s.setNoDelay(noDelay); });
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  if (this.socket) this.socket.setKeepAlive(enable, initialDelay);
  else this.once('socket', function (s) { s.setKeepAlive(enable, initialDelay); });
};

ClientRequest.prototype.getRawHeaderNames = OutgoingMessage.prototype.getRawHeaderNames;

function parserOnIncomingClient(res, shouldKeepAlive) {
  var socket = this.socket;
  var req = socket._httpMessage;
  if (!req) { socket.destroy(); return 0; }
  if (req.res) {
    // a second response to one request
    socket.destroy();
    return 0;
  }
  res.req = req;
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    req.res = res;
    return 2;
  }
  var code = res.statusCode;
  if (code >= 100 && code < 200 && code !== 101) {
    if (code === 100) req.emit('continue');
    req.emit('information', {
      statusCode: code, statusMessage: res.statusMessage,
      httpVersion: res.httpVersion, httpVersionMajor: res.httpVersionMajor, httpVersionMinor: res.httpVersionMinor,
      headers: res.headers, rawHeaders: res.rawHeaders
    });
    this.incoming = null;
    return 1;
  }
  req.res = res;
  if (req.shouldKeepAlive && !shouldKeepAlive) {
    req.shouldKeepAlive = false;
  }
  if (req.aborted) {
    res._dump();
    return req.method === 'HEAD' ? 1 : 0;
  }
  res.on('end', function () { responseOnEnd(req, res); });
  if (!req.emit('response', res)) res._dump();
  return req.method === 'HEAD' ? 1 : 0;
}

function responseOnEnd(req, res) {
  var st = req._clientState;
  var socket = req.socket;
  if (!st || !socket) return;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
    return;
  }
  if (req.finished && req._finishEmitted) responseKeepAlive(st);
  else req.once('finish', function () { responseKeepAlive(st); });
}

function responseKeepAlive(st) {
  var req = st.req;
  var socket = st.socket;
  if (socket.destroyed) return;
  detachClientSocket(st);
  socket._httpMessage = null;
  req._clientState = null;
  nextTick(function () {
    req.emit('close');
    socket.emit('free');
  });
}

function clientSocketOnData(st, d) {
  var req = st.req;
  var socket = st.socket;
  var parser = st.parser;
  if (!parser) return;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    detachClientSocket(st);
    socket.destroy();
    req.socket._hadError = true;
    req.emit('error', ret);
    return;
  }
  var res = parser.incoming;
  if (res && res.upgrade) {
    var bodyHead = d.slice(ret, d.length);
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    req.res = res;
    detachClientSocket(st);
    socket._httpMessage = null;
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  }
}

function clientSocketOnEnd(st) {
  var req = st.req;
  var socket = st.socket;
  if (!req.res && !socket._hadError) {
    socket._hadError = true;
    if (!req.aborted) req.emit('error', connResetException('socket hang up'));
  }
  if (st.parser) {
    st.parser.finish();
  }
  if (socket.writable) socket.end();
}

function clientSocketOnError(st, err) {
  var req = st.req;
  var socket = st.socket;
  if (req && !req.aborted) {
    socket._hadError = true;
    req.emit('error', err);
  }
  if (st.parser) st.parser.finish();
  socket.destroy();
}

function clientSocketOnClose(st) {
  var req = st.req;
  var socket = st.socket;
  var res = req.res;
  if (st.parser) {
    st.parser.finish();
  }
  detachClientSocket(st);
  if (res) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.push(null);
      res.on('end', function () { res.emit('close'); });
    }
  } else if (!socket._hadError) {
    // aborted or not, a request whose socket closed before any response
    // gets 'socket hang up' (v0.10 and v20)
    socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  req.emit('close');
}

// ---- legacy client (v0.10, deprecated) -----------------------------------

function Client(port, host) {
  if (!(this instanceof Client)) return new Client(port, host);
  EventEmitter.call(this);
  this.host = host || 'localhost';
  this.port = port || 80;
  this.agent = new Agent({ host: this.host, port: this.port, maxSockets: 1 });
}
util.inherits(Client, EventEmitter);

Client.prototype.request = function request(method, path, headers) {
  var self = this;
  if (typeof method !== 'string') { headers = path; path = method; method = 'GET'; }
  if (typeof path !== 'string') { headers = path; path = method; method = 'GET'; }
  var req = new ClientRequest({
    method: method, path: path, headers: headers,
    host: this.host, port: this.port, agent: this.agent
  });
  req.on('error', function (err) { self.emit('error', err); });
  return req;
};

// ---- exports --------------------------------------------------------------

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

exports.METHODS = METHODS;
exports.STATUS_CODES = STATUS_CODES;
exports.IncomingMessage = IncomingMessage;
exports.OutgoingMessage = OutgoingMessage;
exports.ServerResponse = ServerResponse;
exports.Server = Server;
exports.createServer = createServer;
exports.Agent = Agent;
exports.globalAgent = globalAgent;
exports.ClientRequest = ClientRequest;
exports.request = request;
exports.get = get;
exports.Client = Client;
exports.createClient = util.deprecate(function createClient(port, host) {
  return new Client(port, host);
}, 'http.createClient is deprecated. Use `http.request` instead.');
exports.maxHeaderSize = binding.maxHeaderSize;
exports.validateHeaderName = function (name) { validateHeaderName(name); };
exports.validateHeaderValue = validateHeaderValue;
exports.setMaxIdleHTTPParsers = function setMaxIdleHTTPParsers(max) {
  if (typeof max !== 'number' || max < 1) {
    throw outOfRange('max', '>= 1', max);
  }
};
exports._checkIsHttpToken = checkIsHttpToken;
