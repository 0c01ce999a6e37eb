// StringDecoder: write/end/text across chunk boundaries for utf8, utf16le
// (surrogate pairs), base64/base64url (3-byte groups), hex/ascii/latin1
// pass-through; encoding names; lastNeed/lastTotal; error paths.
// v0.10 differs: `encoding` was the lower-cased argument with '-' removed
// ('ucs2' stayed 'ucs2'); here it is v20's canonical name. v0.10 threw a
// plain Error for an unknown encoding; here a TypeError with the same
// message (and code ERR_UNKNOWN_ENCODING), as v20.
// v0.10 differs: an encoded surrogate (ED A0-BF xx) decodes to that code
// unit, so CESU-8 pairs come out as the astral character (v20: U+FFFD for
// each byte).
var StringDecoder = require('string_decoder').StringDecoder;
function show(v) {
  if (typeof v === 'string') return '"' + v.replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }) + '"';
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return String(v);
}
function t(label, f) {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); }
}
function B() { return Buffer.from(Array.prototype.slice.call(arguments)); }
function run(enc, chunks) {
  var d = new StringDecoder(enc);
  var out = chunks.map(function (c) { return d.write(c); });
  out.push(d.end());
  return out;
}

var decoder = new StringDecoder('utf8');
console.log(decoder.write(new Buffer([0xC2, 0xA2])));
console.log(decoder.write(new Buffer([0xE2, 0x82, 0xAC])));

t('utf8 split 2', function () { return run('utf8', [B(0xc2), B(0xa2)]); });
t('utf8 split 3', function () { return run('utf8', [B(0xe2), B(0x82), B(0xac)]); });
t('utf8 split 4', function () { return run('utf8', [B(0xf0, 0x9f), B(0x98), B(0x80, 0x41)]); });
t('utf8 split mid', function () { return run('utf8', [B(0x61, 0xe2, 0x82), B(0xac, 0x62)]); });
t('utf8 bytewise', function () { var s = Buffer.from('a\u00e9\u20ac\ud83d\ude00z'); var c = []; for (var i = 0; i < s.length; i++) c.push(s.slice(i, i + 1)); return run('utf8', c).join(''); });
t('utf8 incomplete end', function () { return run('utf8', [B(0xe2, 0x82)]); });
t('utf8 interrupted', function () { return run('utf8', [B(0xe2), B(0x41)]); });
t('utf8 interrupted 4', function () { return run('utf8', [B(0xf0, 0x9f), B(0xc3, 0xa9)]); });
t('utf8 bad then good', function () { return run('utf8', [B(0xff, 0xe2), B(0x82, 0xac, 0xe2, 0x82)]); });
t('utf8 surrogate seq', function () { return run('utf8', [B(0xed), B(0xa0, 0x80)]); });
t('utf8 cesu-8 pair', function () { return run('utf8', [B(0xed, 0xa0), B(0xbd, 0xed), B(0xb1), B(0x8d)]).join(''); });
t('utf8 cesu-8 cut', function () { return run('utf8', [B(0x61, 0xed, 0xa0)]); });
t('utf8 two leads', function () { return run('utf8', [B(0xc3), B(0xc3)]); });
t('utf8 end with buf', function () { var d = new StringDecoder('utf8'); return [d.write(B(0xe2)), d.end(B(0x82)), d.write(B(0x41))]; });
t('utf8 end completes', function () { var d = new StringDecoder(); return [d.write(B(0xe2, 0x82)), d.end(B(0xac))]; });
t('utf8 empty writes', function () { var d = new StringDecoder(); return [d.write(B()), d.write(B(0xe2)), d.write(B()), d.end()]; });
t('utf8 lastNeed', function () { var d = new StringDecoder(); d.write(B(0xe2)); return [d.lastNeed, d.lastTotal, d.lastChar.length, d.lastChar[0]]; });
t('utf8 lastNeed 0', function () { var d = new StringDecoder(); d.write(B(0x41)); return [d.lastNeed, d.lastTotal]; });
t('text', function () { var d = new StringDecoder(); return [d.text(B(0x61, 0x62, 0xe2), 1), d.end()]; });

t('utf16le split unit', function () { return run('utf16le', [B(0x61), B(0x00, 0x62), B(0x00)]); });
t('utf16le pair split', function () { return run('utf16le', [B(0x3d, 0xd8), B(0x00, 0xde)]); });
t('utf16le pair split odd', function () { return run('utf16le', [B(0x3d), B(0xd8, 0x00), B(0xde)]); });
t('utf16le bytewise', function () { return run('utf16le', [B(0x61), B(0x00), B(0x3d), B(0xd8), B(0x00), B(0xde)]); });
t('utf16le high at end', function () { return run('utf16le', [B(0x3d, 0xd8)]); });
t('utf16le odd at end', function () { return run('utf16le', [B(0x61)]); });
t('utf16le high then odd', function () { return run('utf16le', [B(0x3d, 0xd8, 0x61)]); });
t('utf16le lone high', function () { return run('utf16le', [B(0x3d, 0xd8, 0x61, 0x00)]); });
t('ucs2 alias', function () { return run('ucs2', [B(0x61, 0x00, 0x62)]); });

t('base64', function () { return run('base64', [B(0x61), B(0x62, 0x63, 0x64)]); });
t('base64 exact', function () { return run('base64', [B(0x61, 0x62, 0x63)]); });
t('base64 two', function () { return run('base64', [B(0x61, 0x62)]); });
t('base64 bytewise', function () { return run('base64', [B(0x61), B(0x62), B(0x63), B(0x64)]); });
t('base64url', function () { return run('base64url', [B(0xfb), B(0xff, 0xfe, 0xfd)]); });
t('base64 lastNeed', function () { var d = new StringDecoder('base64'); d.write(B(1)); return [d.lastNeed, d.lastTotal]; });

t('hex', function () { return run('hex', [B(0x61), B(0xff)]); });
t('ascii', function () { return run('ascii', [B(0xe1, 0x41)]); });
t('latin1', function () { return run('latin1', [B(0xe1, 0x41)]); });
t('binary', function () { return run('binary', [B(0xe9)]); });

t('names', function () { return ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'binary', 'latin1', 'ascii', 'hex', 'base64', 'BASE64', 'base64url'].map(function (e) { return new StringDecoder(e).encoding; }); });
t('default', function () { return [new StringDecoder().encoding, new StringDecoder(null).encoding, new StringDecoder('').encoding]; });
t('unknown', function () { return new StringDecoder('nope'); });
t('unknown 2', function () { return new StringDecoder('utf16'); });
t('keys', function () { return Object.keys(new StringDecoder('hex')); });
t('write string', function () { return new StringDecoder().write('abc'); });
t('write u16', function () { return new StringDecoder().write(new Uint16Array([0x6261])); });
t('write dataview', function () { return new StringDecoder().write(new DataView(new Uint8Array([0x78, 0x79]).buffer)); });
t('write number', function () { return new StringDecoder().write(5); });
t('write null', function () { return new StringDecoder().write(null); });
t('end empty', function () { var d = new StringDecoder(); return [d.end(), d.end(B(0x61)), d.write(B())]; });
t('write array', function () { return new StringDecoder().write([0x61]); });
