'use strict';
// Node's 'string_decoder'. The decoding state lives in Go (binding).

var kState = Symbol('kNativeDecoder');
var B = binding;

function StringDecoder(encoding) {
  if (!(this instanceof StringDecoder)) return new StringDecoder(encoding);
  var name = B.encoding(encoding === undefined || encoding === null || encoding === '' ? 'utf8' : '' + encoding);
  if (name === undefined) {
    var err = new TypeError('Unknown encoding: ' + encoding);
    Object.defineProperty(err, 'code', { value: 'ERR_UNKNOWN_ENCODING', writable: true, enumerable: true, configurable: true });
    throw err;
  }
  this.encoding = name;
  Object.defineProperty(this, kState, { value: B.create(name) });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return B.write(this[kState], buf);
};

StringDecoder.prototype.end = function end(buf) {
  var ret = '';
  if (buf !== undefined) ret = this.write(buf);
  return ret + B.end(this[kState]);
};

StringDecoder.prototype.text = function text(buf, offset) {
  B.reset(this[kState]);
  return this.write(buf.subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get: function () { return B.pending(this[kState])[2]; },
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get: function () { return B.pending(this[kState])[0]; },
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get: function () { return B.pending(this[kState])[1]; },
  },
});

exports.StringDecoder = StringDecoder;
