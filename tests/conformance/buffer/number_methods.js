// The fixed-size read/write methods: names, arities, receivers, and the
// same results on both sides of the in-range fast path.
// v0.10 differs: its read methods take (offset, noAssert) and its write
// methods (value, offset, noAssert), so their lengths are 2 and 3; Node 20
// declares (offset = 0) and (value, offset = 0), lengths 0 and 1, and names
// its float methods readFloatForwards and the like. The golden has v0.10's
// names and lengths.
'use strict';
var names = [];
['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE',
  'Int32LE', 'Int32BE', 'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'].forEach(function (t) {
  var r = Buffer.prototype['read' + t], w = Buffer.prototype['write' + t];
  names.push(r.name + '/' + r.length + ' ' + w.name + '/' + w.length);
});
console.log(names.join('\n'));

var b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
// last in-range offset and first out-of-range offset of each size
[['UInt8', 1], ['UInt16BE', 2], ['Int32LE', 4], ['DoubleBE', 8]].forEach(function (d) {
  var m = 'read' + d[0], last = b.length - d[1];
  var out = [m, b[m](last)];
  try { b[m](last + 1); out.push('no throw'); } catch (e) { out.push(e.code); }
  try { b[m](-1); out.push('no throw'); } catch (e) { out.push(e.code); }
  console.log(out.join(' '));
});
console.log('offset omitted', b.readUInt16LE(), b.readUInt8(undefined));

// any Uint8Array is a receiver
var u = new Uint8Array([0xff, 0xfe, 0xfd, 0xfc]);
console.log('uint8array', Buffer.prototype.readUInt16LE.call(u, 1), Buffer.prototype.writeUInt16BE.call(u, 0x1234, 2), Array.from(u).join(','));

// values the fast path leaves to the JS half: strings, fractions, out of range
var c = Buffer.alloc(8);
console.log('coerced', c.writeInt32LE('12', 0), c.readInt32LE(0), c.writeUInt8(254.9 - 0.5, 1), c[1]);
try { c.writeUInt16LE(65536, 0); } catch (e) { console.log(e.code, e.message); }
try { c.writeInt8(-129, 0); } catch (e) { console.log(e.code, e.message); }
console.log('floats', c.writeFloatBE('x', 0), c.readFloatBE(0), c.writeDoubleLE(-0, 0), Object.is(c.readDoubleLE(0), -0));
console.log('uint32', c.writeUInt32BE(0xffffffff, 4), c.readInt32BE(4), c.readUInt32BE(4));

// receivers that are not Uint8Arrays go to the JS half, which reads them
// as array-likes (Node's errors for a missing length, values for a
// length and indexes)
function receiver(f) { try { console.log('receiver', f()); } catch (e) { console.log('receiver throws', e.name, e.code || ''); } }
receiver(function () { return Buffer.prototype.readUInt8.call({}, 0); });
receiver(function () { return Buffer.prototype.readUInt16LE.call({ length: 4, 0: 1, 1: 2 }, 0); });
receiver(function () { return Buffer.prototype.writeUInt8.call({}, 1, 0); });
receiver(function () { return Buffer.prototype.readDoubleLE.call(null, 0); });
