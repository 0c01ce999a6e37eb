// crypto.createHash: known vectors, encodings, chaining, copy, aliases, errors, streams.
var crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

var algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'md5-sha1', 'shake128', 'shake256'];
algs.forEach(function (a) {
  console.log(a, crypto.createHash(a).update('abc').digest('hex'));
  console.log(a, 'empty', crypto.createHash(a).digest('hex'));
});

// a million 'a's, fed in pieces
var h = crypto.createHash('sha1');
var piece = new Array(1001).join('a');
for (var i = 0; i < 1000; i++) h.update(piece);
console.log('million a', h.digest('hex'));

// output encodings
['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined].forEach(function (enc) {
  var d = crypto.createHash('sha256').update('encodings').digest(enc);
  console.log('digest', enc, typeof d, Buffer.isBuffer(d) ? d.toString('hex') : JSON.stringify(d));
});

// input encodings and types
console.log('utf8 default', crypto.createHash('md5').update('héllo wörld €').digest('hex'));
console.log('utf8 explicit', crypto.createHash('md5').update('héllo wörld €', 'utf8').digest('hex'));
console.log('latin1', crypto.createHash('md5').update('héllo', 'latin1').digest('hex'));
console.log('binary', crypto.createHash('md5').update('héllo', 'binary').digest('hex'));
console.log('hex', crypto.createHash('md5').update('deadbeef', 'hex').digest('hex'));
console.log('base64', crypto.createHash('md5').update('3q2+7w==', 'base64').digest('hex'));
console.log('ucs2', crypto.createHash('md5').update('hi€', 'ucs2').digest('hex'));
console.log('buffer', crypto.createHash('md5').update(Buffer.from([0xde, 0xad, 0xbe, 0xef])).digest('hex'));
console.log('uint8array', crypto.createHash('md5').update(new Uint8Array([0xde, 0xad, 0xbe, 0xef])).digest('hex'));
console.log('dataview', crypto.createHash('md5').update(new DataView(new Uint8Array([0xde, 0xad, 0xbe, 0xef]).buffer)).digest('hex'));
console.log('surrogates', crypto.createHash('sha1').update('😀 and a lone \ud800').digest('hex'));

// chaining returns the hash
var chained = crypto.createHash('sha256');
console.log('chain', chained.update('a') === chained, chained.update('b').update('c').digest('hex'));

// aliases
['RSA-SHA256', 'sha256WithRSAEncryption', 'SHA256', 'sha-256', 'RSA-MD5', 'SHA1', 'RSA-SHA512/256'].forEach(function (a) {
  console.log('alias', a, crypto.createHash(a).update('x').digest('hex'));
});

// copy
var base = crypto.createHash('sha256').update('part one');
var c1 = base.copy();
c1.update(' and two');
console.log('copy', base.digest('hex'), c1.digest('hex'));
console.log('shake copy', crypto.createHash('shake256', { outputLength: 8 }).update('x').copy({ outputLength: 4 }).digest('hex'));
console.log('shake len', crypto.createHash('shake128', { outputLength: 40 }).update('x').digest('hex'));

// getHashes
var hashes = crypto.getHashes();
console.log('getHashes', Array.isArray(hashes), ['md5', 'sha1', 'sha256', 'sha512', 'RSA-SHA256'].every(function (n) {
  return hashes.indexOf(n) >= 0;
}));

// errors
show('unknown', function () { return crypto.createHash('nope'); });
show('not a string', function () { return crypto.createHash(1); });
// v0.10 differs: update() of a non-string, non-buffer says "Not a string or buffer"
// (v20: The "data" argument must be of type string or ...); the code is v20's.
show('bad data', function () { return crypto.createHash('sha1').update(1); });
show('bad data null', function () { return crypto.createHash('sha1').update(null); });
show('double digest', function () { var x = crypto.createHash('sha1'); x.digest(); return x.digest(); });
show('update after digest', function () { var x = crypto.createHash('sha1'); x.digest(); return x.update('a'); });
show('copy after digest', function () { var x = crypto.createHash('sha1'); x.digest(); return x.copy(); });
show('instanceof', function () { return crypto.createHash('md5') instanceof crypto.Hash; });
show('no new', function () { return crypto.Hash('md5').update('a').digest('hex'); });

// Hash as a stream
var hs = crypto.createHash('md5');
hs.on('finish', function () { console.log('stream finish'); });
hs.on('readable', function () {
  var d = hs.read();
  if (d) console.log('stream digest', d.toString('hex'));
});
hs.write('stream ');
hs.write(Buffer.from('data'));
hs.end();

var hs2 = crypto.createHash('sha1');
hs2.setEncoding('hex');
hs2.on('data', function (d) { console.log('stream hex', d); });
hs2.end('abc');
