// Buffer construction: new Buffer(...), Buffer.from/alloc/allocUnsafe,
// isBuffer, isEncoding, byteLength, SlowBuffer, module exports.
// v0.10 differs: toString(null) / toString('') decode as utf8 (v0.10's
// `encoding || 'utf8'`); Node v20 throws Unknown encoding for them.
// v0.10 differs: new Buffer(n) and SlowBuffer(n) make a negative or NaN
// size 0, truncate fractions and throw a plain RangeError above 0x3fffffff
// bytes (v20 throws ERR_OUT_OF_RANGE for negatives and fractions).
var buffer = require('buffer');
function show(v) {
  if (typeof v === 'string') return '"' + v.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
  if (Buffer.isBuffer(v)) return 'buf:' + v.toString('hex');
  if (typeof v === 'bigint') return v + 'n';
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return String(v);
}
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); }
}

t('new size', function () { return new Buffer(4); });
t('new size len', function () { return new Buffer(10).length; });
t('new array', function () { return new Buffer([1, 2, 255, 256, -1, 'x', 3.7]); });
t('new string', function () { return new Buffer('hi there'); });
t('new string hex', function () { return new Buffer('deadbeef', 'hex'); });
t('new string base64', function () { return new Buffer('aGVsbG8=', 'base64'); });
t('new buffer copies', function () { var a = new Buffer('abc'); var b = new Buffer(a); a[0] = 0x7a; return [a.toString(), b.toString()]; });
t('Buffer() no new', function () { return Buffer('abc'); });
t('new neg', function () { return new Buffer(-1); });
t('new legacy sizes', function () { return [new Buffer(NaN).length, new Buffer(3.7).length, Buffer(0.5).length, new buffer.SlowBuffer(-2).length, new buffer.SlowBuffer(2.5).length]; });
t('new too big', function () { return new Buffer(0x40000000); });
t('SlowBuffer too big', function () { return new buffer.SlowBuffer(0x40000000); });
t('new NaN size', function () { return Buffer.alloc(NaN); });
t('new object', function () { return new Buffer({}); });
t('new number enc', function () { return new Buffer(5, 'utf8'); });
t('from array', function () { return Buffer.from([104, 105]); });
t('from arraylike', function () { return Buffer.from({ length: 3, 0: 1, 1: 300 }); });
t('from arraylike bad len', function () { return Buffer.from({ length: 'x' }); });
t('from buffer', function () { return Buffer.from(Buffer.from('xyz')); });
t('from uint16array', function () { return Buffer.from(new Uint16Array([1, 0x1234])); });
t('from json shape', function () { return Buffer.from({ type: 'Buffer', data: [1, 2, 3] }); });
t('from String object', function () { return Buffer.from(new String('abc')); });
t('from valueOf', function () { return Buffer.from({ valueOf: function () { return [9, 8]; } }); });
t('from toPrimitive', function () { return Buffer.from({ [Symbol.toPrimitive]: function (h) { return 'p-' + h; } }); });
t('from number', function () { return Buffer.from(5); });
t('from null', function () { return Buffer.from(null); });
t('from undefined', function () { return Buffer.from(); });
t('from fn', function () { return Buffer.from(function foo() {}); });
t('from bad enc', function () { return Buffer.from('a', 'nope'); });
t('from enc null', function () { return Buffer.from('a', null); });
t('from empty string', function () { return Buffer.from('').length; });

var ab = new ArrayBuffer(8);
var u8 = new Uint8Array(ab);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
t('from ab', function () { return Buffer.from(ab); });
t('from ab off', function () { return Buffer.from(ab, 2); });
t('from ab off len', function () { return Buffer.from(ab, 2, 3); });
t('from ab shares', function () { var b = Buffer.from(ab, 1, 2); b[0] = 0xaa; return [u8[1], b.buffer === ab, b.byteOffset]; });
t('from ab off NaN', function () { return Buffer.from(ab, 'x', 2); });
t('from ab len neg', function () { return Buffer.from(ab, 2, -5).length; });
t('from ab off oob', function () { return Buffer.from(ab, 9); });
t('from ab len oob', function () { return Buffer.from(ab, 4, 5); });
t('from typed.buffer', function () { return Buffer.from(new Uint16Array([0x0102, 0x0304]).buffer); });

t('alloc', function () { return Buffer.alloc(3); });
t('alloc fill num', function () { return Buffer.alloc(3, 257); });
t('alloc fill str', function () { return Buffer.alloc(5, 'abc'); });
t('alloc fill enc', function () { return Buffer.alloc(4, 'YQ==', 'base64'); });
t('alloc fill hex', function () { return Buffer.alloc(5, 'a1b2', 'hex'); });
t('alloc fill buf', function () { return Buffer.alloc(5, Buffer.from([1, 2])); });
t('alloc fill bad hex', function () { return Buffer.alloc(4, 'zz', 'hex'); });
t('alloc fill bad enc', function () { return Buffer.alloc(4, 'a', 'nope'); });
t('alloc 0 fill', function () { return Buffer.alloc(0, 'abc'); });
t('alloc str size', function () { return Buffer.alloc('5'); });
t('alloc neg', function () { return Buffer.alloc(-1); });
t('alloc huge', function () { return Buffer.alloc(2 ** 33); });
t('allocUnsafe len', function () { return Buffer.allocUnsafe(7).length; });
t('allocUnsafeSlow len', function () { return Buffer.allocUnsafeSlow(7).length; });
t('allocUnsafe bad', function () { return Buffer.allocUnsafe('x'); });
t('SlowBuffer', function () { var s = new buffer.SlowBuffer(3); return [s.length, Buffer.isBuffer(s), s instanceof Uint8Array]; });
t('of', function () { return Buffer.of(1, 2, 3); });

t('isBuffer buf', function () { return Buffer.isBuffer(Buffer.alloc(1)); });
t('isBuffer u8', function () { return Buffer.isBuffer(new Uint8Array(1)); });
t('isBuffer str', function () { return Buffer.isBuffer('abc'); });
t('isBuffer none', function () { return Buffer.isBuffer(); });
t('isBuffer function', function () { return [Buffer.isBuffer.name, Buffer.isBuffer.length, Buffer.isBuffer.call(null, Buffer.alloc(0))]; });
t('instanceof', function () { var b = Buffer.alloc(1); return [b instanceof Buffer, b instanceof Uint8Array, b.constructor === Buffer, Object.getPrototypeOf(b) === Buffer.prototype]; });
t('slice instanceof', function () { return Buffer.alloc(4).slice(1) instanceof Buffer; });
t('subarray instanceof', function () { return Buffer.alloc(4).subarray(1) instanceof Buffer; });
t('map instanceof', function () { return Buffer.from([1, 2]).map(function (x) { return x * 2; }); });

['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY', 'ascii',
  'base64', 'base64url', 'hex', 'HEX', 'nope', '', 'utf16', 'utf-16', 'raw', 'raws'].forEach(function (e) {
  t('isEncoding ' + JSON.stringify(e), function () { return Buffer.isEncoding(e); });
});
t('isEncoding null', function () { return Buffer.isEncoding(null); });
t('isEncoding num', function () { return Buffer.isEncoding(1); });

t('byteLength ascii', function () { return Buffer.byteLength('hello'); });
t('byteLength utf8', function () { return Buffer.byteLength('\u00bd + \u00bc = \u00be', 'utf8'); });
t('byteLength surrogate', function () { return [Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\ud800'), Buffer.byteLength('\udc00\ud800')]; });
t('byteLength ucs2', function () { return Buffer.byteLength('abc', 'ucs2'); });
t('byteLength latin1', function () { return Buffer.byteLength('\u00e9\u0100', 'latin1'); });
t('byteLength hex', function () { return [Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex')]; });
t('byteLength base64', function () { return [Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbA==', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('a b c', 'base64')]; });
t('byteLength base64url', function () { return Buffer.byteLength('aGVsbG8', 'base64url'); });
t('byteLength unknown enc', function () { return Buffer.byteLength('abc', 'nope'); });
t('byteLength buffer', function () { return Buffer.byteLength(Buffer.alloc(5)); });
t('byteLength ab', function () { return Buffer.byteLength(new ArrayBuffer(7)); });
t('byteLength typed', function () { return Buffer.byteLength(new Uint32Array(3)); });
t('byteLength number', function () { return Buffer.byteLength(5); });
t('byteLength empty', function () { return Buffer.byteLength(''); });

t('exports', function () { return ['Buffer', 'SlowBuffer', 'INSPECT_MAX_BYTES', 'kMaxLength', 'constants', 'transcode'].map(function (k) { return typeof buffer[k]; }); });
t('INSPECT_MAX_BYTES', function () { return buffer.INSPECT_MAX_BYTES; });
t('kMaxLength', function () { return buffer.kMaxLength; });
t('constants', function () { return [buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH]; });
t('poolSize', function () { return Buffer.poolSize; });
t('same Buffer', function () { return buffer.Buffer === Buffer; });
t('isUtf8', function () { return [buffer.isUtf8(Buffer.from('h\u00e9')), buffer.isUtf8(Buffer.from([0xc3])), buffer.isAscii(Buffer.from('abc')), buffer.isAscii(Buffer.from([0x80]))]; });
t('transcode', function () { return buffer.transcode(Buffer.from('h\u00e9'), 'utf8', 'ucs2'); });
t('transcode latin1', function () { return buffer.transcode(Buffer.from('h\u00e9\u20ac'), 'utf8', 'latin1'); });
t('btoa atob', function () { return [buffer.btoa('hello'), buffer.atob('aGVsbG8=')]; });
console.log(new Buffer('hi'));
console.log(Buffer.alloc(0));
