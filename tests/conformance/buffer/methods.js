// Buffer methods: slice/subarray (shared memory), copy, fill, concat,
// compare, equals, indexOf/lastIndexOf/includes, swap16/32/64, toJSON,
// inspect, get/set, parent/offset, iteration.
// v0.10 differs: toJSON() returns a plain array (v20: {type, data});
// Buffer.concat([buf]) returns buf itself (v20: a copy); inspect() of more
// than INSPECT_MAX_BYTES bytes ends with ' ... ' (v20: ' ... N more bytes');
// buf.get(i) and buf.set(i, v) exist (deprecated in v0.10, gone in v20,
// where set is only TypedArray#set).
// copy() with a sourceStart past the end copies nothing (v20 throws). An
// empty Buffer has no parent, and the parent of a slice of a SlowBuffer is
// that SlowBuffer (v20: the ArrayBuffer in both cases). Buffer.concat of
// one Buffer returns it even when a length is given (v20: a copy).
// Deliberate v20 behaviour: fill('abc') repeats the whole string (v0.10 used
// only its first character).
var buffer = require('buffer');
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


var buf1 = new Buffer(26);
for (var i = 0; i < 26; i++) buf1[i] = i + 97;
var buf2 = buf1.slice(0, 3);
t('slice', function () { return buf2.toString('ascii', 0, buf2.length); });
buf1[0] = 33;
t('slice shares', function () { return buf2.toString('ascii', 0, buf2.length); });
t('slice neg', function () { return buf1.slice(-3).toString(); });
t('slice neg both', function () { return buf1.slice(-5, -2).toString(); });
t('slice start>end', function () { return buf1.slice(5, 2).length; });
t('slice oob', function () { return buf1.slice(20, 100).toString(); });
t('slice str', function () { return buf1.slice('1', '3').toString(); });
t('slice NaN', function () { return buf1.slice(NaN, 2).toString(); });
t('slice frac', function () { return buf1.slice(1.9, 3.9).toString(); });
t('slice none', function () { return buf1.slice().length; });
t('parent empty', function () { return [Buffer.alloc(0).parent, buf1.slice(2, 2).parent]; });
t('parent slow', function () { var s = new buffer.SlowBuffer(4); var a = s.slice(1, 3); return [a.parent === s, a.slice(1).parent === s, s.parent === s.buffer]; });
t('slice offset', function () { var s = buf1.slice(3, 6); return [s.byteOffset, s.offset, s.parent === buf1.buffer, s.buffer === buf1.buffer]; });
t('slice of slice', function () { var s = buf1.slice(2).slice(2, 4); s[0] = 0x5a; return [s.toString(), buf1[4]]; });
t('subarray', function () { return buf1.subarray(1, 3).toString(); });

var a = Buffer.from('abcdefghijklmnopqrstuvwxyz');
var x = Buffer.alloc(26, '!');
t('copy doc', function () { var n = a.copy(x, 8, 16, 20); return [n, x.toString('ascii', 0, 25)]; });
function cp(args) { var d = Buffer.alloc(6, '.'); var n = Buffer.from('ABCDEF').copy.apply(Buffer.from('ABCDEF'), [d].concat(args)); return [n, d.toString()]; }
t('copy all', function () { return cp([]); });
t('copy tstart', function () { return cp([4]); });
t('copy sstart', function () { return cp([0, 3]); });
t('copy send', function () { return cp([1, 1, 3]); });
t('copy send big', function () { return cp([0, 0, 100]); });
t('copy tstart big', function () { return cp([10]); });
t('copy sstart>=send', function () { return cp([0, 4, 2]); });
t('copy NaN', function () { return cp([NaN, NaN]); });
t('copy str', function () { return cp(['1', '2', '4']); });
t('copy frac', function () { return cp([1.5, 0.5, 2.5]); });
t('copy tstart neg', function () { return cp([-1]); });
t('copy sstart neg', function () { return cp([0, -1]); });
t('copy sstart oob', function () { return cp([0, 7]); });
t('copy send neg', function () { return cp([0, 0, -1]); });
t('copy bad target', function () { return Buffer.from('a').copy('x'); });
t('copy to u8', function () { var u = new Uint8Array(3); Buffer.from('xyz').copy(u); return Array.prototype.slice.call(u); });
t('copy overlap fwd', function () { var o = Buffer.from('abcdef'); o.copy(o, 2, 0, 4); return o.toString(); });
t('copy overlap back', function () { var o = Buffer.from('abcdef'); o.copy(o, 0, 2); return o.toString(); });

function fl(args) { var d = Buffer.alloc(6, '.'); return d.fill.apply(d, args).toString('latin1'); }
t('fill h', function () { return fl(['h']); });
t('fill num', function () { return fl([0x41]); });
t('fill num big', function () { return fl([0x141]); });
t('fill num neg', function () { return fl([-191]); });
t('fill range', function () { return fl(['x', 1, 3]); });
t('fill offset', function () { return fl(['x', 4]); });
t('fill multi', function () { return fl(['abc']); });
t('fill multi range', function () { return fl(['abc', 1, 5]); });
t('fill enc', function () { return fl(['4142', 'hex']); });
t('fill offset enc', function () { return fl(['4142', 1, 'hex']); });
t('fill range enc', function () { return fl(['4142', 1, 4, 'hex']); });
t('fill utf8 char', function () { return Buffer.alloc(5).fill('\u00e9').toString('hex'); });
t('fill latin1 char', function () { return Buffer.alloc(3).fill('\u00e9', 'latin1').toString('hex'); });
t('fill ucs2', function () { return Buffer.alloc(5).fill('\u20ac', 'ucs2').toString('hex'); });
t('fill empty string', function () { return fl(['']); });
t('fill buffer', function () { return fl([Buffer.from('xy')]); });
t('fill u8', function () { return fl([new Uint8Array([0x61, 0x62])]); });
t('fill bool', function () { return Buffer.alloc(2).fill(true).toString('hex'); });
t('fill start>=end', function () { return fl(['x', 4, 2]); });
t('fill end oob', function () { return fl(['x', 0, 7]); });
t('fill off neg', function () { return fl(['x', -1]); });
t('fill off str', function () { return fl(['x', '1']); });
t('fill bad hex', function () { return fl(['zz', 'hex']); });
t('fill unknown enc', function () { return fl(['a', 0, 6, 'nope']); });
t('fill returns this', function () { var d = Buffer.alloc(2); return d.fill(1) === d; });

var c1 = Buffer.from('ab'), c2 = Buffer.from('cde');
t('concat', function () { return Buffer.concat([c1, c2]); });
t('concat total', function () { return Buffer.concat([c1, c2], 4); });
t('concat total big', function () { return Buffer.concat([c1, c2], 8); });
t('concat empty', function () { return Buffer.concat([]); });
t('concat empty total', function () { return Buffer.concat([], 5).length; });
t('concat u8', function () { return Buffer.concat([new Uint8Array([1, 2]), c1]); });
t('concat three', function () { return Buffer.concat([c1, Buffer.alloc(0), c2, c1]).toString(); });
t('concat one is copy', function () { var r = Buffer.concat([c1]); return [r.toString(), Buffer.isBuffer(r)]; });
t('concat one same', function () { return Buffer.concat([c1]) === c1; });
t('concat one with length', function () { return [Buffer.concat([c1], 0) === c1, Buffer.concat([c1], 1) === c1]; });
t('concat not array', function () { return Buffer.concat('ab'); });
t('concat bad item', function () { return Buffer.concat([c1, 'x']); });
t('concat bad total', function () { return Buffer.concat([c1], -1); });

t('compare', function () { return [Buffer.compare(c1, c2), Buffer.compare(c2, c1), Buffer.compare(c1, Buffer.from('ab'))]; });
t('compare prefix', function () { return [Buffer.compare(Buffer.from('a'), Buffer.from('ab')), Buffer.compare(Buffer.from('ab'), Buffer.from('a'))]; });
t('compare sort', function () { return [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare).map(String); });
t('compare bad', function () { return Buffer.compare(c1, 'ab'); });
t('compare bad 1', function () { return Buffer.compare(1, c1); });
var abcd = Buffer.from('abcd');
t('buf.compare', function () { return [abcd.compare(Buffer.from('abcd')), abcd.compare(Buffer.from('abce')), abcd.compare(Buffer.from('abc'))]; });
t('buf.compare ranges', function () { return [abcd.compare(Buffer.from('xbcx'), 1, 3, 1, 3), abcd.compare(Buffer.from('bc'), 0, 2, 1, 3), abcd.compare(Buffer.from('bc'), 0, 0, 1, 1), abcd.compare(Buffer.from('bc'), 0, 1, 1, 1), abcd.compare(Buffer.from('bc'), 1, 1, 0, 2)]; });
t('buf.compare tend oob', function () { return abcd.compare(Buffer.from('bc'), 0, 5); });
t('buf.compare send oob', function () { return abcd.compare(Buffer.from('bc'), 0, 2, 0, 9); });
t('buf.compare neg', function () { return abcd.compare(Buffer.from('bc'), -1); });
t('buf.compare str', function () { return abcd.compare(Buffer.from('bc'), '1'); });
t('buf.compare bad', function () { return abcd.compare('abcd'); });
t('equals', function () { return [abcd.equals(Buffer.from('abcd')), abcd.equals(Buffer.from('abc')), abcd.equals(Buffer.from('abce')), abcd.equals(new Uint8Array([97, 98, 99, 100]))]; });
t('equals bad', function () { return abcd.equals('abcd'); });

var hay = Buffer.from('this is a buffer, a buffer');
t('indexOf str', function () { return [hay.indexOf('a'), hay.indexOf('buffer'), hay.indexOf('zzz'), hay.indexOf('buffer', 11), hay.indexOf('buffer', -6)]; });
t('indexOf buf', function () { return [hay.indexOf(Buffer.from('a buffer')), hay.indexOf(Buffer.from('a buffer'), 9)]; });
t('indexOf num', function () { return [hay.indexOf(97), hay.indexOf(97 + 256), hay.indexOf(97.9), hay.indexOf(-159)]; });
t('indexOf offsets', function () { return [hay.indexOf('t', 100), hay.indexOf('t', -100), hay.indexOf('t', NaN), hay.indexOf('s', null), hay.indexOf('s', {}), hay.indexOf('s', '4')]; });
t('indexOf empty', function () { return [hay.indexOf(''), hay.indexOf('', 5), hay.indexOf('', 100), hay.indexOf('', -3), hay.indexOf(Buffer.alloc(0))]; });
t('indexOf enc', function () { return [hay.indexOf('6275', 'hex'), hay.indexOf('6275', 0, 'hex'), hay.indexOf('YnVm', 'base64'), hay.indexOf('\u00e9', 'latin1')]; });
t('indexOf ucs2', function () { var u = Buffer.from('xabcab', 'ucs2'); return [u.indexOf('ab', 'ucs2'), u.lastIndexOf('ab', 'ucs2'), u.indexOf('b', 0, 'ucs2')]; });
t('indexOf utf8', function () { var u = Buffer.from('a\u20acb\u20ac'); return [u.indexOf('\u20ac'), u.lastIndexOf('\u20ac'), u.indexOf('b')]; });
t('indexOf unknown enc', function () { return hay.indexOf('a', 0, 'nope'); });
t('indexOf bad', function () { return hay.indexOf({}); });
t('lastIndexOf', function () { return [hay.lastIndexOf('buffer'), hay.lastIndexOf('buffer', 20), hay.lastIndexOf('buffer', -10), hay.lastIndexOf('buffer', -100), hay.lastIndexOf(97), hay.lastIndexOf('zz')]; });
t('lastIndexOf offsets', function () { return [hay.lastIndexOf('t', NaN), hay.lastIndexOf('t', null), hay.lastIndexOf('r', 100), hay.lastIndexOf('', 3), hay.lastIndexOf('')]; });
t('lastIndexOf buf', function () { return hay.lastIndexOf(Buffer.from('a b')); });
t('includes', function () { return [hay.includes('buffer'), hay.includes('buffer', 22), hay.includes(97), hay.includes(Buffer.from('is a')), hay.includes('nope')]; });

t('swap16', function () { return Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap16(); });
t('swap32', function () { return Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32(); });
t('swap64', function () { return Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]).swap64(); });
t('swap16 bad', function () { return Buffer.alloc(3).swap16(); });
t('swap32 bad', function () { return Buffer.alloc(6).swap32(); });
t('swap64 bad', function () { return Buffer.alloc(4).swap64(); });
t('swap returns this', function () { var s = Buffer.alloc(2); return s.swap16() === s; });

t('toJSON', function () { return JSON.stringify(Buffer.from('test')); });
t('toJSON empty', function () { return JSON.stringify(Buffer.alloc(0)); });
t('toJSON roundtrip', function () { return new Buffer(JSON.parse(JSON.stringify(Buffer.from('test')))).toString(); });
t('toJSON nested', function () { return JSON.stringify({ b: Buffer.from([1, 2]) }); });

t('inspect', function () { return Buffer.from('abc').inspect(); });
t('inspect empty', function () { return Buffer.alloc(0).inspect(); });
t('inspect 50', function () { return Buffer.alloc(50, 1).inspect(); });
t('inspect 51', function () { return Buffer.alloc(51, 2).inspect(); });
t('inspect max 3', function () { buffer.INSPECT_MAX_BYTES = 3; var r = Buffer.from('abcdef').inspect(); buffer.INSPECT_MAX_BYTES = 50; return r; });
console.log(Buffer.from([1, 2, 0xab, 0xff]));
console.log(Buffer.alloc(4).fill(0x20));

t('get', function () { return Buffer.from('ab').get(1); });
t('set v0.10', function () { var s = Buffer.from('ab'); s.set(0, 0x7a); return s.toString(); });
t('set typed', function () { var s = Buffer.alloc(4); s.set([1, 2], 1); return s; });
t('set typed buf', function () { var s = Buffer.alloc(4); s.set(Buffer.from('xy')); return s.toString('latin1'); });
t('index get/set', function () { var s = Buffer.alloc(2); s[0] = 256 + 7; s[1] = -1; s[5] = 9; return [s[0], s[1], s[5], s.length]; });
t('length', function () { var s = new Buffer(1234); s.write('some string', 0, 'ascii'); return s.length; });
t('keys', function () { return Array.from(Buffer.from('ab').keys()); });
t('values', function () { return Array.from(Buffer.from('ab').values()); });
t('entries', function () { return JSON.stringify(Array.from(Buffer.from('ab').entries())); });
t('for of', function () { var r = []; for (var v of Buffer.from('xy')) r.push(v); return r; });
t('Array.from', function () { return Array.from(Buffer.from([3, 4])); });
t('spread', function () { return [...Buffer.from([5, 6])]; });
t('Object.keys', function () { return Object.keys(Buffer.from('ab')); });
t('typed array methods', function () { var s = Buffer.from([3, 1, 2]); return [s.reverse().toString('hex'), s.sort().toString('hex'), s.join('-'), s.at(-1), s.reduce(function (p, c) { return p + c; }, 0)]; });
t('u8 from buffer', function () { return Array.from(new Uint8Array(Buffer.from('ab'))); });
t('dataview over buffer', function () { var s = Buffer.from([0, 0, 0, 1]); return new DataView(s.buffer, s.byteOffset, s.length).getUint32(0); });
