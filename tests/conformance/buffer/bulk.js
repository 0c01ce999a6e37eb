'use strict';
// Long inputs that reach the bulk (SIMD / word-at-a-time) codec paths:
// base64 and base64url text with junk, whitespace, early padding and the
// other alphabet's characters; write() must change no byte past the ones
// it decodes; latin1, hex and utf8 around the block sizes.
var data = Buffer.alloc(150);
for (var i = 0; i < data.length; i++) data[i] = (i * 167 + 13) & 255;
var b64 = data.toString('base64');
var url = data.toString('base64url');
function show(label, buf) {
  console.log(label, buf.length, buf.toString('hex'));
}
var texts = {
  clean: b64,
  unpadded: b64.replace(/=+$/, ''),
  url: url,
  urlPadded: url + '=',
  newlines: b64.replace(/(.{76})/g, '$1\n'),
  crlf: b64.replace(/(.{64})/g, '$1\r\n'),
  spaces: b64.slice(0, 90) + '  ' + b64.slice(90),
  junk: b64.slice(0, 50) + '*!' + b64.slice(50),
  earlyPad: b64.slice(0, 100) + '=' + b64.slice(100),
  padMiddle: b64.slice(0, 120) + '==' + b64.slice(120),
  mixedAlphabets: b64.replace(/\+/g, '-'),
  mixedBoth: url.slice(0, 100) + b64.slice(100),
  nonAscii: b64.slice(0, 70) + '\u00e9\u20ac' + b64.slice(70),
  trailingJunk: b64 + '!!',
  oneExtra: b64.replace(/=+$/, '') + 'Q',
};
Object.keys(texts).forEach(function (k) {
  show('base64 ' + k, Buffer.from(texts[k], 'base64'));
  show('base64url ' + k, Buffer.from(texts[k], 'base64url'));
});
['earlyPad', 'junk', 'clean'].forEach(function (k) {
  var dst = Buffer.alloc(260, 0xaa);
  var n = dst.write(texts[k], 1, 'base64');
  console.log('write ' + k, n, dst.toString('hex'));
});
console.log('roundtrip', data.toString('base64') === b64, Buffer.from(b64, 'base64').equals(data));
for (var len = 28; len <= 70; len += 7) {
  var d = data.slice(0, len);
  console.log('len ' + len, d.toString('base64'), d.toString('base64url'));
  console.log('latin1 ' + len, JSON.stringify(d.toString('latin1')));
  console.log('hex ' + len, Buffer.from(d.toString('hex') + 'zz' + d.toString('hex'), 'hex').toString('hex'));
}
var u = 'h\u00e9llo \u20ac \ud83d\ude00 \ud800 x';
var long = new Array(120).join(u);
var enc = Buffer.from(long);
console.log('utf8 ' + enc.length, enc.toString('hex').slice(0, 120));
console.log('utf8 back', enc.toString() === long.replace(/\ud800/g, '\ufffd'));
// v0.10 differs: ED A0 80 (an encoded surrogate) decodes to that code unit,
// \ud800; v20 makes it three U+FFFD.
var bad = Buffer.concat([enc.slice(0, 100), Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0xaf]), enc.slice(100, 200)]);
console.log(JSON.stringify(bad.toString()));
