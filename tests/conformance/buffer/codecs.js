// The table-driven codecs on inputs long enough to take their fast paths:
// base64/base64url encoding of every length up to 50 and of 256 KiB, lenient
// base64 decoding (junk, whitespace, '=' and the other alphabet inside long
// input, into buffers too small), latin1 of all byte values, and concat
// with an exact, a shorter and a longer total length.
function sum(buf) {
  // a position-dependent checksum, to compare big results cheaply
  var h = 0;
  for (var i = 0; i < buf.length; i++) h = (h * 31 + buf[i] + i) % 1000000007;
  return h;
}
function pattern(n, k) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = (i * k + 7) & 255;
  return b;
}

var enc = [];
for (var n = 0; n <= 50; n++) {
  var p = pattern(n, 131);
  var s = p.toString('base64');
  var u = p.toString('base64url');
  var back = Buffer.from(s, 'base64');
  var backU = Buffer.from(u, 'base64');
  if (!back.equals(p) || !backU.equals(p)) console.log('round trip failed at', n);
  enc.push(s + ' ' + u);
}
console.log(enc.slice(0, 20).join('\n'));
console.log(enc[47], enc[48], enc[49], enc[50]);

var text = pattern(60, 37).toString('base64');
function dec(s) { return Buffer.from(s, 'base64').toString('hex'); }
console.log('clean', dec(text));
console.log('spaces', dec(text.replace(/(.{7})/g, '$1 ')));
console.log('newlines', dec(text.replace(/(.{16})/g, '$1\n')));
console.log('junk', dec(text.slice(0, 20) + '\u00e9*\x00' + text.slice(20)));
console.log('pad inside', dec(text.slice(0, 24) + '=' + text.slice(24)));
console.log('pad early', dec(text.slice(0, 22) + '==' + text.slice(24)));
console.log('url alphabet', dec(text.replace(/\+/g, '-').replace(/\//g, '_')));
console.log('mixed alphabets', dec('____----++++////' + text));
console.log('unpadded tail', dec(text.slice(0, 41)), dec(text.slice(0, 42)), dec(text.slice(0, 43)));
console.log('wide chars', dec('\u0100AAA' + text.slice(0, 32)));
var small = Buffer.alloc(10, 0x2e);
console.log('write small', small.write(text, 'base64'), small.toString('hex'));
var mid = Buffer.alloc(20, 0x2e);
console.log('write offset', mid.write(text, 3, 9, 'base64'), mid.toString('hex'));

var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) all[i] = i;
var l1 = all.toString('latin1');
console.log('latin1', l1.length, l1.charCodeAt(0), l1.charCodeAt(127), l1.charCodeAt(128), l1.charCodeAt(255));
console.log('latin1 round trip', Buffer.from(l1, 'latin1').equals(all), all.toString('binary') === l1);
console.log('latin1 ascii only', pattern(40, 3).slice(0, 20).map(function (c) { return c & 127; }).toString('latin1').length);

var big = pattern(256 * 1024, 131);
var b64 = big.toString('base64');
var b64u = big.toString('base64url');
console.log('256KiB base64', b64.length, b64.slice(0, 24), b64.slice(-24), sum(Buffer.from(b64.slice(-5000))));
console.log('256KiB base64url', b64u.length, b64u.slice(-24));
console.log('256KiB decode', Buffer.from(b64, 'base64').equals(big), Buffer.from(b64u, 'base64').equals(big));
var lat = big.toString('latin1');
console.log('256KiB latin1', lat.length, lat.charCodeAt(262143), Buffer.from(lat, 'latin1').equals(big));

var chunks = [];
for (i = 0; i < 64; i++) chunks.push(big.slice(i * 4096, i * 4096 + 4096));
var cat = Buffer.concat(chunks);
console.log('concat', cat.length, cat.equals(big), sum(cat.slice(-5000)));
console.log('concat exact', Buffer.concat(chunks, 64 * 4096).equals(cat));
console.log('concat short', Buffer.concat(chunks, 5000).equals(big.slice(0, 5000)));
var long = Buffer.concat(chunks.slice(0, 2), 8200);
console.log('concat long', long.length, long[8191] === big[8191], long[8192], long[8199]);
cat[0] ^= 1;
console.log('concat copies', big[0] !== cat[0]);
