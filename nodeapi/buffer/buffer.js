'use strict';
// Node's 'buffer' module. Byte work (encoding, decoding, fill, search,
// compare, copy) is done in Go by `binding` over the Uint8Array's memory.

var B = binding;
var UTF8 = 0, UCS2 = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
var kMaxLength = 4294967296;
var kStringMaxLength = 536870888;
var kLegacyMaxLength = 0x3fffffff;

// ---- errors (Node v20 messages and codes) ----

function makeError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return e;
}

function addSeparator(s) {
  var res = '';
  var i = s.length;
  var start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + s.slice(i - 3, i) + res;
  return s.slice(0, i) + res;
}

function fmtReceived(v) {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) > 4294967296) return addSeparator(String(v));
    if (v === 0 && 1 / v < 0) return '-0';
    return String(v);
  }
  if (typeof v === 'bigint') {
    var s = String(v);
    if (v > 4294967296n || v < -4294967296n) s = addSeparator(s);
    return s + 'n';
  }
  if (typeof v === 'string') return "'" + v + "'";
  return String(v);
}

function outOfRange(name, range, value) {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + fmtReceived(value));
}

function argType(name, expected, value) {
  // throws ERR_INVALID_ARG_TYPE with Node's rendering of `value`
  B.argType('The "' + name + '" argument must be ' + expected, value);
}

function unknownEncoding(enc) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
}

function bufferOutOfBounds(name) {
  if (name) return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"' + name + '" is outside of buffer bounds');
  return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
}

function validateNumber(value, name) {
  if (typeof value !== 'number') argType(name, 'of type number', value);
}

function validateOffset(value, name, min, max) {
  if (typeof value !== 'number') argType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

// ---- encodings ----

function slowEncoding(enc) {
  switch (('' + enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'base64': return BASE64;
    case 'base64url': return BASE64URL;
    case 'hex': return HEX;
  }
  return -1;
}

// encodingCode returns the encoding's number, or -1 when unknown.
// A missing encoding (undefined, null, '') means utf8, as in v0.10.
function encodingCode(enc) {
  switch (enc) {
    case undefined: case null: case '': case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ascii': return ASCII;
    case 'ucs2': case 'utf16le': return UCS2;
  }
  return slowEncoding(enc);
}

function encodingOrThrow(enc) {
  var e = encodingCode(enc);
  if (e < 0) throw unknownEncoding(enc);
  return e;
}

// ---- the classes ----

// FastBuffer keeps the default derived constructor: in goja it is cheaper
// than one that passes arguments on with super(a, b, c).
class FastBuffer extends Uint8Array {}
var subarray = Uint8Array.prototype.subarray;
var u8set = Uint8Array.prototype.set;

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      argType('string', 'of type string', arg);
    }
    return new FastBuffer(legacySize(arg));
  }
  return from(arg, encodingOrOffset, length);
}

// legacySize is v0.10's coercion of the size in new Buffer(n) and
// SlowBuffer(n) (v20 throws instead): NaN and negatives mean 0, fractions
// are truncated, and v0.10's maximum of 0x3fffffff bytes is enforced.
function legacySize(size) {
  size = +size;
  if (size > kLegacyMaxLength) {
    throw new RangeError('Attempt to allocate Buffer larger than maximum size: 0x3fffffff bytes');
  }
  return size > 0 ? Math.floor(size) : 0;
}

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
// A data property, not Node's getter: typed-array methods that build a
// Buffer (subarray, map, filter…) then skip a JS call.
Object.defineProperty(Buffer, Symbol.species, { value: FastBuffer, configurable: true });
Buffer.poolSize = 8 * 1024;

B.register(FastBuffer, Uint8Array);

function assertSize(size) {
  if (typeof size !== 'number') argType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
}

// alloc and allocUnsafe check the size inline (as assertSize): a JS call
// is costly in goja and these are hot.
function alloc(size, fill, encoding) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) assertSize(size);
  var buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    if (typeof fill === 'number') B.fill(buf, fill, UTF8, 0, size);
    else _fill(buf, fill, 0, size, encoding);
  }
  return buf;
}

function allocUnsafe(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) assertSize(size);
  return new FastBuffer(size);
}

function fromString(string, encoding) {
  return new FastBuffer(B.fromString(string, encoding === undefined ? UTF8 : encodingOrThrow(encoding)));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

// fromArrayLike copies the items of an array-like (not a Uint8Array: from
// copies those itself). B.fromArray does Arrays of numbers in Go.
function fromArrayLike(obj) {
  var bytes = B.fromArray(obj);
  if (bytes !== undefined) return new FastBuffer(bytes);
  var n = obj.length;
  if (!(n > 0)) return new FastBuffer(0);
  n = n >>> 0;
  var buf = new FastBuffer(n);
  for (var i = 0; i < n; i++) buf[i] = obj[i];
  return buf;
}

function fromObject(obj) {
  if (ArrayBuffer.isView(obj) && !isUint8Array(obj)) {
    if (obj instanceof DataView) return new FastBuffer(B.bytesOf(obj));
    return new FastBuffer(obj);
  }
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    // A Uint8Array (Buffer) is copied at once, without looking at its
    // valueOf (as Node does first): a copy of its bytes is all it can give.
    var copy = B.dup(value);
    if (copy !== undefined) return new FastBuffer(copy);
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  B.argType('The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
    'or Array or an Array-like Object', value);
}

Buffer.from = from;
Buffer.alloc = alloc;
Buffer.allocUnsafe = allocUnsafe;
Buffer.allocUnsafeSlow = allocUnsafe;
Buffer.of = function of() {
  var buf = new FastBuffer(arguments.length);
  for (var i = 0; i < arguments.length; i++) buf[i] = arguments[i];
  return buf;
};

// slowBuffers maps the memory of each SlowBuffer to the SlowBuffer: as in
// v0.10, slices of a SlowBuffer have it as their .parent.
var slowBuffers = new WeakMap();

function SlowBuffer(size) {
  var buf = new FastBuffer(legacySize(size));
  slowBuffers.set(buf.buffer, buf);
  return buf;
}
SlowBuffer.prototype = Buffer.prototype;

Buffer.isBuffer = B.isBuffer; // b instanceof Buffer, in Go (Buffer.prototype as at load time)

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && slowEncoding(encoding) >= 0;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    var n = B.viewLength(string);
    if (n >= 0) return n;
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    argType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  if (encoding === undefined) return B.byteLength(string, UTF8);
  var enc = encodingCode(encoding);
  return B.byteLength(string, enc < 0 ? UTF8 : enc);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) argType('buf1', 'an instance of Buffer or Uint8Array', buf1);
  if (!isUint8Array(buf2)) argType('buf2', 'an instance of Buffer or Uint8Array', buf2);
  if (buf1 === buf2) return 0;
  return B.compare(buf1, 0, kMaxLength, buf2, 0, kMaxLength);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) argType('list', 'an instance of Array', list);
  if (list.length === 0) return new FastBuffer(0);
  if (length === undefined) {
    length = -1;
  } else {
    validateOffset(length, 'length', 0, kMaxLength);
  }
  // v0.10: a list of one Buffer returns that Buffer itself, whatever the
  // length.
  if (list.length === 1 && list[0] instanceof Buffer) return list[0];
  return new FastBuffer(B.concat(list, length));
};

// v0.10: Buffer._charsWritten is the number of characters the last
// buf.write() consumed.
Object.defineProperty(Buffer, '_charsWritten', {
  get: function () { return B.charsWritten(); },
  configurable: true,
});

// ---- prototype: strings ----

var proto = Buffer.prototype;

function defineMethods(obj, methods) {
  var names = Object.keys(methods);
  for (var i = 0; i < names.length; i++) {
    Object.defineProperty(obj, names[i], { value: methods[names[i]], writable: true, enumerable: false, configurable: true });
  }
}

function toStringImpl(encoding, start, end) {
  var s = B.toStr(this, encoding, start, end);
  if (s !== undefined) return s;
  var len = this.length;
  if (start === undefined || start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  return B.decode(this, encodingOrThrow(encoding), start, end);
}

function writeImpl(string, offset, length, encoding) {
  if (typeof string !== 'string') throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  var n = B.writeFast(this, string, offset, length, encoding);
  if (n >= 0) return n;
  var len = this.length;
  if (offset === undefined) {
    return B.write(this, string, UTF8, 0, len);
  }
  if (typeof offset === 'string' && !isFinite(offset)) {
    if (length === undefined) {
      // write(string, encoding)
      encoding = offset;
      offset = 0;
      length = len;
    } else {
      // v0.10 legacy order: write(string, encoding, offset, length)
      var swap = encoding;
      encoding = offset;
      offset = length;
      length = swap;
      if (offset === undefined) offset = 0;
    }
  }
  // v0.10 differs from v20: numeric strings are accepted as offset and length.
  if (typeof offset === 'string') offset = +offset;
  validateOffset(offset, 'offset', 0, len);
  var remaining = len - offset;
  if (typeof length === 'string' && length !== '' && isFinite(length)) length = +length;
  if (length === undefined) {
    length = remaining;
  } else if (typeof length === 'string') {
    encoding = length;
    length = remaining;
  } else {
    validateOffset(length, 'length', 0, len);
    if (length > remaining) length = remaining;
  }
  return B.write(this, string, encodingOrThrow(encoding), offset, length);
}

function inspectImpl() {
  var max = exports.INSPECT_MAX_BYTES;
  var s = B.inspectHex(this, max);
  if (this.length > max) s += ' ... ';
  return '<' + this.constructor.name + ' ' + s + '>';
}

defineMethods(proto, {
  toString: toStringImpl,
  toLocaleString: toStringImpl,
  write: writeImpl,
  // v0.10 returned a plain array here; v20 returns { type: 'Buffer', data }.
  toJSON: function toJSON() {
    return B.toArray(this);
  },
  inspect: inspectImpl,
  equals: function equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) argType('otherBuffer', 'an instance of Buffer or Uint8Array', otherBuffer);
    if (this === otherBuffer) return true;
    // B.compare clamps the ends to the lengths
    return B.compare(this, 0, kMaxLength, otherBuffer, 0, kMaxLength) === 0;
  },
  compare: function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) argType('target', 'an instance of Buffer or Uint8Array', target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart', 0, kMaxLength);
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart', 0, kMaxLength);
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return B.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },
  copy: function copy(target, targetStart, sourceStart, sourceEnd) {
    var n = B.copyFast(this, target, targetStart, sourceStart, sourceEnd);
    if (n >= 0) return n;
    if (!isUint8Array(target)) argType('target', 'an instance of Buffer or Uint8Array', target);
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0) throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
      // v0.10 differs from v20: a sourceStart past the end copies nothing.
      if (sourceStart > this.length) return 0;
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return B.copy(this, target, targetStart, sourceStart, sourceEnd);
  },
  // subarray clamps start and end as Node's slice does and, through
  // Buffer[Symbol.species], makes a Buffer, in one native call. (Called
  // on a plain Uint8Array it makes a Uint8Array; Node makes a Buffer.)
  slice: function slice(start, end) {
    return subarray.call(this, start, end);
  },
  fill: function fill(value, offset, end, encoding) {
    return _fill(this, value, offset, end, encoding);
  },
  indexOf: function indexOf(val, byteOffset, encoding) {
    var r = B.find(this, val, byteOffset, encoding, true);
    return r !== -2 ? r : bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },
  lastIndexOf: function lastIndexOf(val, byteOffset, encoding) {
    var r = B.find(this, val, byteOffset, encoding, false);
    return r !== -2 ? r : bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },
  includes: function includes(val, byteOffset, encoding) {
    var r = B.find(this, val, byteOffset, encoding, true);
    return (r !== -2 ? r : bidirectionalIndexOf(this, val, byteOffset, encoding, true)) !== -1;
  },
  swap16: function swap16() {
    if (this.length % 2 !== 0) throw makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 16-bits');
    B.swap(this, 2);
    return this;
  },
  swap32: function swap32() {
    if (this.length % 4 !== 0) throw makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 32-bits');
    B.swap(this, 4);
    return this;
  },
  swap64: function swap64() {
    if (this.length % 8 !== 0) throw makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of 64-bits');
    B.swap(this, 8);
    return this;
  },
  // v0.10 (deprecated there): buf.get(offset), buf.set(offset, value).
  // buf.set(array[, offset]) stays TypedArray#set.
  get: function get(offset) {
    return this[offset];
  },
  set: function set(a, b) {
    if (typeof a === 'number') {
      this[a] = b;
      return undefined;
    }
    return u8set.call(this, a, b);
  },
});

var inspectCustom = Symbol.for('nodejs.util.inspect.custom');
Object.defineProperty(proto, inspectCustom, { value: inspectImpl, writable: true, configurable: true });

Object.defineProperty(proto, 'parent', {
  // v0.10 differs from v20: an empty Buffer has no parent, and a slice of
  // a SlowBuffer has that SlowBuffer as parent.
  get: function () {
    if (!(this instanceof Buffer) || this.length === 0) return undefined;
    var slow = slowBuffers.get(this.buffer);
    return slow !== undefined && slow !== this ? slow : this.buffer;
  },
  enumerable: true, configurable: true,
});
Object.defineProperty(proto, 'offset', {
  get: function () { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: true,
});

// v0.10's per-encoding slice/write methods.
[['utf8', UTF8], ['ucs2', UCS2], ['utf16le', UCS2], ['latin1', LATIN1], ['binary', LATIN1],
  ['ascii', ASCII], ['base64', BASE64], ['base64url', BASE64URL], ['hex', HEX]].forEach(function (p) {
  var code = p[1];
  var m = {};
  m[p[0] + 'Slice'] = function (start, end) {
    var len = this.length;
    if (start === undefined) start = 0;
    if (end === undefined) end = len;
    if (start < 0 || end > len || start > end) throw bufferOutOfBounds();
    return B.decode(this, code, start, end);
  };
  m[p[0] + 'Write'] = function (string, offset, length) {
    if (offset === undefined) offset = 0;
    if (length === undefined) length = this.length - offset;
    if (offset < 0 || offset > this.length) throw bufferOutOfBounds('offset');
    return B.write(this, string, code, offset, length);
  };
  defineMethods(proto, m);
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

function _fill(buf, value, offset, end, encoding) {
  var enc = UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    enc = encodingCode(encoding);
    if (enc < 0) {
      if (typeof encoding !== 'string') argType('encoding', 'of type string', encoding);
      throw unknownEncoding(encoding);
    }
  } else if (typeof value === 'boolean') {
    value = +value;
  } else if (typeof value === 'object' && value !== null && !isUint8Array(value)) {
    value = +value;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset', 0, kMaxLength);
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (B.fill(buf, value, enc, offset, end) < 0) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'value' is invalid. Received " + fmtReceived(value));
  }
  return buf;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (typeof val === 'number') return B.indexOf(buffer, val, byteOffset, UTF8, dir);
  var enc = encoding === undefined ? UTF8 : encodingCode(encoding);
  if (typeof val === 'string') {
    if (enc < 0) throw unknownEncoding(encoding);
    return B.indexOf(buffer, val, byteOffset, enc, dir);
  }
  if (isUint8Array(val)) return B.indexOf(buffer, val, byteOffset, enc < 0 ? UTF8 : enc, dir);
  argType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val);
}

// ---- prototype: numbers ----

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

function checkRead(buf, offset, size) {
  if (typeof offset !== 'number') argType('offset', 'of type number', offset);
  if (!(offset >= 0 && offset + size <= buf.length && offset === Math.floor(offset))) {
    boundsError(offset, buf.length - size);
  }
}

function checkWrite(buf, value, offset, size, min, max) {
  if (typeof offset !== 'number') argType('offset', 'of type number', offset);
  if (value > max || value < min) {
    var range;
    if (size > 4) {
      if (min === 0) range = '>= 0 and < 2 ** ' + (size * 8);
      else range = '>= -(2 ** ' + (size * 8 - 1) + ') and < 2 ** ' + (size * 8 - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw outOfRange('value', range, value);
  }
  checkRead(buf, offset, size);
}

function readU(buf, offset, size, le) {
  var val = 0, mul = 1, i;
  if (le) {
    for (i = 0; i < size; i++, mul *= 256) val += (buf[offset + i] | 0) * mul;
  } else {
    for (i = size - 1; i >= 0; i--, mul *= 256) val += (buf[offset + i] | 0) * mul;
  }
  return val;
}

function writeU(buf, value, offset, size, le) {
  // value: an integer in [0, 2**(8*size)) after two's complement
  var v = Math.trunc(value) || 0;
  if (v < 0) v += Math.pow(2, 8 * size);
  for (var i = 0; i < size; i++) {
    var byte = v % 256;
    buf[le ? offset + i : offset + size - 1 - i] = byte;
    v = (v - byte) / 256;
  }
  return offset + size;
}

// numKind encodes a fixed-size number for B.numReader and B.numWriter: the
// size in bytes, then flags.
var kLE = 16, kSigned = 32, kFloat = 64;
function numKind(size, le, signed, isFloat) {
  return size | (le ? kLE : 0) | (signed ? kSigned : 0) | (isFloat ? kFloat : 0);
}

// The fixed-size read and write methods are natives (B.numReader,
// B.numWriter) that do the in-range cases; the rest (errors, noAssert
// outside the buffer, values to coerce) is done by the function given here.
function defRead(name, size, le, signed) {
  var pow = Math.pow(2, 8 * size);
  var m = {};
  m[name] = B.numReader(name, numKind(size, le, signed, false), function (offset, noAssert) {
    if (offset === undefined) offset = 0;
    if (noAssert !== true) checkRead(this, offset, size);
    var v = readU(this, offset, size, le);
    if (signed && v >= pow / 2) v -= pow;
    return v;
  });
  defineMethods(proto, m);
}

function defWrite(name, size, le, signed) {
  var pow = Math.pow(2, 8 * size);
  var min = signed ? -pow / 2 : 0;
  var max = signed ? pow / 2 - 1 : pow - 1;
  var m = {};
  m[name] = B.numWriter(name, numKind(size, le, signed, false), function (value, offset, noAssert) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (noAssert !== true) {
      checkWrite(this, value, offset, size, min, max);
    } else {
      value = Math.trunc(value) % pow;
    }
    return writeU(this, value, offset, size, le);
  });
  defineMethods(proto, m);
}

[[1, 'Int8', 'UInt8']].forEach(function (d) {
  defRead('read' + d[2], 1, true, false);
  defRead('read' + d[1], 1, true, true);
  defWrite('write' + d[2], 1, true, false);
  defWrite('write' + d[1], 1, true, true);
});
[[2, '16'], [4, '32']].forEach(function (d) {
  ['LE', 'BE'].forEach(function (e) {
    var le = e === 'LE';
    defRead('readUInt' + d[1] + e, d[0], le, false);
    defRead('readInt' + d[1] + e, d[0], le, true);
    defWrite('writeUInt' + d[1] + e, d[0], le, false);
    defWrite('writeInt' + d[1] + e, d[0], le, true);
  });
});

function validateByteLength(byteLength) {
  if (byteLength === undefined) argType('byteLength', 'of type number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength))) boundsError(byteLength, 6, 'byteLength');
}

['LE', 'BE'].forEach(function (e) {
  var le = e === 'LE';
  var floatKind = numKind(4, le, false, true);
  var doubleKind = numKind(8, le, false, true);
  var m = {};
  m['readUInt' + e] = function (offset, byteLength) {
    if (offset === undefined) argType('offset', 'of type number', offset);
    validateByteLength(byteLength);
    checkRead(this, offset, byteLength);
    return readU(this, offset, byteLength, le);
  };
  m['readInt' + e] = function (offset, byteLength) {
    if (offset === undefined) argType('offset', 'of type number', offset);
    validateByteLength(byteLength);
    checkRead(this, offset, byteLength);
    var v = readU(this, offset, byteLength, le);
    var pow = Math.pow(2, 8 * byteLength);
    return v >= pow / 2 ? v - pow : v;
  };
  m['writeUInt' + e] = function (value, offset, byteLength) {
    if (offset === undefined) argType('offset', 'of type number', offset);
    validateByteLength(byteLength);
    value = +value;
    var pow = Math.pow(2, 8 * byteLength);
    checkWrite(this, value, offset, byteLength, 0, pow - 1);
    return writeU(this, value, offset, byteLength, le);
  };
  m['writeInt' + e] = function (value, offset, byteLength) {
    if (offset === undefined) argType('offset', 'of type number', offset);
    validateByteLength(byteLength);
    value = +value;
    var pow = Math.pow(2, 8 * byteLength);
    checkWrite(this, value, offset, byteLength, -pow / 2, pow / 2 - 1);
    return writeU(this, value, offset, byteLength, le);
  };
  m['readFloat' + e] = B.numReader('readFloat' + e, floatKind, function (offset, noAssert) {
    if (offset === undefined) offset = 0;
    if (noAssert !== true) checkRead(this, offset, 4);
    return B.readFloat(this, offset, 4, le);
  });
  m['readDouble' + e] = B.numReader('readDouble' + e, doubleKind, function (offset, noAssert) {
    if (offset === undefined) offset = 0;
    if (noAssert !== true) checkRead(this, offset, 8);
    return B.readFloat(this, offset, 8, le);
  });
  m['writeFloat' + e] = B.numWriter('writeFloat' + e, floatKind, function (value, offset, noAssert) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (noAssert !== true) checkRead(this, offset, 4);
    B.writeFloat(this, value, offset, 4, le);
    return offset + 4;
  });
  m['writeDouble' + e] = B.numWriter('writeDouble' + e, doubleKind, function (value, offset, noAssert) {
    if (offset === undefined) offset = 0;
    value = +value;
    if (noAssert !== true) checkRead(this, offset, 8);
    B.writeFloat(this, value, offset, 8, le);
    return offset + 8;
  });
  m['readBigUInt64' + e] = function (offset) {
    if (offset === undefined) offset = 0;
    checkRead(this, offset, 8);
    return B.readBig64(this, offset, le, false);
  };
  m['readBigInt64' + e] = function (offset) {
    if (offset === undefined) offset = 0;
    checkRead(this, offset, 8);
    return B.readBig64(this, offset, le, true);
  };
  m['writeBigUInt64' + e] = function (value, offset) {
    if (offset === undefined) offset = 0;
    writeBig(this, value, offset, false);
    B.writeBig64(this, value, offset, le);
    return offset + 8;
  };
  m['writeBigInt64' + e] = function (value, offset) {
    if (offset === undefined) offset = 0;
    writeBig(this, value, offset, true);
    B.writeBig64(this, value, offset, le);
    return offset + 8;
  };
  defineMethods(proto, m);
});

// Node's lower-case spellings of the UInt methods.
Object.getOwnPropertyNames(proto).forEach(function (name) {
  if (/^(read|write)(Big)?UInt/.test(name)) {
    var alias = name.replace('UInt', 'Uint');
    var m = {};
    m[alias] = proto[name];
    defineMethods(proto, m);
  }
});

function writeBig(buf, value, offset, signed) {
  if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  var ok = signed ? (value >= -(2n ** 63n) && value < 2n ** 63n) : (value >= 0n && value < 2n ** 64n);
  if (!ok) {
    throw outOfRange('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n', value);
  }
  checkRead(buf, offset, 8);
}

// ---- module exports ----

function transcode(source, fromEnc, toEnc) {
  if (!isUint8Array(source)) argType('source', 'an instance of Buffer or Uint8Array', source);
  if (source.length === 0) return new FastBuffer(0);
  var f = encodingCode(fromEnc);
  var t = encodingCode(toEnc);
  var ok = function (e) { return e === UTF8 || e === UCS2 || e === LATIN1 || e === ASCII; };
  if (f < 0 || t < 0 || !ok(f) || !ok(t)) {
    var err = makeError(Error, 'U_ILLEGAL_ARGUMENT_ERROR', 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.errno = 1;
    throw err;
  }
  var s = B.decode(source, f, 0, source.length);
  if (t === LATIN1 || t === ASCII) s = s.replace(t === ASCII ? /[^\x00-\x7f]/g : /[^\x00-\xff]/g, '?');
  return new FastBuffer(B.fromString(s, t));
}

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.transcode = transcode;
exports.isUtf8 = function isUtf8(input) { return B.isUtf8(input); };
exports.isAscii = function isAscii(input) { return B.isAscii(input); };
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.btoa = function btoa(input) {
  if (arguments.length === 0) throw new TypeError('The "input" argument must be specified');
  input = '' + input;
  for (var i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) {
      var e = new Error('Invalid character');
      e.name = 'InvalidCharacterError';
      throw e;
    }
  }
  return B.decode(new FastBuffer(B.fromString(input, LATIN1)), BASE64, 0, kMaxLength);
};
exports.atob = function atob(input) {
  if (arguments.length === 0) throw new TypeError('The "input" argument must be specified');
  input = ('' + input).replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    var e = new Error('The string to be decoded is not correctly encoded.');
    e.name = 'InvalidCharacterError';
    throw e;
  }
  return B.decode(new FastBuffer(B.fromString(input, BASE64)), LATIN1, 0, kMaxLength);
};
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
exports.INSPECT_MAX_BYTES = 50;
