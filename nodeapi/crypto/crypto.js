'use strict';
// Node's 'crypto' module: the API surface over the Go binding (crypto.go,
// hash.go, cipher.go, keys.go). Argument checks follow Node v20's errors;
// the byte work (hashing, string encoding, ciphers, keys) is all in Go.
//
// Hash, Hmac, Cipheriv and Decipheriv are "lazy" Transforms: the stream
// machinery is only built the first time a stream method touches it, so
// the common update()/digest() use costs no stream setup.

var Buffer = require('buffer').Buffer;
var stream = require('stream');
var Transform = stream.Transform;
var Writable = stream.Writable;
var StringDecoder = require('string_decoder').StringDecoder;
var internalErrors = require('internal/errors');

var kHandle = Symbol('kHandle');
var kLazyInit = Symbol('kLazyInit');

function inherits(ctor, superCtor) {
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  Object.setPrototypeOf(ctor, superCtor);
}

// ---- errors -----------------------------------------------------------------

function nodeError(Ctor, code, message) {
  var err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}
function invalidArgType(name, expected, v) { return internalErrors.invalidArgType(name, expected, v); }
function outOfRange(name, range, v) { return internalErrors.outOfRange(name, range, v); }

var BINARY_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';
var BINARY_AB_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
var KEY_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

function isView(v) { return ArrayBuffer.isView(v); }
function isBinaryLike(v) { return typeof v === 'string' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer; }

function validateString(v, name) {
  if (typeof v !== 'string') throw invalidArgType(name, 'of type string', v);
}
function validateFunction(v, name) {
  if (typeof v !== 'function') throw invalidArgType(name, 'of type function', v);
}
function validateInt32(v, name, min, max) {
  if (typeof v !== 'number') throw invalidArgType(name, 'of type number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
}

exports.DEFAULT_ENCODING = 'buffer';
function defaultEncoding(enc) {
  if (enc === undefined || enc === null) return exports.DEFAULT_ENCODING;
  return enc;
}
// inputEncoding is the encoding of a string input given without one: v0.10
// decodes it with crypto.DEFAULT_ENCODING when that names a string encoding.
function inputEncoding(enc) {
  enc = defaultEncoding(enc);
  return enc === 'buffer' ? undefined : enc;
}

// ---- LazyTransform ----------------------------------------------------------

function LazyTransform(options) {
  this._options = options;
}
inherits(LazyTransform, Transform);

['_readableState', '_writableState'].forEach(function (name) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      if (this[kLazyInit]) return undefined;
      this[kLazyInit] = true;
      Transform.call(this, this._options);
      return this[name];
    },
    set: function (v) {
      Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
    },
  });
});

// ---- Hash and Hmac ----------------------------------------------------------

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var xofLen;
  if (options && options.outputLength !== undefined) {
    validateInt32(options.outputLength, 'options.outputLength', 0, 2147483647);
    xofLen = options.outputLength;
  }
  if (algorithm instanceof Hash) {
    this[kHandle] = binding.hashCopy(algorithm[kHandle], xofLen);
  } else {
    validateString(algorithm, 'algorithm');
    var h = binding.hashNew(algorithm, xofLen);
    if (h === null) throw new Error('Digest method not supported');
    this[kHandle] = h;
  }
  LazyTransform.call(this, options);
}
inherits(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  binding.hashUpdate(this[kHandle], data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  return binding.hashDigest(this[kHandle], defaultEncoding(outputEncoding));
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.hashUpdate(this[kHandle], chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(binding.hashDigest(this[kHandle]));
  callback();
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  var keyEnc = options && options.encoding;
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + key.type + ', expected secret.');
    key = binding.keyExport(key[kHandle]);
  } else if (!isBinaryLike(key)) {
    throw invalidArgType('key', KEY_TYPES, key);
  }
  if (key instanceof ArrayBuffer) key = new Uint8Array(key);
  var h = binding.hmacNew(hmac, key, keyEnc);
  if (h === null) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
  this[kHandle] = h;
  LazyTransform.call(this, options);
}
inherits(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = Hash.prototype.digest;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

exports.createHash = function createHash(algorithm, options) { return new Hash(algorithm, options); };
exports.createHmac = function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); };
exports.Hash = Hash;
exports.Hmac = Hmac;

exports.getHashes = function getHashes() { return binding.hashes.slice(); };

// crypto.hash(algorithm, data[, outputEncoding]) (Node >= 21.7).
exports.hash = function hash(algorithm, data, outputEncoding) {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !isView(data)) throw invalidArgType('data', BINARY_TYPES, data);
  if (outputEncoding === undefined) outputEncoding = 'hex';
  var r = binding.hashOnce(algorithm, data, 'utf8', outputEncoding);
  if (r === null) throw new Error('Digest method not supported');
  return r;
};

// ---- key derivation ---------------------------------------------------------

function binaryArg(v, name) {
  if (typeof v === 'string' || isView(v)) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  throw invalidArgType(name, BINARY_AB_TYPES, v);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = binaryArg(password, 'password');
  salt = binaryArg(salt, 'salt');
  // v0.10: the digest is optional and defaults to sha1.
  if (digest === undefined || digest === null) digest = 'sha1';
  validateString(digest, 'digest');
  validateInt32(iterations, 'iterations', 1, 2147483647);
  validateInt32(keylen, 'keylen', 0, 2147483647);
  return [password, salt, iterations, keylen, digest];
}

exports.pbkdf2 = function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(a[0], a[1], a[2], a[3], a[4], function (err, key) {
    if (err) return callback(err);
    callback(null, encodeOut(key));
  });
};

// The derived key is a string when crypto.DEFAULT_ENCODING names one (v0.10).
exports.pbkdf2Sync = function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  var a = pbkdf2Args(password, salt, iterations, keylen, digest);
  return encodeOut(binding.pbkdf2(a[0], a[1], a[2], a[3], a[4]));
};

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  if (ikm instanceof KeyObject) ikm = binding.keyExport(ikm[kHandle]);
  ikm = binaryArg(ikm, 'ikm');
  salt = binaryArg(salt, 'salt');
  info = binaryArg(info, 'info');
  validateInt32(keylen, 'length', 0, 2147483647);
  if (!binding.digestKnown(digest)) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  return [digest, ikm, salt, info, keylen];
}

exports.hkdf = function hkdf(digest, ikm, salt, info, keylen, callback) {
  var a = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  binding.hkdf(a[0], a[1], a[2], a[3], a[4], callback);
};

exports.hkdfSync = function hkdfSync(digest, ikm, salt, info, keylen) {
  var a = hkdfArgs(digest, ikm, salt, info, keylen);
  return binding.hkdf(a[0], a[1], a[2], a[3], a[4]);
};

// ---- randomness -------------------------------------------------------------

var kMaxLength = 2147483647;

// v0.10's Buffer limit: randomBytes refuses more with a TypeError.
var kMaxRandomBytes = 0x3fffffff;

function randomBytes(size, callback) {
  if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  if (size > kMaxRandomBytes) throw nodeError(TypeError, 'ERR_OUT_OF_RANGE', 'size > Buffer::kMaxLength');
  if (callback !== undefined) validateFunction(callback, 'callback');
  return binding.randomBytes(Math.floor(size), callback);
}
exports.randomBytes = exports.rng = randomBytes;
exports.pseudoRandomBytes = exports.prng = randomBytes;

function fillView(buf, offset, size, name) {
  var isAB = buf instanceof ArrayBuffer;
  if (!isAB && !isView(buf)) throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  var elementSize = buf.BYTES_PER_ELEMENT || 1;
  var byteLength = buf.byteLength;
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw invalidArgType('offset', 'of type number', offset);
  offset *= elementSize;
  if (!(offset >= 0 && offset <= byteLength)) throw outOfRange('offset', '>= 0 && <= ' + byteLength, offset);
  if (size === undefined) size = byteLength - offset;
  else {
    if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
    size *= elementSize;
    if (!(size >= 0 && size + offset <= byteLength)) throw outOfRange('size + offset', '<= ' + byteLength, size + offset);
  }
  if (isAB) return new Uint8Array(buf, offset, size);
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, size);
}

exports.randomFillSync = function randomFillSync(buf, offset, size) {
  binding.randomFill(fillView(buf, offset, size));
  return buf;
};

exports.randomFill = function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  var view = fillView(buf, offset, size);
  binding.randomFill(view, function (err) { callback(err, buf); });
};

var RAND_MAX = 0xFFFFFFFFFFFF;
exports.randomInt = function randomInt(min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
  }
  var range = max - min;
  if (!(range <= RAND_MAX)) throw outOfRange('max - min', '<= ' + RAND_MAX, range);
  var n = binding.randomInt(min, max);
  if (callback === undefined) return n;
  process.nextTick(callback, undefined, n);
};

exports.randomUUID = function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  return binding.randomUUID();
};

exports.getRandomValues = function getRandomValues(data) {
  if (!isView(data) || data instanceof Float32Array || data instanceof Float64Array || data instanceof DataView) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The data argument must be an integer-type TypedArray');
  }
  if (data.byteLength > 65536) {
    var e = new Error("The ArrayBufferView's byte length (" + data.byteLength + ') exceeds the number of bytes of entropy available via this API (65536)');
    e.name = 'QuotaExceededError';
    throw e;
  }
  binding.randomFill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
};

exports.timingSafeEqual = function timingSafeEqual(a, b) {
  return binding.timingSafeEqual(a, b);
};

// ---- ciphers ----------------------------------------------------------------

// getDecoder is the cipher's output decoder, made for the first output
// encoding; later calls keep it whatever they ask for, as v0.10 did (v20
// asserts "Cannot change encoding").
function getDecoder(self, enc) {
  var d = self._decoder;
  if (d === null || d === undefined) d = self._decoder = new StringDecoder(enc);
  return d;
}

function cipherKey(key, name) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + key.type + ', expected secret.');
    return binding.keyExport(key[kHandle]);
  }
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  if (typeof key !== 'string' && !isView(key)) throw invalidArgType(name, KEY_TYPES, key);
  return key;
}

function initCipher(self, cipher, key, iv, options, decrypt, legacy) {
  validateString(cipher, 'cipher');
  var keyEnc = options && options.encoding;
  var tagLen;
  if (options && options.authTagLength !== undefined) {
    validateInt32(options.authTagLength, 'options.authTagLength', 0, 2147483647);
    tagLen = options.authTagLength;
  }
  if (legacy) {
    if (typeof key !== 'string' && !isView(key)) throw invalidArgType('password', BINARY_TYPES, key);
  } else {
    key = cipherKey(key, 'key');
    if (iv !== null && typeof iv !== 'string' && !isView(iv)) {
      throw invalidArgType('iv', BINARY_AB_TYPES, iv);
    }
  }
  self[kHandle] = binding.cipherNew(cipher, key, iv, decrypt, tagLen, keyEnc, keyEnc, !!legacy);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  var ret = binding.cipherUpdate(this[kHandle], data, inputEncoding);
  outputEncoding = defaultEncoding(outputEncoding);
  if (outputEncoding && outputEncoding !== 'buffer') return getDecoder(this, outputEncoding).write(ret);
  return ret;
}

function cipherFinal(outputEncoding) {
  var ret = binding.cipherFinal(this[kHandle]);
  outputEncoding = defaultEncoding(outputEncoding);
  if (outputEncoding && outputEncoding !== 'buffer') return getDecoder(this, outputEncoding).end(ret);
  return ret;
}

function defineCipherClass(name, decrypt, legacy) {
  var C = function (cipher, key, iv, options) {
    if (!(this instanceof C)) return new C(cipher, key, iv, options);
    if (legacy) initCipher(this, cipher, key, null, iv, decrypt, true);
    else initCipher(this, cipher, key, iv, options, decrypt, false);
  };
  Object.defineProperty(C, 'name', { value: name });
  inherits(C, LazyTransform);
  C.prototype.update = cipherUpdate;
  C.prototype.final = cipherFinal;
  if (decrypt) C.prototype.finaltol = cipherFinal; // v0.10's alias
  C.prototype.setAutoPadding = function setAutoPadding(ap) {
    binding.cipherSetAutoPadding(this[kHandle], ap === undefined ? true : !!ap);
    return this;
  };
  C.prototype.setAAD = function setAAD(buf, options) {
    if (!isView(buf)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buf);
    binding.cipherSetAAD(this[kHandle], buf);
    return this;
  };
  if (decrypt) {
    C.prototype.setAuthTag = function setAuthTag(tag, encoding) {
      if (typeof tag !== 'string' && !isView(tag)) throw invalidArgType('buffer', BINARY_TYPES, tag);
      binding.cipherSetAuthTag(this[kHandle], tag, encoding);
      return this;
    };
    // v0.10 differs: every cipher object has both methods, the wrong one
    // throwing (v20 has no getAuthTag on a Decipheriv).
    C.prototype.getAuthTag = function getAuthTag() {
      throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Attempting to get auth tag in unsupported state');
    };
  } else {
    C.prototype.getAuthTag = function getAuthTag() {
      return binding.cipherGetAuthTag(this[kHandle]);
    };
    C.prototype.setAuthTag = function setAuthTag() {
      throw nodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Attempting to set auth tag in unsupported state');
    };
  }
  C.prototype._transform = function _transform(chunk, encoding, callback) {
    this.push(binding.cipherUpdate(this[kHandle], chunk, encoding));
    callback();
  };
  C.prototype._flush = function _flush(callback) {
    try {
      this.push(binding.cipherFinal(this[kHandle]));
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  };
  return C;
}

var Cipheriv = defineCipherClass('Cipheriv', false, false);
var Decipheriv = defineCipherClass('Decipheriv', true, false);
var Cipher = defineCipherClass('Cipher', false, true);
var Decipher = defineCipherClass('Decipher', true, true);

exports.Cipheriv = Cipheriv;
exports.Decipheriv = Decipheriv;
exports.Cipher = Cipher;
exports.Decipher = Decipher;
exports.createCipheriv = function createCipheriv(cipher, key, iv, options) { return new Cipheriv(cipher, key, iv, options); };
exports.createDecipheriv = function createDecipheriv(cipher, key, iv, options) { return new Decipheriv(cipher, key, iv, options); };
exports.createCipher = function createCipher(cipher, password, options) { return new Cipher(cipher, password, options); };
exports.createDecipher = function createDecipher(cipher, password, options) { return new Decipher(cipher, password, options); };
exports.getCiphers = function getCiphers() { return binding.ciphers.slice(); };
exports.getCipherInfo = function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', 'one of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') return undefined;
  var info = binding.cipherInfo(nameOrNid);
  if (info && options) {
    if (options.keyLength !== undefined && options.keyLength !== info.keyLength) return undefined;
    if (options.ivLength !== undefined && options.ivLength !== info.ivLength && info.mode !== 'gcm') return undefined;
  }
  return info;
};

// ---- keys -------------------------------------------------------------------

function KeyObject(type, handle) {
  if (type !== 'secret' && type !== 'public' && type !== 'private') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' is invalid. Received '" + type + "'");
  }
  this[kHandle] = handle;
  Object.defineProperty(this, '_info', { value: binding.keyInfo(handle), enumerable: false });
}

Object.defineProperty(KeyObject.prototype, 'type', { get: function () { return this._info.type; } });
Object.defineProperty(KeyObject.prototype, 'asymmetricKeyType', {
  get: function () { return this._info.asymmetricKeyType; },
});
Object.defineProperty(KeyObject.prototype, 'asymmetricKeyDetails', {
  get: function () {
    var d = this._info.details;
    if (!d) return undefined;
    var o = {};
    Object.keys(d).forEach(function (k) { o[k] = d[k]; });
    return o;
  },
});
Object.defineProperty(KeyObject.prototype, 'symmetricKeySize', {
  get: function () { return this._info.type === 'secret' ? this._info.size : undefined; },
});

KeyObject.prototype.export = function exportKey(options) {
  if (this.type === 'secret') {
    var buf = binding.keyExport(this[kHandle]);
    if (options && options.format === 'jwk') return { kty: 'oct', k: buf.toString('base64url') };
    return buf;
  }
  if (options === undefined || options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  var format = options.format === undefined ? 'pem' : options.format;
  if (format !== 'pem' && format !== 'der') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' is invalid. Received '" + format + "'");
  }
  if (options.cipher !== undefined) {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Encrypted key export is not available in isonode');
  }
  var type = options.type;
  if (type === undefined) type = this.type === 'private' ? 'pkcs8' : 'spki';
  return binding.keyExport(this[kHandle], format, type);
};

KeyObject.prototype.equals = function equals(other) {
  if (!(other instanceof KeyObject)) throw invalidArgType('otherKeyObject', 'an instance of KeyObject', other);
  return binding.keyEquals(this[kHandle], other[kHandle]);
};

exports.KeyObject = KeyObject;

// parseKey turns what sign/verify/createPrivateKey… accept into a handle.
// kind is "private" or "public".
function parseKey(key, kind, name) {
  if (key instanceof KeyObject) {
    if (kind === 'private' && key.type !== 'private') {
      throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type ' + key.type + ', expected private.');
    }
    return key[kHandle];
  }
  var data = key, format, type, passphrase;
  if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof ArrayBuffer)) {
    data = key.key;
    format = key.format;
    type = key.type;
    passphrase = key.passphrase;
    if (data instanceof KeyObject) return data[kHandle];
  }
  if (data instanceof ArrayBuffer) data = new Uint8Array(data);
  if (typeof data !== 'string' && !isView(data)) {
    throw invalidArgType(name || 'key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
  }
  if (format === 'jwk') throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'JWK keys are not available in isonode');
  return binding.keyParse(kind, data, format, type, passphrase);
}

function keyOptions(key) {
  if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject)) return key;
  return {};
}

exports.createPrivateKey = function createPrivateKey(key) {
  return new KeyObject('private', parseKey(key, 'private'));
};
exports.createPublicKey = function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type === 'private') return new KeyObject('public', binding.keyPublic(key[kHandle]));
    if (key.type === 'public') return key;
  }
  return new KeyObject('public', parseKey(key, 'public'));
};
exports.createSecretKey = function createSecretKey(key, encoding) {
  if (key instanceof ArrayBuffer) key = new Uint8Array(key);
  if (typeof key !== 'string' && !isView(key)) throw invalidArgType('key', BINARY_AB_TYPES, key);
  if (typeof key === 'string') key = Buffer.from(key, encoding);
  return new KeyObject('secret', binding.keyParse('secret', key));
};

function encodeKey(keyObject, enc) {
  if (!enc) return keyObject;
  return keyObject.export(enc);
}

function keyPairArgs(type, options) {
  validateString(type, 'type');
  options = options || {};
  var bits = 0, exp = 65537, curve;
  if (type === 'rsa') {
    validateInt32(options.modulusLength, 'options.modulusLength', 0, 2147483647);
    bits = options.modulusLength;
    if (options.publicExponent !== undefined) exp = options.publicExponent;
  } else if (type === 'ec') {
    validateString(options.namedCurve, 'options.namedCurve');
    curve = options.namedCurve;
  } else if (type !== 'ed25519' && type !== 'x25519') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' must be a supported key type. Received '" + type + "'");
  }
  return [type, bits, exp, curve];
}

function keyPairResult(pair, options) {
  options = options || {};
  var pub = new KeyObject('public', pair[0]);
  var priv = new KeyObject('private', pair[1]);
  return { publicKey: encodeKey(pub, options.publicKeyEncoding), privateKey: encodeKey(priv, options.privateKeyEncoding) };
}

exports.generateKeyPairSync = function generateKeyPairSync(type, options) {
  var a = keyPairArgs(type, options);
  return keyPairResult(binding.generateKeyPair(a[0], a[1], a[2], a[3]), options);
};

exports.generateKeyPair = function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  var a = keyPairArgs(type, options);
  binding.generateKeyPair(a[0], a[1], a[2], a[3], function (err, pair) {
    if (err) return callback(err);
    var r;
    try {
      r = keyPairResult(pair, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, r.publicKey, r.privateKey);
  });
};

exports.generateKeySync = function generateKeySync(type, options) {
  validateString(type, 'type');
  var len = options && options.length;
  validateInt32(len, 'options.length', 8, 2147483647);
  return exports.createSecretKey(randomBytes(len >> 3));
};

// ---- Sign and Verify --------------------------------------------------------

var constants = binding.constants;
exports.constants = constants;

function signOptions(key) {
  var o = keyOptions(key);
  var padding = o.padding === undefined ? 1 : o.padding;
  var salt = o.saltLength === undefined ? -2 : o.saltLength;
  var p1363 = o.dsaEncoding === 'ieee-p1363';
  return [padding, salt, p1363];
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  validateString(algorithm, 'algorithm');
  var h = binding.hashNew(algorithm);
  if (h === null) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  this[kHandle] = h;
  Writable.call(this, options);
}
inherits(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.update = function update(data, encoding) {
  binding.hashUpdate(this[kHandle], data, encoding);
  return this;
};
Sign.prototype.sign = function sign(privateKey, encoding) {
  if (!privateKey) throw nodeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  var k = parseKey(privateKey, 'private', 'key');
  var o = signOptions(privateKey);
  var sig = binding.sign(k, null, null, o[0], o[1], o[2], this[kHandle]);
  encoding = defaultEncoding(encoding);
  if (encoding && encoding !== 'buffer') return sig.toString(encoding);
  return sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  validateString(algorithm, 'algorithm');
  var h = binding.hashNew(algorithm);
  if (h === null) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  this[kHandle] = h;
  Writable.call(this, options);
}
inherits(Verify, Writable);

Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  var k = parseKey(object, 'public', 'key');
  var o = signOptions(object);
  if (typeof signature === 'string') signature = Buffer.from(signature, inputEncoding(sigEncoding));
  else if (!isView(signature)) throw invalidArgType('signature', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', signature);
  return binding.verify(k, null, null, o[0], o[1], o[2], this[kHandle], signature);
};

exports.Sign = Sign;
exports.Verify = Verify;
exports.createSign = function createSign(algorithm, options) { return new Sign(algorithm, options); };
exports.createVerify = function createVerify(algorithm, options) { return new Verify(algorithm, options); };

// One-shot crypto.sign / crypto.verify (algorithm null for Ed25519).
exports.sign = function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (!isView(data)) throw invalidArgType('data', 'an instance of Buffer, TypedArray, or DataView', data);
  var k = parseKey(key, 'private', 'key');
  var o = signOptions(key);
  var sig = binding.sign(k, algorithm === undefined ? null : algorithm, data, o[0], o[1], o[2], null);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, sig);
    return;
  }
  return sig;
};

exports.verify = function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (!isView(data)) throw invalidArgType('data', 'an instance of Buffer, TypedArray, or DataView', data);
  if (!isView(signature)) throw invalidArgType('signature', 'an instance of Buffer, TypedArray, or DataView', signature);
  var k = parseKey(key, 'public', 'key');
  var o = signOptions(key);
  var ok = binding.verify(k, algorithm === undefined ? null : algorithm, data, o[0], o[1], o[2], null, signature);
  if (typeof callback === 'function') {
    process.nextTick(callback, null, ok);
    return;
  }
  return ok;
};

// ---- RSA encryption ---------------------------------------------------------

function rsaFunction(op, kind, defaultPadding) {
  return function (key, buffer) {
    var k = parseKey(key, kind, 'key');
    var o = keyOptions(key);
    var padding = o.padding === undefined ? defaultPadding : o.padding;
    if (typeof buffer === 'string') buffer = Buffer.from(buffer, o.encoding);
    if (!isView(buffer)) throw invalidArgType('buffer', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', buffer);
    return binding.rsaCrypt(k, op, buffer, padding, o.oaepHash, o.oaepLabel);
  };
}
exports.publicEncrypt = rsaFunction('publicEncrypt', 'public', 4);
exports.privateDecrypt = rsaFunction('privateDecrypt', 'private', 4);
exports.privateEncrypt = rsaFunction('privateEncrypt', 'private', 1);
exports.publicDecrypt = rsaFunction('publicDecrypt', 'public', 1);

// ---- ECDH -------------------------------------------------------------------

function toBuf(v, enc) {
  if (typeof v === 'string') return Buffer.from(v, enc);
  return v;
}
function encodeOut(buf, enc) {
  enc = defaultEncoding(enc);
  if (enc && enc !== 'buffer') return buf.toString(enc);
  return buf;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  var h = binding.ecdhNew(curve);
  if (h === null) throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  this[kHandle] = h;
}
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  binding.ecdhGenerate(this[kHandle]);
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  return encodeOut(binding.ecdhGet(this[kHandle], 'public', format === 'compressed'), encoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encodeOut(binding.ecdhGet(this[kHandle], 'private'), encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  binding.ecdhSetPrivate(this[kHandle], toBuf(key, inputEncoding(encoding)));
  return this;
};
ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  return encodeOut(binding.ecdhCompute(this[kHandle], toBuf(key, inputEncoding(inEnc))), outEnc);
};
exports.ECDH = ECDH;
exports.createECDH = function createECDH(curve) { return new ECDH(curve); };
exports.getCurves = function getCurves() { return binding.curves.slice(); };

// ---- DiffieHellman -----------------------------------------------------------

function dhKey(v, enc, name) {
  if (typeof v === 'string') return Buffer.from(v, enc);
  if (!isView(v) && !(v instanceof ArrayBuffer)) throw invalidArgType(name, BINARY_AB_TYPES, v);
  return v;
}

function isEncoding(enc) {
  return typeof enc === 'string' && (enc === 'buffer' || Buffer.isEncoding(enc));
}

// DiffieHellman(sizeOrKey[, keyEncoding][, generator[, genEncoding]])
function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isView(sizeOrKey) && !(sizeOrKey instanceof ArrayBuffer)) {
    throw invalidArgType('sizeOrKey', 'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', sizeOrKey);
  }
  if (!isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey', 0, 2147483647);
  else sizeOrKey = dhKey(sizeOrKey, inputEncoding(keyEncoding || undefined), 'sizeOrKey');
  if (generator === undefined || generator === null) generator = 2;
  else if (typeof generator === 'string') generator = Buffer.from(generator, isEncoding(genEncoding) && genEncoding !== 'buffer' ? genEncoding : undefined);
  else if (typeof generator !== 'number' && !isView(generator) && !(generator instanceof ArrayBuffer)) {
    throw invalidArgType('generator', 'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', generator);
  }
  this[kHandle] = binding.dhNew(sizeOrKey, generator);
  defineVerifyError(this);
}

function defineVerifyError(self) {
  Object.defineProperty(self, 'verifyError', {
    value: binding.dhVerifyError(self[kHandle]), enumerable: true, writable: false, configurable: true,
  });
}

// DiffieHellmanGroup(name): one of the MODP groups; its keys cannot be set.
function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  var h = binding.dhGroup(name);
  if (h === null) throw nodeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  this[kHandle] = h;
  defineVerifyError(this);
}

function dhGetter(which) {
  return function (encoding) { return encodeOut(binding.dhGet(this[kHandle], which), encoding); };
}
DiffieHellmanGroup.prototype.generateKeys = DiffieHellman.prototype.generateKeys = function generateKeys(encoding) {
  binding.dhGenerate(this[kHandle]);
  return this.getPublicKey(encoding);
};
DiffieHellmanGroup.prototype.computeSecret = DiffieHellman.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  return encodeOut(binding.dhCompute(this[kHandle], dhKey(key, inputEncoding(inEnc), 'key')), outEnc);
};
DiffieHellmanGroup.prototype.getPrime = DiffieHellman.prototype.getPrime = dhGetter('prime');
DiffieHellmanGroup.prototype.getGenerator = DiffieHellman.prototype.getGenerator = dhGetter('generator');
DiffieHellmanGroup.prototype.getPublicKey = DiffieHellman.prototype.getPublicKey = dhGetter('public');
DiffieHellmanGroup.prototype.getPrivateKey = DiffieHellman.prototype.getPrivateKey = dhGetter('private');
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  binding.dhSet(this[kHandle], 'public', dhKey(key, inputEncoding(encoding), 'key'));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  binding.dhSet(this[kHandle], 'private', dhKey(key, inputEncoding(encoding), 'key'));
  return this;
};

exports.DiffieHellman = DiffieHellman;
exports.DiffieHellmanGroup = DiffieHellmanGroup;
exports.createDiffieHellman = function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
};
exports.getDiffieHellman = exports.createDiffieHellmanGroup = function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
};

// ---- misc ---------------------------------------------------------------------

// createCredentials(options[, context]) is v0.10's name for
// tls.createSecureContext (deprecated since); .context is the native context.
exports.createCredentials = function createCredentials(options, context) {
  return require('tls').createSecureContext(options, context);
};

exports.getFips = function getFips() { return 0; };
exports.setFips = function setFips(v) {
  if (v) throw nodeError(Error, 'ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode in a non-FIPS build.');
};
exports.setEngine = function setEngine() {
  throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Custom engines not supported by this OpenSSL');
};
