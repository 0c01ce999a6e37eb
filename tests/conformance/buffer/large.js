'use strict';
// Results of a MiB and more (written with streaming stores): concat of
// parts of every size and alignment, latin1 decoding at odd offsets, and
// the parts and sources left as they were.
var crypto = require('crypto');
function sha1(b) { return crypto.createHash('sha1').update(b).digest('hex'); }
var MiB = 1024 * 1024;
// deterministic bytes without a slow JS loop: an AES-CTR keystream
var src = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 9)).update(Buffer.alloc(MiB + 4099));
var i;
var srcHash = sha1(src);

var cuts = [0, 1, 3, 100, 611, 1123, 1124, 5000, 70001, 70002, 300000, 524288, 524291, MiB - 5, MiB + 17, src.length];
var parts = [];
for (i = 1; i < cuts.length; i++) parts.push(src.slice(cuts[i - 1], cuts[i]));
var all = Buffer.concat(parts);
console.log('concat', all.length, sha1(all) === srcHash, all.equals(src));
parts.reverse();
var rev = Buffer.concat(parts);
console.log('concat reversed', rev.length, sha1(rev));
var sub = src.subarray(7);
var twice = Buffer.concat([sub.slice(3, 600003), new Uint8Array(0), sub.slice(1, 600001)]);
console.log('concat of slices', twice.length, sha1(twice));
var padded = Buffer.concat([src.slice(0, 10), src], 2 * MiB);
console.log('concat with length', sha1(Buffer.concat([src, src], MiB + 5)), padded.length, sha1(padded));
var chunks = [];
for (i = 0; i < 300; i++) chunks.push(src.slice(i * 3500 + (i % 7), (i + 1) * 3500 + (i % 5)));
console.log('concat chunks', sha1(Buffer.concat(chunks)));
all[0] = 255;
console.log('independent', src[0], all[0], sha1(src) === srcHash);

[0, 1, 2, 3, 31, 33].forEach(function (off) {
  var b = src.slice(off, off + 600000 + off);
  var s = b.toString('latin1');
  var ok = s.length === b.length;
  for (var j = 0; j < 64 && ok; j++) ok = s.charCodeAt(j) === b[j] && s.charCodeAt(s.length - 1 - j) === b[b.length - 1 - j];
  console.log('latin1', off, s.length, ok, Buffer.from(s, 'latin1').equals(b), sha1(Buffer.from(s, 'utf8')));
});
console.log('binary', sha1(Buffer.from(src.toString('binary'), 'binary')) === srcHash);
