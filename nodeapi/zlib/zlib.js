'use strict';
// Node's 'zlib' module: Transform classes, convenience methods and their
// *Sync forms over the Go engines (engine.go). Options are checked with
// Node v20's errors; compression and decompression run in Go (stream chunks
// and callback methods on the worker pool, *Sync on the loop).

var Buffer = require('buffer').Buffer;
var Transform = require('stream').Transform;
var internalErrors = require('internal/errors');

var kFlushFlag = Symbol('kFlushFlag');

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
}

function invalidArgType(name, expected, v) { return internalErrors.invalidArgType(name, expected, v); }
function outOfRange(name, range, v) { return internalErrors.outOfRange(name, range, v); }

// ---- constants --------------------------------------------------------------

var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
Object.freeze(constants);

var codes = {};
['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR',
  'Z_BUF_ERROR', 'Z_VERSION_ERROR'].forEach(function (k) {
  codes[k] = constants[k];
  codes[constants[k]] = k;
});

// ---- options ----------------------------------------------------------------

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') throw invalidArgType(name, 'of type number', number);
  throw outOfRange(name, 'a finite number', number);
}

function checkRange(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw outOfRange(name, '>= ' + lower + ' and <= ' + upper, number);
  return number;
}

// parseOptions checks a zlib options object and returns the settings.
function parseOptions(opts, mode) {
  if (opts === undefined || opts === null) opts = {};
  var o = {};
  o.chunkSize = constants.Z_DEFAULT_CHUNK;
  if (checkFiniteNumber(opts.chunkSize, 'options.chunkSize')) {
    if (opts.chunkSize < constants.Z_MIN_CHUNK) throw outOfRange('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK, opts.chunkSize);
    o.chunkSize = opts.chunkSize;
  }
  o.flush = checkRange(opts.flush, 'options.flush', 0, 5, 0);
  o.finishFlush = checkRange(opts.finishFlush, 'options.finishFlush', 0, 5, 4);
  if ((mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.UNZIP) && opts.windowBits === 0) {
    o.windowBits = 0;
  } else {
    o.windowBits = checkRange(opts.windowBits, 'options.windowBits', 8, 15, 15);
  }
  o.level = checkRange(opts.level, 'options.level', -1, 9, -1);
  o.memLevel = checkRange(opts.memLevel, 'options.memLevel', 1, 9, 8);
  o.strategy = checkRange(opts.strategy, 'options.strategy', 0, 4, 0);
  var dict = opts.dictionary;
  if (dict !== undefined && !ArrayBuffer.isView(dict)) {
    if (dict instanceof ArrayBuffer) dict = new Uint8Array(dict);
    else throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dict);
  }
  o.dictionary = dict;
  return o;
}

function createHandle(o, mode) {
  return binding.create(mode, o.level, o.strategy, o.windowBits, o.dictionary);
}

// ---- the stream classes -----------------------------------------------------

function Zlib(opts, mode) {
  var o = parseOptions(opts, mode);
  var topts = {};
  if (opts) {
    for (var k in opts) topts[k] = opts[k];
  }
  topts.flush = undefined;
  topts.readableHighWaterMark = topts.readableHighWaterMark || o.chunkSize;
  Transform.call(this, topts);
  this._mode = mode;
  this._opts = o;
  this._handle = createHandle(o, mode);
  this._defaultFlushFlag = o.flush;
  this._finishFlushFlag = o.finishFlush;
  this._defaultFullFlushFlag = constants.Z_FULL_FLUSH;
  this._chunkSize = o.chunkSize;
  this._level = o.level;
  this._strategy = o.strategy;
  this._closed = false;
  this.bytesWritten = 0;
}
inherits(Zlib, Transform);

Object.defineProperty(Zlib.prototype, '_closed', { writable: true, configurable: true, value: false });

// _flushFlag is v0.10's name for the flush flag each write uses; old code
// reads it, and sets it (to Z_SYNC_FLUSH) to have every write flushed.
Object.defineProperty(Zlib.prototype, '_flushFlag', {
  configurable: true,
  get: function () { return this._defaultFlushFlag; },
  set: function (v) { this._defaultFlushFlag = v; },
});

function processChunk(self, chunk, flag, cb) {
  var handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  binding.write(handle, chunk, flag, function (err, out) {
    if (err) {
      self._hadError = true;
      closeHandle(self);
      cb(err);
      return;
    }
    self.bytesWritten += chunk.byteLength;
    if (out.length) self.push(out);
    cb();
  });
}

function closeHandle(self) {
  if (self._handle) {
    binding.close(self._handle);
    self._handle = null;
  }
  self._closed = true;
}

Zlib.prototype._transform = function _transform(chunk, encoding, cb) {
  var flag = chunk[kFlushFlag];
  if (flag === undefined) flag = this._defaultFlushFlag;
  processChunk(this, chunk, flag, cb);
};

Zlib.prototype._flush = function _flush(cb) {
  var self = this;
  processChunk(this, Buffer.alloc(0), this._finishFlushFlag, function (err) {
    if (!err) closeHandle(self);
    cb(err);
  });
};

Zlib.prototype._destroy = function _destroy(err, cb) {
  closeHandle(this);
  cb(err);
};

Zlib.prototype.close = function close(callback) {
  if (callback) this.once('close', callback);
  this.destroy();
};

Zlib.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  var ws = this._writableState;
  if (ws.ended || ws.ending) {
    if (callback) process.nextTick(callback);
    return;
  }
  var marker = Buffer.alloc(0);
  marker[kFlushFlag] = kind;
  this.write(marker, callback);
};

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRange(level, 'level', -1, 9);
  checkRange(strategy, 'strategy', 0, 4);
  var self = this;
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(constants.Z_SYNC_FLUSH, function () {
      if (self._handle) binding.params(self._handle, level, strategy);
      self._level = level;
      self._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

Zlib.prototype.reset = function reset() {
  if (this._handle) binding.reset(this._handle);
};

function defineClass(name, mode) {
  var C = function (opts) {
    if (!(this instanceof C)) return new C(opts);
    Zlib.call(this, opts, mode);
  };
  Object.defineProperty(C, 'name', { value: name });
  inherits(C, Zlib);
  exports[name] = C;
  exports['create' + name] = function (opts) { return new C(opts); };
  return C;
}

defineClass('Deflate', constants.DEFLATE);
defineClass('Inflate', constants.INFLATE);
defineClass('Gzip', constants.GZIP);
defineClass('Gunzip', constants.GUNZIP);
defineClass('DeflateRaw', constants.DEFLATERAW);
defineClass('InflateRaw', constants.INFLATERAW);
defineClass('Unzip', constants.UNZIP);

// ---- convenience methods ----------------------------------------------------

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

function maxOutput(opts, out) {
  if (opts && opts.maxOutputLength !== undefined && out.length > opts.maxOutputLength) {
    var e = new RangeError('Cannot create a Buffer larger than ' + opts.maxOutputLength + ' bytes');
    Object.defineProperty(e, 'code', { value: 'ERR_BUFFER_TOO_LARGE', enumerable: true, writable: true, configurable: true });
    return e;
  }
  return null;
}

function defineConvenience(name, mode) {
  exports[name] = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    var input;
    try {
      input = toInput(buffer);
    } catch (e) {
      // v0.10 passes bad input to the callback (v20 throws).
      process.nextTick(callback, e);
      return;
    }
    var o = parseOptions(opts, mode);
    var handle = createHandle(o, mode);
    binding.write(handle, input, o.finishFlush, function (err, out) {
      binding.close(handle);
      if (!err) err = maxOutput(opts, out);
      if (err) return callback(err);
      callback(null, out);
    });
  };
  exports[name + 'Sync'] = function (buffer, opts) {
    var input = toInput(buffer);
    var o = parseOptions(opts, mode);
    var handle = createHandle(o, mode);
    try {
      var out = binding.write(handle, input, o.finishFlush);
    } finally {
      binding.close(handle);
    }
    var e = maxOutput(opts, out);
    if (e) throw e;
    return out;
  };
}

defineConvenience('deflate', constants.DEFLATE);
defineConvenience('inflate', constants.INFLATE);
defineConvenience('gzip', constants.GZIP);
defineConvenience('gunzip', constants.GUNZIP);
defineConvenience('deflateRaw', constants.DEFLATERAW);
defineConvenience('inflateRaw', constants.INFLATERAW);
defineConvenience('unzip', constants.UNZIP);

exports.crc32 = function crc32(data, value) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  if (value === undefined) value = 0;
  if (typeof value !== 'number') throw invalidArgType('value', 'of type number', value);
  return binding.crc32(data, value);
};

exports.constants = constants;
exports.codes = Object.freeze(codes);

// v0.10 put zlib.h's constants on the module itself.
var legacy = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  Z_BINARY: 0, Z_TEXT: 1, Z_ASCII: 1, Z_UNKNOWN: 2, Z_DEFLATED: 8, Z_NULL: 0,
};
Object.keys(legacy).forEach(function (k) {
  Object.defineProperty(exports, k, { value: legacy[k], enumerable: true, writable: false, configurable: false });
});
