// Encodings: toString(enc, start, end) and write(string, offset, length, enc)
// for utf8, ucs2/utf16le, latin1/binary, ascii, hex, base64, base64url, with
// Node's handling of invalid input.
// v0.10 differs: toString(null) and toString('') mean utf8 (v0.10's
// `encoding || 'utf8'`; v20 throws Unknown encoding). The legacy argument
// order write(string, encoding, offset, length) works (v20 throws). The
// last lines use Buffer._charsWritten, which only v0.10 had (v20: undefined).
// v0.10 differs: the UTF-8 decoder turns an encoded surrogate (ED A0-BF xx,
// as CESU-8 writes) into that code unit (v20: one U+FFFD per byte), and
// write() takes numeric strings as offset and length (v20 throws).
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


var s = 'h\u00e9llo \u20ac \ud83d\ude00!';
['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'UTF8', 'Hex'].forEach(function (e) {
  t('from ' + e, function () { return Buffer.from(s, e); });
  t('roundtrip ' + e, function () { return Buffer.from(s, e).toString(e); });
});
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'].forEach(function (e) {
  t('all bytes ' + e, function () { return all.toString(e); });
});

// invalid UTF-8 -> U+FFFD per maximal subpart
t('bad utf8 1', function () { return Buffer.from([0xe2, 0x82, 0x41]).toString(); });
t('bad utf8 2', function () { return Buffer.from([0xf0, 0x9f, 0x98]).toString(); });
t('bad utf8 surrogate', function () { return Buffer.from([0xed, 0xa0, 0x80]).toString(); });
t('cesu-8 pair', function () { return Buffer.from('eda0bdedb18d', 'hex').toString(); });
t('cesu-8 cut', function () { return Buffer.from('61eda0', 'hex').toString(); });
t('bad utf8 overlong', function () { return Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]).toString(); });
t('bad utf8 ff', function () { return Buffer.from([0xff, 0xfe, 0x41]).toString(); });
t('bad utf8 >10ffff', function () { return Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(); });
t('bad utf8 lone cont', function () { return Buffer.from([0x80, 0xbf, 0x41]).toString(); });
t('good utf8 4byte', function () { return Buffer.from([0xf4, 0x8f, 0xbf, 0xbf, 0xf0, 0x90, 0x80, 0x80]).toString(); });
// lone surrogates -> EF BF BD
t('lone high', function () { return Buffer.from('a\ud800b'); });
t('lone low', function () { return Buffer.from('a\udc00b'); });
t('reversed pair', function () { return Buffer.from('\udc00\ud800'); });
t('trailing high', function () { return Buffer.from('ab\ud83d'); });
t('lone surrogate ucs2', function () { return Buffer.from('\ud800', 'ucs2').toString('ucs2'); });
// ucs2
t('ucs2 odd length', function () { return Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'); });
t('ucs2 pair', function () { return Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le'); });
// latin1/ascii
t('latin1 write high', function () { return Buffer.from('\u0100\u01ff\u00e9', 'latin1'); });
t('ascii write high', function () { return Buffer.from('\u0100\u00e9a', 'ascii'); });
t('ascii decode high', function () { return Buffer.from([0x80, 0xc1, 0xff, 0x41]).toString('ascii'); });
t('ascii null', function () { return Buffer.from('a\u0000b', 'ascii'); });
// hex
t('hex odd', function () { return Buffer.from('abc', 'hex'); });
t('hex invalid pair', function () { return Buffer.from('ab1zcd', 'hex'); });
t('hex invalid first', function () { return Buffer.from('zzab', 'hex'); });
t('hex upper', function () { return Buffer.from('DEADbeef', 'hex'); });
t('hex non-ascii', function () { return Buffer.from('ab\u00e9f', 'hex'); });
t('hex empty', function () { return Buffer.from('', 'hex'); });
// base64
t('b64 padded', function () { return Buffer.from('aGVsbG8=', 'base64'); });
t('b64 unpadded', function () { return Buffer.from('aGVsbG8', 'base64'); });
t('b64 whitespace', function () { return Buffer.from(' aGVs\nbG8g\r\nd29y\tbGQ= ', 'base64'); });
t('b64 invalid chars', function () { return Buffer.from('a!G*V#sbG8', 'base64'); });
t('b64 url chars', function () { return Buffer.from('-_-_', 'base64'); });
t('b64url std chars', function () { return Buffer.from('+/+/', 'base64url'); });
t('b64 stops at =', function () { return Buffer.from('YQ==YQ==', 'base64'); });
t('b64 mid =', function () { return Buffer.from('YQ=YWJj', 'base64'); });
t('b64 one char', function () { return Buffer.from('Y', 'base64'); });
t('b64 five chars', function () { return Buffer.from('YWJjZ', 'base64'); });
t('b64 non-ascii', function () { return Buffer.from('YW\u00e9Jj', 'base64'); });
t('b64 encode lengths', function () { return [0, 1, 2, 3, 4, 5].map(function (n) { return Buffer.alloc(n, 0xfb).toString('base64'); }); });
t('b64url encode lengths', function () { return [0, 1, 2, 3, 4, 5].map(function (n) { return Buffer.alloc(n, 0xfb).toString('base64url'); }); });

// toString ranges
var b = Buffer.from('abcdef');
t('toString()', function () { return b.toString(); });
t('toString undefined', function () { return b.toString(undefined); });
t('toString range', function () { return b.toString('utf8', 1, 3); });
t('toString start only', function () { return b.toString('utf8', 2); });
t('toString neg start', function () { return b.toString('utf8', -5, 2); });
t('toString big end', function () { return b.toString('utf8', 1, 100); });
t('toString start>end', function () { return b.toString('utf8', 4, 2); });
t('toString start>=len', function () { return b.toString('utf8', 6); });
t('toString str args', function () { return b.toString('utf8', '1', '3'); });
t('toString NaN', function () { return b.toString('utf8', NaN, NaN); });
t('toString frac', function () { return b.toString('utf8', 1.7, 3.2); });
t('toString hex range', function () { return b.toString('hex', 1, 3); });
t('toString split char', function () { return Buffer.from('\u20ac').toString('utf8', 0, 2); });
t('toString unknown', function () { return b.toString('nope'); });
t('toString number enc', function () { return b.toString(5); });
t('toString case', function () { return b.toString('HEX'); });
t('toLocaleString', function () { return b.toLocaleString(); });
t('String(buf)', function () { return String(b) + b; });

// write
function w(args) {
  var buf = Buffer.alloc(8, 0x2e);
  var n = buf.write.apply(buf, args);
  return [n, buf.toString('latin1')];
}
t('write', function () { return w(['abc']); });
t('write offset', function () { return w(['abc', 2]); });
t('write offset length', function () { return w(['abcdef', 2, 3]); });
t('write enc', function () { return w(['616263', 'hex']); });
t('write offset enc', function () { return w(['616263', 1, 'hex']); });
t('write offset length enc', function () { return w(['61626364', 1, 2, 'hex']); });
t('write truncates', function () { return w(['abcdefghijk']); });
t('write no partial utf8', function () { return w(['\u20ac\u20ac\u20ac']); });
t('write no partial pair', function () { return w(['abcde\ud83d\ude00']); });
t('write ucs2 odd room', function () { return w(['abcdef', 3, 'ucs2']); });
t('write latin1', function () { return w(['\u00e9\u0100', 'latin1']); });
t('write base64', function () { return w(['aGVsbG8gd29ybGQ=', 'base64']); });
t('write hex bad', function () { return w(['61zz62', 'hex']); });
t('write at end', function () { return w(['abc', 8]); });
t('write length 0', function () { return w(['abc', 0, 0]); });
t('write offset oob', function () { return w(['abc', 9]); });
t('write offset neg', function () { return w(['abc', -1]); });
t('write offset frac', function () { return w(['abc', 1.5]); });
t('write length oob', function () { return w(['abc', 0, 9]); });
t('write offset str num', function () { return w(['abc', '1', 2]); });
t('write len str num', function () { return w(['abcdef', 1, '3']); });
t('write legacy str offset', function () { return w(['abc', 'hex', '2']); });
t('write non-string', function () { return w([5]); });
t('write unknown enc', function () { return w(['abc', 0, 2, 'nope']); });
t('write empty', function () { return w(['']); });
t('legacy order', function () { return w(['6162', 'hex', 2]); });
t('legacy order len', function () { return w(['616263', 'hex', 1, 2]); });
t('legacy charsWritten', function () { var x = Buffer.alloc(4); x.write('\u00e9\u00e9\u00e9'); return Buffer._charsWritten; });
t('toString null enc', function () { return b.toString(null); });
t('toString empty enc', function () { return b.toString(''); });
