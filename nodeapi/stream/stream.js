'use strict';
var internalErrors = require('internal/errors');
// Node's 'stream' module, written from the v0.10 manual's Stream section and
// the observed behaviour of later Node versions (whose event ordering it
// follows): the legacy Stream with its old-style pipe, Readable, Writable,
// Duplex, Transform, PassThrough, destroy, finished and pipeline.
//
// module.exports is the legacy Stream constructor; the classes hang off it.
//
// Buffers of queued chunks are arrays with a head index (no shift() on big
// arrays); byte chunks are joined with Buffer.concat only when a read asks
// for more than the first chunk.
//
// internal/errors (Go): invalidArgType(name, expected, value) returns
// Node's ERR_INVALID_ARG_TYPE TypeError; describe(value) renders a value as
// those messages do.

var EE = require('events');
var StringDecoder = require('string_decoder').StringDecoder;

var nextTick = process.nextTick;
var Buffer = require('buffer').Buffer;
function nop() {}

// goja has no Symbol.asyncIterator: provide the well-known symbol so that
// readable[Symbol.asyncIterator]() and iterables built for it work.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
}
var kAsyncIterator = Symbol.asyncIterator;
var kConstruct = Symbol('kConstruct');
var kDestroy = Symbol('kDestroy');
var kOnFinished = Symbol('kOnFinished');

// ---- errors ---------------------------------------------------------------

function nodeError(Ctor, code, message) {
  var err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return withToString(err);
}

// withToString gives an error Node's String(err): "Name [CODE]: message".
function withToString(err) {
  Object.defineProperty(err, 'toString', {
    value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

var CHUNK_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';

var errors = {
  pushAfterEOF: function () { return nodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'); },
  unshiftAfterEnd: function () { return nodeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'); },
  writeAfterEnd: function () { return nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); },
  notImplemented: function (m) { return nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + m + ' method is not implemented'); },
  nullValues: function () { return nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'); },
  multipleCallback: function () { return nodeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'); },
  destroyed: function (m) { return nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + m + ' after a stream was destroyed'); },
  prematureClose: function () { return nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'); },
  alreadyFinished: function (m) { return nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call ' + m + ' after a stream was finished'); },
  cannotPipe: function () { return nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'); },
  unknownEncoding: function (e) { return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + e); },
  missingArgs: function (n) { return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + n + '" argument must be specified'); },
  invalidArgValue: function (name, v) {
    var shown = typeof v === 'string' ? "'" + v + "'" : String(v);
    return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property '" + name + "' is invalid. Received " + shown);
  },
  invalidArgType: function (name, expected, v) { return withToString(internalErrors.invalidArgType(name, expected, v)); },
  invalidChunk: function (v) { return withToString(internalErrors.invalidArgType('chunk', CHUNK_TYPES, v)); },
};

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'of type function', fn);
}

// ---- chunk helpers --------------------------------------------------------

function isUint8Array(v) { return v instanceof Uint8Array; }
function toBuffer(u8) { return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength); }

// kNone is the shared empty array that stands for "none yet" in per-stream
// containers (ChunkList.arr, ReadableState.pipes) until the first element
// comes, when the container gets an array of its own; frozen, so that
// nothing can fill it by mistake.
var kNone = Object.freeze([]);

// ChunkList is the readable side's queue: an array with a head index. Many
// streams never queue anything (a request nobody reads), so the array is
// made on the first push.
function ChunkList() {}
ChunkList.prototype.arr = kNone;
ChunkList.prototype.head = 0;
Object.defineProperty(ChunkList.prototype, 'length', {
  get: function () { return this.arr.length - this.head; },
});
ChunkList.prototype.push = function push(x) {
  if (this.arr === kNone) this.arr = [];
  this.arr.push(x);
};
ChunkList.prototype.unshift = function unshift(x) {
  if (this.arr === kNone) this.arr = [];
  if (this.head > 0) this.arr[--this.head] = x;
  else this.arr.unshift(x);
};
ChunkList.prototype.first = function first() { return this.arr[this.head]; };
ChunkList.prototype.shift = function shift() {
  var arr = this.arr;
  var x = arr[this.head];
  arr[this.head++] = undefined;
  if (this.head === arr.length) {
    this.arr = kNone;
    this.head = 0;
  } else if (this.head > 1024 && this.head * 2 > arr.length) {
    this.arr = arr.slice(this.head);
    this.head = 0;
  }
  return x;
};
ChunkList.prototype.clear = function clear() { this.arr = kNone; this.head = 0; };
ChunkList.prototype.toArray = function toArray() { return this.arr.slice(this.head); };
ChunkList.prototype.join = function join(sep) { return this.toArray().join(sep); };
ChunkList.prototype.concat = function concat(n) { return Buffer.concat(this.toArray(), n); };
// consume takes n bytes (or characters) from the front.
ChunkList.prototype.consume = function consume(n, hasStrings) {
  var arr = this.arr;
  var first = arr[this.head];
  if (n < first.length) {
    arr[this.head] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return this.shift();
  var parts = [];
  var got = 0;
  while (got < n && this.length > 0) {
    var c = arr[this.head];
    var need = n - got;
    if (c.length > need) {
      parts.push(c.slice(0, need));
      arr[this.head] = c.slice(need);
      got = n;
    } else {
      parts.push(c);
      got += c.length;
      this.shift();
      arr = this.arr;
    }
  }
  return hasStrings ? parts.join('') : Buffer.concat(parts, got);
};

// kNoChunks is the queue of a readable state that never queued anything.
var kNoChunks = Object.freeze(new ChunkList());

// chunksOf returns the state's own queue, made on first use.
function chunksOf(state) {
  var b = state.buffer;
  if (b === kNoChunks) b = state.buffer = new ChunkList();
  return b;
}

// ---- high water marks -----------------------------------------------------

var defaultHWM = 16 * 1024;
var defaultObjectHWM = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjectHWM : defaultHWM;
}

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !(value >= 0) || Math.floor(value) !== value) {
    throw errors.invalidArgValue('value', value);
  }
  if (objectMode) defaultObjectHWM = value;
  else defaultHWM = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  var hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (typeof hwm !== 'number' || !(hwm >= 0) || Math.floor(hwm) !== hwm) {
      var name = isDuplex && options.highWaterMark == null ? 'options.' + duplexKey : 'options.highWaterMark';
      throw errors.invalidArgValue(name, hwm);
    }
    return hwm;
  }
  return getDefaultHighWaterMark(state.objectMode);
}

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
}

// ---- legacy Stream --------------------------------------------------------

/** Stream is the legacy base: an EventEmitter with the old-style pipe. */
function Stream(opts) {
  EE.call(this, opts);
}
inherits(Stream, EE);

// Stream.prototype.pipe is the pre-v0.10 pipe: 'data' → write, false →
// pause(), 'drain' → resume(), 'end' → end(), 'close' → destroy().
Stream.prototype.pipe = function pipe(dest, options) {
  var source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  var didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

// ---- destroy machinery (shared) ------------------------------------------

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function destroy(err, cb) {
  // destroy(cb), as pre-streams2 code calls it.
  if (typeof err === 'function') {
    cb = err;
    err = null;
  }
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) { _destroy(this, er || err, cb); });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  var called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    var r = self._readableState;
    var w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) nextTick(emitErrorCloseNT, self, err);
    else nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState;
  var w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  var r = self._readableState;
  var w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// undestroyState clears what destroy() set on either side's state.
function undestroyState(st) {
  st.constructed = true;
  st.closed = false;
  st.closeEmitted = false;
  st.destroyed = false;
  st.errored = null;
  st.errorEmitted = false;
}

function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    undestroyState(r);
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    undestroyState(w);
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err || errors.multipleCallback());
      return;
    }
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else nextTick(emitConstructNT, stream);
  }
  try {
    stream._construct(function (err) { nextTick(onConstruct, err); });
  } catch (err) {
    nextTick(onConstruct, err);
  }
}

function emitConstructNT(stream) { stream.emit(kConstruct); }

// destroyer destroys any stream-like object.
function destroyer(stream, err) {
  if (!stream || stream.destroyed) return;
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
}

// ---- Readable -------------------------------------------------------------

/**
 * ReadableState is a Readable's _readableState. A state is made per stream
 * (per HTTP request, say), and making an own property costs much in goja,
 * so the fields whose value is the default live on the prototype: the
 * constructor sets only what the options change. Every other field is
 * assigned, never mutated in place, so the first write makes it own; pipes
 * starts as the shared kNone and pipe() gives the state an array of its
 * own, and the queue (buffer) starts as the shared empty kNoChunks and gets
 * a ChunkList of its own on the first chunk queued (see chunksOf).
 */
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) this.objectMode = true;
  var hwm = options ? getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) : getDefaultHighWaterMark(false);
  if (hwm !== ReadableState.prototype.highWaterMark) this.highWaterMark = hwm;
  if (!options) return;
  if (options.emitClose === false) this.emitClose = false;
  if (options.autoDestroy === false) this.autoDestroy = false;
  if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
  if (options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}
(function (p) {
  p.objectMode = false;
  p.highWaterMark = 16 * 1024;
  p.pipes = kNone;
  p.buffer = kNoChunks;
  p.length = 0;
  p.flowing = null;
  p.ended = false;
  p.endEmitted = false;
  p.reading = false;
  p.constructed = true;
  // sync is true while _read runs, so that a push inside it does not emit
  // 'readable' or 'data' synchronously.
  p.sync = true;
  p.needReadable = false;
  p.emittedReadable = false;
  p.readableListening = false;
  p.resumeScheduled = false;
  p.paused = null;
  p.errorEmitted = false;
  p.emitClose = true;
  p.autoDestroy = true;
  p.destroyed = false;
  p.errored = null;
  p.closed = false;
  p.closeEmitted = false;
  p.defaultEncoding = 'utf8';
  p.awaitDrainWriters = null;
  p.multiAwaitDrain = false;
  p.readingMore = false;
  p.dataEmitted = false;
  p.calledRead = false;
  p.legacyReadCb = null;
  p.decoder = null;
  p.encoding = null;
})(ReadableState.prototype);

/** Readable is the streams2 readable stream. */
function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function') {
    var self = this;
    construct(this, function () {
      if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
    });
  }
}
inherits(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable._fromList = fromListOf;
Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function _destroy(err, cb) { cb(err); };

Readable.prototype.push = function push(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  var err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (isUint8Array(chunk)) {
      chunk = toBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = errors.invalidChunk(chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
    return false;
  }
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || chunk.length > 0) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, errors.unshiftAfterEnd());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, errors.pushAfterEOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) chunksOf(state).unshift(chunk);
    else chunksOf(state).push(chunk);
    // unshift is called from 'readable' handlers: never re-enter them.
    if (state.needReadable) emitReadable(stream, addToFront);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  var decoder = new StringDecoder(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var parts = [];
  var list = state.buffer.toArray();
  for (var i = 0; i < list.length; i++) parts.push(decoder.write(list[i]));
  var content = parts.join('');
  if (list.length) state.buffer.clear();
  if (content !== '') chunksOf(state).push(content);
  state.length = content.length;
  return this;
};

var MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "size" is out of range. It must be <= 1GiB. Received ' + n);
  var p = 1;
  while (p < n) p *= 2;
  return p;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    if (state.flowing && state.length) return state.buffer.first().length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (typeof n !== 'number' || Math.floor(n) !== n) n = parseInt(n, 10);
  var state = this._readableState;
  var nOrig = n;
  state.calledRead = true;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      if (this._read.length >= 2) this._read(state.highWaterMark, legacyReadCallback(this));
      else this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// legacyReadCallback is the callback a pre-v0.10 _read(n, cb) gets:
// cb(err, chunk) is push(chunk), a null or missing chunk the end.
function legacyReadCallback(stream) {
  var state = stream._readableState;
  if (!state.legacyReadCb) {
    state.legacyReadCb = function (er, chunk) {
      if (er) errorOrDestroy(stream, er);
      else stream.push(chunk === undefined ? null : chunk);
    };
  }
  return state.legacyReadCb;
}

function fromList(n, state) {
  if (state.length === 0) return null;
  var buf = state.buffer;
  if (state.objectMode) return buf.shift();
  if (!n || n >= state.length) {
    var ret;
    if (buf.length === 1) ret = buf.first();
    else if (state.decoder) ret = buf.join('');
    else ret = buf.concat(state.length);
    buf.clear();
    return ret;
  }
  return buf.consume(n, !!state.decoder);
}

// Readable._fromList(n, state) is v0.10's helper: it takes n bytes (or
// characters with state.decoder, or one object in objectMode; everything
// when n is 0 or at least state.length) from the front of state.buffer, a
// plain array of chunks or a stream's own queue, and leaves state.length
// alone, as v0.10 did. Its pre-release form (n, list, length, stringMode)
// is taken too.
function fromListOf(n, state, length, stringMode) {
  if (Array.isArray(state)) state = { buffer: state, length: length, decoder: stringMode };
  if (state.buffer instanceof ChunkList) return fromList(n, state);
  var arr = state.buffer;
  var list = new ChunkList();
  if (arr.length > 0) list.arr = arr.slice();
  var ret = fromList(n, {
    length: state.length, buffer: list, decoder: state.decoder, objectMode: state.objectMode
  });
  var rest = list.toArray();
  arr.length = 0;
  for (var i = 0; i < rest.length; i++) arr.push(rest[i]);
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      chunksOf(state).push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
  // A stream that has been read from and has nothing left ends now (v0.10),
  // without waiting for one more read().
  if (state.length === 0 && state.calledRead) endReadable(stream);
}

// emitReadable emits 'readable' at once when the data came from outside a
// _read call (v0.10), on the next tick when _read pushed it synchronously
// or when defer is set.
function emitReadable(stream, defer) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    if (state.sync || defer) nextTick(emitReadable_, stream);
    else emitReadable_(stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    // emittedReadable stays set until read() takes data (v0.10): a
    // handler that reads nothing gets no second 'readable'.
    stream.emit('readable');
  }
  state.needReadable = !state.flowing && !state.ended && state.length < state.highWaterMark;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function _read(n) {
  throw errors.notImplemented('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  if (state.pipes === kNone) state.pipes = [];
  state.pipes.push(dest);

  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() { dest.end(); }

  var ondrain;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    // A destination ended before its 'finish' (queued) could unpipe it:
    // hand the chunk back and unpipe now, as v0.10's synchronous 'finish'
    // would have done before any data flowed.
    var ws = dest._writableState;
    if (ws && ws.ending && !ws.finished) {
      unpipe();
      if (!state.endEmitted) src.unshift(chunk);
      return;
    }
    var ret = dest.write(chunk);
    if (ret === false) pause();
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    // With no other listener the error is rethrown at once (v0.10).
    if (dest.listenerCount('error') === 0) dest.emit('error', er);
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() { src.unpipe(dest); }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  var state = this._readableState;
  var unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) { self.read(0); }

Readable.prototype.resume = function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap makes a Readable out of an old-style stream ('data' events and an
// advisory pause()).
Readable.prototype.wrap = function wrap(stream) {
  var paused = false;
  var self = this;
  stream.on('data', function (chunk) {
    if (!self.push(chunk)) {
      paused = true;
      if (typeof stream.pause === 'function') stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () {
    if (paused && typeof stream.resume === 'function') {
      paused = false;
      stream.resume();
    }
  };
  for (var k in stream) {
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      var wState = stream._writableState;
      var autoDestroy = !wState || (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  var writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

// The async iterator protocol, written by hand (goja has no async
// generators): next() reads a chunk, or waits for 'readable' or the end.
Readable.prototype[kAsyncIterator] = function () {
  return createAsyncIterator(this, undefined);
};

Readable.prototype.iterator = function iterator(options) {
  return createAsyncIterator(this, options);
};

function createAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  var callback = nop;
  var error; // undefined: running; null: ended; Error: failed
  var done = false;
  var queue = [];
  var running = false;

  function wake() {
    var cb = callback;
    callback = nop;
    cb();
  }
  stream.on('readable', wake);
  var cleanup = finished(stream, { writable: false }, function (err) {
    error = err ? (error || err) : null;
    wake();
  });

  function finalize(err) {
    done = true;
    if ((err || !options || options.destroyOnReturn !== false) &&
        (err === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.removeListener('readable', wake);
      cleanup();
    }
  }

  function step(resolve, reject) {
    function loop() {
      if (done) return resolve({ value: undefined, done: true });
      var chunk;
      try {
        chunk = stream.destroyed ? null : stream.read();
      } catch (e) {
        error = error || e;
        finalize(error);
        return reject(error);
      }
      if (chunk !== null) return resolve({ value: chunk, done: false });
      if (error) {
        finalize(error);
        return reject(error);
      }
      if (error === null) {
        finalize(null);
        return resolve({ value: undefined, done: true });
      }
      callback = loop;
    }
    loop();
  }

  function runNext() {
    running = true;
    var p = new Promise(step);
    p.then(afterStep, afterStep);
    return p;
  }
  function afterStep() {
    running = false;
    if (queue.length) {
      var q = queue.shift();
      runNext().then(q.resolve, q.reject);
    }
  }

  var it = {
    next: function () {
      if (!running) return runNext();
      return new Promise(function (resolve, reject) { queue.push({ resolve: resolve, reject: reject }); });
    },
    return: function (value) {
      if (!done) finalize(undefined);
      return Promise.resolve({ value: value, done: true });
    },
    throw: function (err) {
      if (!done) finalize(err);
      return Promise.reject(err);
    },
  };
  it[kAsyncIterator] = function () { return this; };
  return it;
}

function readableGetter(name, get, set) {
  var desc = { configurable: true, enumerable: false, get: get };
  if (set) desc.set = set;
  Object.defineProperty(Readable.prototype, name, desc);
}

readableGetter('readable', function () {
  var r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function (val) {
  if (this._readableState) this._readableState.readable = !!val;
});
readableGetter('readableDidRead', function () { return this._readableState.dataEmitted; });
readableGetter('readableAborted', function () {
  var r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
readableGetter('readableHighWaterMark', function () { return this._readableState.highWaterMark; });
readableGetter('readableBuffer', function () { return this._readableState && this._readableState.buffer; });
readableGetter('readableFlowing', function () { return this._readableState.flowing; }, function (v) {
  if (this._readableState) this._readableState.flowing = v;
});
readableGetter('readableLength', function () { return this._readableState.length; });
readableGetter('readableObjectMode', function () { return this._readableState ? this._readableState.objectMode : false; });
readableGetter('readableEncoding', function () { return this._readableState ? this._readableState.encoding : null; });
readableGetter('errored', function () { return this._readableState ? this._readableState.errored : null; });
readableGetter('closed', function () { return this._readableState ? this._readableState.closed : false; });
readableGetter('destroyed', function () { return this._readableState ? this._readableState.destroyed : false; }, function (v) {
  if (this._readableState) this._readableState.destroyed = v;
});
readableGetter('readableEnded', function () { return this._readableState ? this._readableState.endEmitted : false; });

// Readable.from turns an iterable (sync, async, or of promises) into an
// object-mode Readable; a string or Buffer is one chunk.
Readable.from = function (iterable, opts) {
  return from(Readable, iterable, opts);
};

function assign(target, src) {
  if (src) for (var k in src) target[k] = src[k];
  return target;
}

function from(Ctor, iterable, opts) {
  var iterator;
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Ctor(assign(assign({ objectMode: true }, opts), {
      read: function () { this.push(iterable); this.push(null); },
    }));
  }
  var isAsync;
  if (iterable && typeof iterable[kAsyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[kAsyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.invalidArgType('iterable', 'an instance of Iterable', iterable);
  }
  var readable = new Ctor(assign({ objectMode: true, highWaterMark: 1 }, opts));
  var reading = false;
  var isAsyncValues = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(function () { nextTick(cb, error); }, function (e) { nextTick(cb, e || error); });
  };

  function close(error) {
    var hadError = error !== undefined && error !== null;
    var hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      return Promise.resolve().then(function () { return iterator.throw(error); }).then(function (r) {
        if (r && r.done) return undefined;
        return callReturn();
      });
    }
    return callReturn();
  }
  function callReturn() {
    if (typeof iterator.return === 'function') {
      return Promise.resolve().then(function () { return iterator.return(); }).then(nop);
    }
    return Promise.resolve();
  }

  function nextSync() {
    for (;;) {
      var r;
      try {
        r = iterator.next();
      } catch (err) {
        readable.destroy(err);
        return;
      }
      if (r.done) {
        readable.push(null);
        return;
      }
      var value = r.value;
      if (value && typeof value.then === 'function') {
        isAsyncValues = true;
        value.then(afterValue, onFail);
        return;
      }
      if (value === null) {
        reading = false;
        throw errors.nullValues();
      }
      if (!readable.push(value)) {
        reading = false;
        return;
      }
    }
  }

  function afterValue(value) {
    if (value === null) {
      reading = false;
      readable.destroy(errors.nullValues());
      return;
    }
    if (readable.push(value)) nextSyncWithAsyncValues();
    else reading = false;
  }

  function nextSyncWithAsyncValues() {
    var r;
    try {
      r = iterator.next();
    } catch (err) {
      readable.destroy(err);
      return;
    }
    if (r.done) {
      readable.push(null);
      return;
    }
    Promise.resolve(r.value).then(afterValue, onFail);
  }

  function onFail(err) { readable.destroy(err); }

  function nextAsync() {
    var p;
    try {
      p = Promise.resolve(iterator.next());
    } catch (err) {
      readable.destroy(err);
      return;
    }
    p.then(function (r) {
      if (r.done) {
        readable.push(null);
        return;
      }
      return Promise.resolve(r.value).then(function (value) {
        if (value === null) {
          reading = false;
          throw errors.nullValues();
        }
        if (readable.push(value)) nextAsync();
        else reading = false;
      });
    }).then(undefined, onFail);
  }

  return readable;
}

Readable.wrap = function (src, options) {
  return new Readable(assign({ objectMode: src.readableObjectMode != null ? src.readableObjectMode : src.objectMode != null ? src.objectMode : true }, options))
    .wrap(src);
};

// ---- Writable -------------------------------------------------------------

/**
 * WritableState is a Writable's _writableState. As with ReadableState, the
 * defaults live on the prototype (an idle stream costs few own properties);
 * fields are assigned, never mutated in place. The queue (buffered) and the
 * end callbacks start as the shared frozen kNone and get arrays of their
 * own on first use; onwrite, the callback _write gets, is made on first
 * use too (onwriteOf).
 */
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof Duplex;
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) this.objectMode = true;
  var hwm = options ? getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) : getDefaultHighWaterMark(false);
  if (hwm !== WritableState.prototype.highWaterMark) this.highWaterMark = hwm;
  if (!options) return;
  if (options.decodeStrings === false) this.decodeStrings = false;
  if (options.defaultEncoding) this.defaultEncoding = options.defaultEncoding;
  if (options.emitClose === false) this.emitClose = false;
  if (options.autoDestroy === false) this.autoDestroy = false;
}
(function (p) {
  p.objectMode = false;
  p.highWaterMark = 16 * 1024;
  p.finalCalled = false;
  p.needDrain = false;
  p.ending = false;
  p.ended = false;
  p.finished = false;
  p.destroyed = false;
  p.decodeStrings = true;
  p.defaultEncoding = 'utf8';
  p.length = 0;
  p.writing = false;
  p.corked = 0;
  p.sync = true;
  p.bufferProcessing = false;
  p.writecb = null;
  p.writelen = 0;
  p.afterWriteTickInfo = null;
  p.buffered = kNone;
  p.bufferedIndex = 0;
  p.allBuffers = true;
  p.allNoop = true;
  p.pendingcb = 0;
  p.constructed = true;
  p.prefinished = false;
  p.errorEmitted = false;
  p.emitClose = true;
  p.autoDestroy = true;
  p.errored = null;
  p.closed = false;
  p.closeEmitted = false;
  p[kOnFinished] = kNone;
  p.onwrite = null;
})(WritableState.prototype);

// onwriteOf returns the callback that _write and _writev get, made on the
// first write. (net's write fast path takes it too.)
function onwriteOf(stream, state) {
  var fn = state.onwrite;
  if (fn === null) fn = state.onwrite = function (er) { onwrite(stream, er); };
  return fn;
}
Object.defineProperty(WritableState, 'onwriteOf', { value: onwriteOf });

function resetBuffer(state) {
  state.buffered = kNone;
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

// takeOnFinished empties the end callbacks and returns them.
function takeOnFinished(state) {
  var cbs = state[kOnFinished];
  if (cbs.length) state[kOnFinished] = kNone;
  return cbs;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};
// buffer is v0.10's name for the queued write requests ({chunk, encoding,
// callback}); a copy, as in later versions' deprecated getter.
Object.defineProperty(WritableState.prototype, 'buffer', {
  configurable: true,
  get: function () { return this.getBuffer(); },
});
Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; },
});

/** Writable is the streams2 writable stream. */
function Writable(options) {
  var isDuplex = this instanceof Duplex;
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(options);
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  if (typeof this._construct === 'function' && !isDuplex) {
    var self = this;
    construct(this, function () {
      var state = self._writableState;
      if (!state.writing) clearBuffer(self, state);
      finishMaybe(self, state);
    });
  }
}
inherits(Writable, Stream);
Writable.WritableState = WritableState;

// A Duplex is an instance of Writable too.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

// pipe on a Writable is an error, emitted at once as in v0.10.
Writable.prototype.pipe = function pipe() {
  this.emit('error', errors.cannotPipe());
};

function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  } else if (typeof cb !== 'function') {
    cb = nop;
  }
  // Object mode passes the encoding argument through as given.
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  if (!encoding && !state.objectMode) encoding = state.defaultEncoding;

  if (chunk === null) {
    throw errors.nullValues();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (isUint8Array(chunk)) {
      chunk = toBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw errors.invalidChunk(chunk);
    }
  }

  var err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');

  if (err) {
    nextTick(cb, err);
    // A write after end is reported even once the stream has finished and
    // been auto-destroyed (v0.10 had no autoDestroy to swallow it).
    if (state.ending && state.finished && state.destroyed && !state.errored) nextTick(emitErrorNT, stream, err);
    else errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// callWrite calls _write; a pre-v0.10 _write(chunk, cb) gets no encoding.
function callWrite(stream, chunk, encoding, cb) {
  if (stream._write.length === 2) stream._write(chunk, cb);
  else stream._write(chunk, encoding, cb);
}

function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  // Measured before _write runs (v0.10): a chunk that reaches the mark
  // asks for 'drain' even when _write completes synchronously (v20
  // measures after).
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    if (state.buffered === kNone) state.buffered = [];
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    callWrite(stream, chunk, encoding, onwriteOf(stream, state));
    state.sync = false;
  }
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  var done = onwriteOf(stream, state);
  if (state.destroyed) done(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, done);
  else callWrite(stream, chunk, encoding, done);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
        state.afterWriteTickInfo.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var b = state.buffered[n];
    var len = state.objectMode ? 1 : b.chunk.length;
    state.length -= len;
    b.callback(state.errored || errors.destroyed('write'));
  }
  var onfinishCallbacks = takeOnFinished(state);
  for (var i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored || errors.destroyed('end'));
  }
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  var buffered = state.buffered;
  var bufferedIndex = state.bufferedIndex;
  var objectMode = state.objectMode;
  var bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;
  var i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var callback = state.allNoop ? nop : function (err) {
      for (var n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var b = buffered[i];
      buffered[i++] = null;
      var len = objectMode ? 1 : b.chunk.length;
      doWrite(stream, state, false, len, b.chunk, b.encoding, b.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw errors.notImplemented('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (err) {
    // nothing more
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }
  if (typeof cb === 'function') {
    if (err || state.finished) nextTick(cb, err);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state[kOnFinished] === kNone) state[kOnFinished] = [cb];
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  var called = false;
  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err || errors.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var cbs = takeOnFinished(state);
      for (var i = 0; i < cbs.length; i++) cbs[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick(function () {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var cbs = takeOnFinished(state);
  for (var i = 0; i < cbs.length; i++) cbs[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    var rState = stream._readableState;
    var autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function writableGetter(name, get, set) {
  var desc = { configurable: true, enumerable: false, get: get };
  if (set) desc.set = set;
  Object.defineProperty(Writable.prototype, name, desc);
}

writableGetter('closed', function () { return this._writableState ? this._writableState.closed : false; });
writableGetter('destroyed', function () { return this._writableState ? this._writableState.destroyed : false; }, function (v) {
  if (this._writableState) this._writableState.destroyed = v;
});
writableGetter('writable', function () {
  var w = this._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
}, function (val) {
  if (this._writableState) this._writableState.writable = !!val;
});
writableGetter('writableFinished', function () { return this._writableState ? this._writableState.finished : false; });
writableGetter('writableObjectMode', function () { return this._writableState ? this._writableState.objectMode : false; });
writableGetter('writableBuffer', function () { return this._writableState && this._writableState.getBuffer(); });
writableGetter('writableEnded', function () { return this._writableState ? this._writableState.ending : false; });
writableGetter('writableNeedDrain', function () {
  var w = this._writableState;
  if (!w) return false;
  return !w.destroyed && !w.ending && w.needDrain;
});
writableGetter('writableHighWaterMark', function () { return this._writableState && this._writableState.highWaterMark; });
writableGetter('writableCorked', function () { return this._writableState ? this._writableState.corked : 0; });
writableGetter('writableLength', function () { return this._writableState && this._writableState.length; });
writableGetter('errored', function () { return this._writableState ? this._writableState.errored : null; });
writableGetter('writableAborted', function () {
  var w = this._writableState;
  return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
});

Writable.prototype.destroy = function destroyWritable(err, cb) {
  var state = this._writableState;
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function _destroy(err, cb) { cb(err); };

// ---- Duplex ---------------------------------------------------------------

/** Duplex is both Readable and Writable. */
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    // own only when it differs from what the prototype says
    var allowHalfOpen = options.allowHalfOpen !== false;
    if (this.allowHalfOpen !== allowHalfOpen) this.allowHalfOpen = allowHalfOpen;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else if (this.allowHalfOpen !== true) {
    this.allowHalfOpen = true;
  }
}
inherits(Duplex, Readable);
Duplex.prototype.allowHalfOpen = true;

(function () {
  var names = Object.getOwnPropertyNames(Writable.prototype);
  for (var i = 0; i < names.length; i++) {
    var m = names[i];
    if (m === 'constructor' || m in Readable.prototype) continue;
    Object.defineProperty(Duplex.prototype, m, Object.getOwnPropertyDescriptor(Writable.prototype, m));
  }
})();

Duplex.prototype.destroy = Writable.prototype.destroy;

// Properties both halves define read both states on a Duplex.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  configurable: true,
  get: function () {
    var r = this._readableState;
    var w = this._writableState;
    if (r === undefined || w === undefined) return false;
    return r.destroyed && w.destroyed;
  },
  set: function (v) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = v;
      this._writableState.destroyed = v;
    }
  },
});
Object.defineProperty(Duplex.prototype, 'closed', {
  configurable: true,
  get: function () { return !!this._readableState && this._readableState.closed; },
});
Object.defineProperty(Duplex.prototype, 'errored', {
  configurable: true,
  get: function () {
    return (this._readableState && this._readableState.errored) || (this._writableState && this._writableState.errored) || null;
  },
});

Duplex.from = function (body) {
  if (body instanceof Duplex) return body;
  if (body && typeof body.read === 'function' && typeof body.write !== 'function') {
    return wrapReadable(body);
  }
  return from(Duplex, body, { writable: false });
};

function wrapReadable(src) {
  var d = new Duplex({ objectMode: src.readableObjectMode, writable: false, read: function () { src.resume(); } });
  src.on('data', function (c) { if (!d.push(c)) src.pause(); });
  src.on('end', function () { d.push(null); });
  src.on('error', function (e) { d.destroy(e); });
  return d;
}

// ---- Transform and PassThrough -------------------------------------------

/**
 * TransformState is a Transform's _transformState (v0.10): the one written
 * chunk waiting for its _transform call. A chunk is transformed only when
 * the readable side wants data (_read), so a Transform nobody reads from
 * holds back its writers once its readable buffer is full.
 */
function TransformState(stream) {
  this.afterTransform = function (er, data) { afterTransform(stream, er, data); };
  this.needTransform = false;
  this.transforming = false;
  this.writecb = null;
  this.writechunk = null;
  this.writeencoding = null;
}

function afterTransform(stream, er, data) {
  var ts = stream._transformState;
  ts.transforming = false;
  var cb = ts.writecb;
  if (cb === null) {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  ts.writechunk = null;
  ts.writecb = null;
  if (data != null) stream.push(data);
  cb(er);
  var rs = stream._readableState;
  rs.reading = false;
  if (rs.needReadable || rs.length < rs.highWaterMark) stream._read(rs.highWaterMark);
}

/** Transform is a Duplex whose output is computed from its input. */
function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  this._transformState = new TransformState(this);
  this._readableState.needReadable = true;
  this._readableState.sync = false;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
inherits(Transform, Duplex);

// transformFinal flushes and ends the readable side. cb runs before
// push(null) so that 'finish' is queued ahead of 'end'.
function transformFinal(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      if (cb) cb();
      self.push(null);
    });
  } else {
    if (cb) cb();
    this.push(null);
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;

// push marks the pending transform as productive: _read need not start
// another one until the reader asks again.
Transform.prototype.push = function push(chunk, encoding) {
  this._transformState.needTransform = false;
  return Duplex.prototype.push.call(this, chunk, encoding);
};

Transform.prototype._transform = function _transform() {
  throw errors.notImplemented('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
  var ts = this._transformState;
  ts.writecb = callback;
  ts.writechunk = chunk;
  ts.writeencoding = encoding;
  if (ts.transforming) return;
  var rs = this._readableState;
  if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
};

Transform.prototype._read = function _read() {
  var ts = this._transformState;
  if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
    ts.transforming = true;
    this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
  } else {
    ts.needTransform = true;
  }
};

/** PassThrough is the identity Transform. */
function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
inherits(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- finished -------------------------------------------------------------

function isNodeStream(s) {
  return !!s && (s._readableState || s._writableState ||
    (typeof s.write === 'function' && typeof s.on === 'function') ||
    (typeof s.pipe === 'function' && typeof s.on === 'function'));
}
function isReadableNodeStream(s) {
  return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' &&
    (!s._writableState || (s._readableState && s._readableState.readable !== false)) &&
    (!s._writableState || s._readableState));
}
function isWritableNodeStream(s) {
  return !!(s && typeof s.write === 'function' && typeof s.on === 'function' &&
    (!s._readableState || (s._writableState && s._writableState.writable !== false)));
}
function isReadableFinished(s, strict) {
  var r = s._readableState;
  if (!r || r.errored) return false;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isWritableFinished(s, strict) {
  var w = s._writableState;
  if (!w || w.errored) return false;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadable(s) {
  if (!s || !isReadableNodeStream(s)) return null;
  if (s.destroyed) return false;
  return !!s.readable && !isReadableFinished(s);
}
function isWritable(s) {
  if (!s || !isWritableNodeStream(s)) return null;
  if (s.destroyed) return false;
  return !!s.writable && !(s._writableState && s._writableState.ending);
}
function isClosed(s) {
  var w = s._writableState;
  var r = s._readableState;
  if (w || r) return !!((w && w.closed) || (r && r.closed));
  return null;
}
function willEmitClose(s) {
  var state = s._writableState || s._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

/** finished calls back once a stream has ended, finished, errored or closed. */
function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  validateFunction(callback, 'callback');
  if (!isNodeStream(stream)) throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);

  var called = false;
  var userCb = callback;
  callback = function (err) {
    if (called) return;
    called = true;
    userCb.call(stream, err);
  };

  var readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : isWritableNodeStream(stream);
  var wState = stream._writableState;
  var rState = stream._readableState;

  var wEmitClose = willEmitClose(stream) && isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  var writableFinished = isWritableFinished(stream, false);
  function onfinish() {
    writableFinished = true;
    if (stream.destroyed) wEmitClose = false;
    if (wEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback();
  }
  var readableFinished = isReadableFinished(stream, false);
  function onend() {
    readableFinished = true;
    if (stream.destroyed) wEmitClose = false;
    if (wEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback();
  }
  function onlegacyfinish() {
    if (!stream.writable) onfinish();
  }
  function onerror(err) { callback(err); }

  var closed = isClosed(stream);
  function onclose() {
    closed = true;
    var errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback(errored);
    if (readable && !readableFinished && isReadableNodeStream(stream)) {
      if (!isReadableFinished(stream, false)) return callback(errors.prematureClose());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback(errors.prematureClose());
    }
    callback();
  }
  function onclosed() { callback(); }

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);
  if (!wState && !rState && typeof stream.write === 'function') {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  if (closed) {
    nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!wEmitClose) nextTick(onclose);
  } else if (!readable && (!wEmitClose || isReadable(stream)) && (writableFinished || isWritable(stream) === false)) {
    nextTick(onclose);
  } else if (!writable && (!wEmitClose || isWritable(stream)) && (readableFinished || isReadable(stream) === false)) {
    nextTick(onclose);
  }

  return function cleanup() {
    callback = nop;
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
  };
}

// ---- pipeline -------------------------------------------------------------

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = streams.pop();
  validateFunction(callback, 'streams[stream.length - 1]');
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  return pipelineImpl(streams, callback, {});
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length < 2) throw errors.missingArgs('streams');
  var error;
  var finishCount = 0;
  var destroys = [];
  var done = false;

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final && !done) {
      done = true;
      nextTick(callback, error);
    }
  }
  function finish(err) { finishImpl(err, --finishCount === 0); }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || opts.end !== false;

    if (isNodeStream(stream)) {
      if (reading && (isReadableNodeStream(stream) || stream._readableState)) {
        // An error on a middle or first stream ends the pipeline.
        stream.on('error', onStreamError);
      }
      if (end) destroys.push(makeDestroyer(stream, reading, writing));
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({});
        if (!isNodeStream(ret)) ret = Readable.from(ret);
      } else if (isNodeStream(stream)) {
        ret = stream;
      } else {
        ret = Readable.from(stream);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        pipe(ret, stream, finish, end);
      }
      ret = stream;
    } else {
      throw errors.invalidArgType('val', 'of type object or function', stream);
    }
  }
  return ret;

  function onStreamError(err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
  }
}

function makeDestroyer(stream, reading, writing) {
  var isFinished = false;
  stream.on('close', function () { isFinished = true; });
  finished(stream, { readable: reading, writable: writing }, function (err) { isFinished = !err; });
  return function (err) {
    if (isFinished) return;
    isFinished = true;
    destroyer(stream, err || errors.destroyed('pipe'));
  };
}

function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) nextTick(endFn);
    else src.once('end', endFn);
    finished(src, { readable: true, writable: false }, function (err) {
      var rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        src.once('end', endFn).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }
  return finished(dst, { readable: false, writable: true }, finish);
}

// ---- promises -------------------------------------------------------------

var promises = {
  finished: function (stream, opts) {
    return new Promise(function (resolve, reject) {
      finished(stream, opts, function (err) {
        if (err) reject(err);
        else resolve();
      });
    });
  },
  pipeline: function () {
    var streams = Array.prototype.slice.call(arguments);
    var opts = {};
    var last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !Array.isArray(last) &&
        typeof last[Symbol.iterator] !== 'function' && typeof last[kAsyncIterator] !== 'function') {
      opts = streams.pop();
    }
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    return new Promise(function (resolve, reject) {
      pipelineImpl(streams, function (err, value) {
        if (err) reject(err);
        else resolve(value);
      }, opts);
    });
  },
};

// ---- exports --------------------------------------------------------------

function addAbortSignal(signal, stream) {
  if (!signal || typeof signal !== 'object' || !('aborted' in signal)) {
    throw errors.invalidArgType('signal', 'an instance of AbortSignal', signal);
  }
  if (!isNodeStream(stream)) {
    throw errors.invalidArgType('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }
  function onAbort() {
    var err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    stream.destroy(err);
  }
  if (signal.aborted) onAbort();
  else if (typeof signal.addEventListener === 'function') signal.addEventListener('abort', onAbort, { once: true });
  return stream;
}

module.exports = Stream;
Stream.isDestroyed = function (s) { return !!(s && (s.destroyed || (s._readableState || s._writableState || {}).destroyed)); };
Stream.isDisturbed = function (s) { return !!(s && s._readableState && (s._readableState.dataEmitted || s._readableState.destroyed || s._readableState.errored)); };
Stream.isErrored = function (s) { return !!(s && ((s._readableState && s._readableState.errored) || (s._writableState && s._writableState.errored))); };
Stream.isReadable = function (s) { var r = isReadable(s); return r === null ? null : !!r; };
Stream.isWritable = function (s) { var w = isWritable(s); return w === null ? null : !!w; };
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = finished;
Stream.destroy = destroyer;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', { configurable: true, enumerable: true, get: function () { return promises; } });
Stream.Stream = Stream;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = toBuffer;
