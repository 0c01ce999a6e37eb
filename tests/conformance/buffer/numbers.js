// Numeric reads and writes: {read,write}{Int,UInt}{8,16,32}{LE,BE},
// Float/Double, BigInt64, {read,write}{Int,UInt}{LE,BE}(offset, byteLength),
// the lower-case Uint aliases, range and type errors.
// v0.10 differs: noAssert (the last argument) skips all checks: reads past
// the end give 0 for the missing bytes, writes drop the bytes past the end
// and truncate the value. v20 ignores noAssert and throws; the `noAssert`
// lines of the golden are v0.10's results.
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


var b = Buffer.from([0x03, 0x04, 0x23, 0x42, 0xff, 0x80, 0x00, 0x01, 0xfe, 0x7f]);
['UInt8', 'Int8'].forEach(function (n) {
  t('read' + n, function () { return [0, 3, 4, 5, 9].map(function (o) { return b['read' + n](o); }); });
});
['UInt16', 'Int16', 'UInt32', 'Int32', 'Float', 'Double'].forEach(function (n) {
  ['LE', 'BE'].forEach(function (e) {
    var size = /16/.test(n) ? 2 : /32|Float/.test(n) ? 4 : 8;
    t('read' + n + e, function () {
      var r = [];
      for (var o = 0; o + size <= b.length; o++) r.push(b['read' + n + e](o));
      return r;
    });
  });
});
t('readBigUInt64LE', function () { return [b.readBigUInt64LE(0), b.readBigUInt64LE(2)]; });
t('readBigUInt64BE', function () { return [b.readBigUInt64BE(0), b.readBigUInt64BE(2)]; });
t('readBigInt64LE', function () { return [b.readBigInt64LE(0), b.readBigInt64LE(2)]; });
t('readBigInt64BE', function () { return [b.readBigInt64BE(0), b.readBigInt64BE(2)]; });
t('readBigUint64LE alias', function () { return b.readBigUint64LE(1); });
t('readUint16LE alias', function () { return [b.readUint8(4), b.readUint16LE(0), b.readUint32BE(0)]; });
[1, 2, 3, 4, 5, 6].forEach(function (n) {
  t('readUIntLE ' + n, function () { return b.readUIntLE(1, n); });
  t('readUIntBE ' + n, function () { return b.readUIntBE(1, n); });
  t('readIntLE ' + n, function () { return b.readIntLE(3, n); });
  t('readIntBE ' + n, function () { return b.readIntBE(4, n); });
});
t('readUInt8 default offset', function () { return b.readUInt8(); });
t('read doc example', function () {
  var x = new Buffer(8);
  [0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0xd5, 0x3f].forEach(function (v, i) { x[i] = v; });
  return [x.readDoubleLE(0), x.readFloatLE(4)];
});

function wr(size, f) {
  var x = Buffer.alloc(size);
  var r = f(x);
  return [r, x.toString('hex')];
}
t('writeUInt8', function () { return wr(4, function (x) { return [x.writeUInt8(0x3, 0), x.writeUInt8(0x4, 1), x.writeUInt8(0x23, 2), x.writeUInt8(0x42, 3)]; }); });
t('writeUInt16', function () { return wr(4, function (x) { return [x.writeUInt16BE(0xdead, 0), x.writeUInt16LE(0xbeef, 2)]; }); });
t('writeUInt32BE', function () { return wr(4, function (x) { return x.writeUInt32BE(0xfeedface, 0); }); });
t('writeUInt32LE', function () { return wr(4, function (x) { return x.writeUInt32LE(0xfeedface, 0); }); });
t('writeInt8', function () { return wr(2, function (x) { return [x.writeInt8(-1, 0), x.writeInt8(-128, 1)]; }); });
t('writeInt16', function () { return wr(4, function (x) { return [x.writeInt16BE(-2, 0), x.writeInt16LE(-32768, 2)]; }); });
t('writeInt32', function () { return wr(8, function (x) { return [x.writeInt32BE(-2, 0), x.writeInt32LE(-2147483648, 4)]; }); });
t('writeFloatBE', function () { return wr(4, function (x) { return x.writeFloatBE(0xcafebabe, 0); }); });
t('writeFloatLE', function () { return wr(4, function (x) { return x.writeFloatLE(0xcafebabe, 0); }); });
t('writeFloat inf', function () { return wr(4, function (x) { return x.writeFloatLE(1e300, 0); }); });
t('writeFloat NaN', function () { return wr(4, function (x) { return x.writeFloatBE(NaN, 0); }); });
t('writeFloat -0', function () { return wr(4, function (x) { return x.writeFloatBE(-0, 0); }); });
t('writeDoubleBE', function () { return wr(8, function (x) { return x.writeDoubleBE(0xdeadbeefcafebabe, 0); }); });
t('writeDoubleLE', function () { return wr(8, function (x) { return x.writeDoubleLE(0xdeadbeefcafebabe, 0); }); });
t('writeDouble str', function () { return wr(8, function (x) { return x.writeDoubleLE('1.5', 0); }); });
t('writeUInt8 frac', function () { return wr(2, function (x) { return x.writeUInt8(5.7, 1); }); });
t('writeUInt8 str', function () { return wr(2, function (x) { return x.writeUInt8('7', 0); }); });
t('writeUInt8 NaN', function () { return wr(2, function (x) { return x.writeUInt8(NaN, 0); }); });
t('writeUInt8 default off', function () { return wr(2, function (x) { return x.writeUInt8(9); }); });
t('writeBigInt64LE', function () { return wr(8, function (x) { return x.writeBigInt64LE(-2n, 0); }); });
t('writeBigInt64BE', function () { return wr(8, function (x) { return x.writeBigInt64BE(0x0102030405060708n); }); });
t('writeBigUInt64LE', function () { return wr(8, function (x) { return x.writeBigUInt64LE(2n ** 64n - 1n); }); });
t('writeBigUInt64BE', function () { return wr(8, function (x) { return x.writeBigUint64BE(258n); }); });
[1, 2, 3, 4, 5, 6].forEach(function (n) {
  t('writeUIntLE ' + n, function () { return wr(8, function (x) { return x.writeUIntLE(Math.pow(2, 8 * n) - 3, 1, n); }); });
  t('writeUIntBE ' + n, function () { return wr(8, function (x) { return x.writeUIntBE(0x123456789abc % Math.pow(2, 8 * n), 1, n); }); });
  t('writeIntLE ' + n, function () { return wr(8, function (x) { return x.writeIntLE(-Math.pow(2, 8 * n - 1), 0, n); }); });
  t('writeIntBE ' + n, function () { return wr(8, function (x) { return x.writeIntBE(-3, 2, n); }); });
});

// errors
t('read oob', function () { return b.readUInt8(10); });
t('read neg', function () { return b.readUInt16LE(-1); });
t('read frac', function () { return b.readUInt32BE(0.5); });
t('read NaN', function () { return b.readInt8(NaN); });
t('read str', function () { return b.readUInt8('1'); });
t('read 32 oob', function () { return b.readInt32LE(7); });
t('read double oob', function () { return b.readDoubleBE(3); });
t('read small buf', function () { return Buffer.alloc(2).readUInt32LE(0); });
t('read empty buf', function () { return Buffer.alloc(0).readUInt8(0); });
t('read big oob', function () { return b.readBigInt64LE(3); });
t('readUIntLE no len', function () { return b.readUIntLE(0); });
t('readUIntLE len 7', function () { return b.readUIntLE(0, 7); });
t('readIntBE len 0', function () { return b.readIntBE(0, 0); });
t('readIntBE oob', function () { return b.readIntBE(8, 3); });
t('write u8 range', function () { return Buffer.alloc(2).writeUInt8(256, 0); });
t('write i8 range', function () { return Buffer.alloc(2).writeInt8(-129, 0); });
t('write u16 range', function () { return Buffer.alloc(2).writeUInt16LE(65536, 0); });
t('write i16 range', function () { return Buffer.alloc(2).writeInt16BE(32768, 0); });
t('write u32 neg', function () { return Buffer.alloc(4).writeUInt32LE(-1, 0); });
t('write i32 range', function () { return Buffer.alloc(4).writeInt32BE(2147483648, 0); });
t('write u16 oob', function () { return Buffer.alloc(4).writeUInt16BE(1, 3); });
t('write off str', function () { return Buffer.alloc(4).writeUInt8(1, '0'); });
t('write off frac', function () { return Buffer.alloc(4).writeUInt8(1, 1.5); });
t('write float oob', function () { return Buffer.alloc(4).writeFloatLE(1, 1); });
t('write uintBE 48 range', function () { return Buffer.alloc(8).writeUIntBE(Math.pow(2, 48), 0, 6); });
t('write intBE 48 range', function () { return Buffer.alloc(8).writeIntBE(-Math.pow(2, 47) - 1, 0, 6); });
t('write intLE 40 range', function () { return Buffer.alloc(8).writeIntLE(Math.pow(2, 39), 0, 5); });
t('write uintLE 24 range', function () { return Buffer.alloc(8).writeUIntLE(-1, 0, 3); });
t('write uintLE len 0', function () { return Buffer.alloc(8).writeUIntLE(1, 0, 0); });
t('write big range', function () { return Buffer.alloc(8).writeBigInt64LE(2n ** 63n); });
t('write big neg range', function () { return Buffer.alloc(8).writeBigUInt64LE(-1n); });
t('write big number', function () { return Buffer.alloc(8).writeBigInt64LE(1); });
t('write big oob', function () { return Buffer.alloc(8).writeBigInt64LE(1n, 1); });

// v0.10 noAssert
t('noAssert read past end', function () { return Buffer.from([1, 2]).readUInt16LE(1, true); });
t('noAssert read32 past end', function () { return Buffer.from([1, 2, 3]).readUInt32BE(0, true); });
t('noAssert write past end', function () { return wr(3, function (x) { return x.writeUInt32BE(0x01020304, 1, true); }); });
t('noAssert write too big', function () { return wr(2, function (x) { return x.writeUInt8(0x1ff, 0, true); }); });
t('noAssert write neg unsigned', function () { return wr(2, function (x) { return x.writeUInt16LE(-1, 0, true); }); });
t('noAssert float past end', function () { return wr(2, function (x) { return x.writeFloatBE(1, 0, true); }); });
t('noAssert false checks', function () { return Buffer.from([1]).readUInt16LE(0, false); });
