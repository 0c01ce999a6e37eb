// The argument edges of the calls that have a native fast path (toString,
// write, slice, copy, equals, compare, indexOf, isBuffer, byteLength, from of a
// Uint8Array or an Array, alloc with a number fill, the fixed-size number
// reads and writes): values just inside and just outside what the fast
// path takes must behave as the general path does.
// v0.10 differs: toString(null) means utf8 (v20 throws Unknown encoding);
// write's numeric-string offset '3' is accepted (v20 throws);
// Buffer._charsWritten exists (v20: undefined); copy() with a sourceStart
// past the end copies nothing (v20 throws).
function show(v) {
  if (typeof v === 'string') return '"' + v.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
  if (v instanceof Uint8Array) return (Buffer.isBuffer(v) ? 'buf:' : 'u8:') + Buffer.from(v).toString('hex');
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return String(v);
}
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); }
}

var hw = Buffer.from('hello world');
t('toString', function () { return [hw.toString(), hw.toString(undefined), hw.toString('hex', 2, 5), hw.toString('HEX', 1.5, 3.9)]; });
t('toString range', function () { return [hw.toString('utf8', -1, 100), hw.toString('ascii', NaN, NaN), hw.toString(undefined, 3), hw.toString('utf8', 5, 2), hw.toString('utf8', 11), hw.toString('utf8', 0, -0.5)]; });
t('toString coerced range', function () { return [hw.toString('latin1', '2', '4'), hw.toString('utf8', { valueOf: function () { return 1; } }, 3)]; });
t('toString unknown empty range', function () { return hw.toString('bogus', 20); });
t('toString unknown', function () { return hw.toString('bogus', 1); });
t('toString null', function () { return hw.toString(null, 0, 5); });
t('toString utf16le', function () { return Buffer.from('h\u00e9\u20ac', 'utf16le').toString('utf16le'); });

t('write', function () {
  var w = Buffer.alloc(10);
  return [w.write('abc'), w.write('abc', 2), w.write('6162', 4, 'hex'), w.write('zz', 8, 5), w.write('xyz', 1, 1, 'latin1'), w.write('\u00e9', 6, 1), w, Buffer._charsWritten];
});
t('write encoding only', function () { var w = Buffer.alloc(4); return [w.write('6162', 'hex'), w.write('ab', 0, ''), w]; });
t('write numeric string offset', function () { var w = Buffer.alloc(4); return [w.write('q', '3'), w]; });
t('write offset past end', function () { return Buffer.alloc(4).write('a', 5); });
t('write fractional offset', function () { return Buffer.alloc(4).write('a', 1.5); });
t('write fractional length', function () { return Buffer.alloc(4).write('a', 0, 1.5); });
t('write unknown encoding', function () { return Buffer.alloc(4).write('a', 0, 2, 'nope'); });
t('write not a string', function () { return Buffer.alloc(4).write(1); });

t('slice', function () {
  var s = hw.slice(2, 5);
  return [s, s.buffer === hw.buffer, s.byteOffset - hw.byteOffset, hw.slice(-3), hw.slice(5, 2), hw.slice('1', '3'), hw.slice(), hw.slice(NaN, Infinity), hw.slice(-Infinity, -20)];
});
t('slice is a Buffer', function () { var s = hw.slice(1); return [s instanceof Buffer, s.constructor === Buffer, Buffer.isBuffer(s.subarray(1))]; });

t('copy', function () {
  var src = Buffer.from([1, 2, 3, 4, 5]), r = [];
  [[], [1], [0, 1], [0, 1, 3], [2, 0, 9], [0, 5], [4, 0], [0, 3, 2], [1.7, 0.5, 2.5], ['1', '0', '2'], [NaN, NaN, NaN]].forEach(function (a) {
    var dst = Buffer.alloc(4);
    r.push(src.copy(dst, a[0], a[1], a[2]), dst);
  });
  return r;
});
t('copy start past end', function () { var d = Buffer.alloc(2); return [Buffer.from([1, 2]).copy(d, 0, 3), d]; });
t('copy negative', function () { return Buffer.from([1]).copy(Buffer.alloc(1), -1); });
t('copy into Uint8Array', function () { var u = new Uint8Array(2); return [Buffer.from([7, 8, 9]).copy(u), u]; });
t('copy into non-buffer', function () { return Buffer.from([1]).copy({}); });

var ib = Buffer.from('abcabc\u00e9a');
t('indexOf', function () { return [ib.indexOf(97), ib.indexOf(97, 1), ib.indexOf(353), ib.indexOf('bc'), ib.indexOf('bc', -3), ib.indexOf('\u00e9'), ib.indexOf(Buffer.from('ca')), ib.indexOf(new Uint8Array([98]), 2), ib.indexOf(''), ib.indexOf('', 100), ib.indexOf(97, NaN), ib.indexOf(97, Infinity), ib.indexOf(97, 1.7)]; });
t('lastIndexOf', function () { return [ib.lastIndexOf(97), ib.lastIndexOf(97, 2), ib.lastIndexOf('bc', -4), ib.lastIndexOf(Buffer.from('ab')), ib.lastIndexOf(97, NaN), ib.lastIndexOf(97, -100)]; });
t('includes', function () { return [ib.includes('ca'), ib.includes('zz'), ib.includes(99, 6)]; });
t('indexOf encodings', function () { return [ib.indexOf('6263', 'hex'), ib.indexOf('YmM=', 0, 'base64'), ib.indexOf('bc', 'latin1'), Buffer.from('abc', 'ucs2').indexOf('b', 0, 'ucs2'), Buffer.from('abc', 'ucs2').indexOf('\u6200', 0, 'ucs2'), ib.indexOf(97, 0, 'bogus')]; });
t('indexOf string offset', function () { return [ib.indexOf('b', '2'), ib.indexOf('b', {})]; });
t('indexOf unknown encoding', function () { return ib.indexOf('a', 0, 'bogus'); });
t('indexOf object', function () { return ib.indexOf({}); });

var abc = Buffer.from('abc');
t('equals', function () { return [abc.equals(abc), abc.equals(Buffer.from('abc')), abc.equals(Buffer.from('abd')), abc.equals(Buffer.from('ab')), Buffer.from('ab').equals(abc), abc.equals(new Uint8Array([97, 98, 99]))]; });
t('equals string', function () { return abc.equals('abc'); });
t('compare', function () { return [Buffer.compare(abc, Buffer.from('abd')), Buffer.compare(Buffer.from('abd'), abc), Buffer.compare(abc, Buffer.from('ab')), Buffer.compare(Buffer.from('ab'), abc), Buffer.compare(abc, abc)]; });
t('compare number', function () { return Buffer.compare(abc, 1); });

t('isBuffer', function () { return [Buffer.isBuffer(abc), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(null), Buffer.isBuffer('abc'), Buffer.isBuffer(Object.create(Buffer.prototype)), Buffer.isBuffer(Buffer.alloc(1).subarray(0)), Buffer.isBuffer.name, Buffer.isBuffer.length]; });
t('byteLength', function () { return [Buffer.byteLength(abc), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(6))), Buffer.byteLength('h\u00e9llo'), Buffer.byteLength('aabb', 'hex'), Buffer.byteLength('')]; });
t('byteLength number', function () { return Buffer.byteLength(5); });

t('from views', function () { return [Buffer.from(new Uint8Array([1, 2])), Buffer.from(new Uint16Array([1, 258])), Buffer.from(new Uint8ClampedArray([9])), Buffer.from(Buffer.from([3]))]; });
t('from is a copy', function () { var a = Buffer.from([1]), b = Buffer.from(a); b[0] = 2; return [a, b]; });
t('from arrays', function () { return [Buffer.from([1, 2.7, -1, 256, -1.5, NaN, Infinity, 1e10]), Buffer.from(['3', null, true, , { valueOf: function () { return 4; } }]), Buffer.from([])]; });
t('from array-likes', function () { return [Buffer.from({ length: 2, 0: 5, 1: 6 }), Buffer.from({ type: 'Buffer', data: [7, 8] }), Buffer.from({ length: 1.5, 0: 9 })]; });
t('from strings', function () { return [Buffer.from(''), Buffer.from('', 'hex'), Buffer.from('h\u00e9'), Buffer.from('6869', 'hex')]; });
t('from unknown encoding', function () { return Buffer.from('a', 'nope'); });

t('alloc fill', function () { return [Buffer.alloc(3, 1), Buffer.alloc(3, 257), Buffer.alloc(3, -1), Buffer.alloc(3, 1.5), Buffer.alloc(3, 'ab'), Buffer.alloc(4, '6162', 'hex'), Buffer.alloc(2, true), Buffer.alloc(0, 5)]; });
t('alloc bad size', function () { return Buffer.alloc(-1); });
t('allocUnsafe bad size', function () { return Buffer.allocUnsafe('3'); });

var nb = Buffer.from([1, 0x82, 0xff, 4, 5, 0x86, 7, 0x88]);
t('reads', function () { return [nb.readUInt8(1), nb.readInt8(1), nb.readUInt16LE(1), nb.readInt16BE(1), nb.readUInt32BE(4), nb.readInt32LE(4), nb.readInt32BE(4), nb.readFloatLE(0), nb.readDoubleBE(0), nb.readUInt8()]; });
t('read past end', function () { return nb.readUInt32LE(5); });
t('read fractional', function () { return nb.readUInt16LE(1.5); });
t('read string offset', function () { return nb.readUInt8('1'); });
t('writes', function () {
  var w = Buffer.alloc(8);
  return [w.writeUInt8(255, 0), w.writeInt8(-2, 1), w.writeUInt16BE(0x1234, 2), w.writeInt16LE(-2, 4), w.writeUInt8(1.9, 6), w.writeInt8(-0.5, 7), w.toString('hex'),
    w.writeUInt32LE(0xdeadbeef), w.writeInt32BE(-2, 4), w.toString('hex'), w.writeFloatBE(1.5, 0), w.toString('hex'), w.writeDoubleLE(-0.1), w.toString('hex')];
});
t('write value too big', function () { return Buffer.alloc(2).writeUInt16LE(65536, 0); });
t('write value NaN', function () { var w = Buffer.alloc(2, 9); return [w.writeUInt8(NaN, 0), w]; });
t('write value string', function () { var w = Buffer.alloc(2); return [w.writeUInt8('7', 1), w]; });
t('write past end', function () { return Buffer.alloc(2).writeUInt16BE(1, 1); });
t('write float past end', function () { return Buffer.alloc(4).writeFloatLE(1, 1); });
