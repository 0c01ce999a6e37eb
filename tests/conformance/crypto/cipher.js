// createCipheriv / createDecipheriv: AES modes with fixed keys (byte-exact with
// Node), update/final chunking, padding, GCM tags and AAD, legacy createCipher,
// output encodings, errors, and the stream interface.
var crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

function key(n) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = i;
  return b;
}
var iv16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
var plain = 'The quick brown fox jumps over the lazy dog. 0123456789';

// FIPS-197 AES-128 known answer (ECB, no padding)
var kat = crypto.createCipheriv('aes-128-ecb', key(16), null);
kat.setAutoPadding(false);
console.log('fips197', Buffer.concat([kat.update(Buffer.from('00112233445566778899aabbccddeeff', 'hex')), kat.final()]).toString('hex'));

['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ctr', 'aes-256-ctr', 'aes-128-cfb', 'aes-256-cfb8',
  'aes-192-ofb', 'aes-128-ecb', 'aes-256-ecb', 'des-ede3-cbc', 'aes128', 'aes256'].forEach(function (alg) {
  var info = crypto.getCipherInfo(alg);
  var iv = info.ivLength ? key(info.ivLength) : null;
  var c = crypto.createCipheriv(alg, key(info.keyLength), iv);
  var parts = [c.update(plain.slice(0, 7)), c.update(plain.slice(7), 'utf8'), c.final()];
  console.log(alg, parts.map(function (p) { return p.length; }).join('+'), Buffer.concat(parts).toString('hex'));
  var d = crypto.createDecipheriv(alg, key(info.keyLength), iv);
  var ct = Buffer.concat(parts);
  var dparts = [d.update(ct.slice(0, 17)), d.update(ct.slice(17)), d.final()];
  console.log(alg, 'decrypted', dparts.map(function (p) { return p.length; }).join('+'), Buffer.concat(dparts).toString());
});

// output and input encodings
var e = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
var b64 = e.update(plain, 'utf8', 'base64') + e.final('base64');
console.log('base64', b64);
var dd = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
console.log('from base64', dd.update(b64, 'base64', 'utf8') + dd.final('utf8'));
var eh = crypto.createCipheriv('aes-256-ctr', key(32), iv16);
console.log('hex', eh.update('héllo wörld', 'utf8', 'hex') + eh.final('hex'));
var el = crypto.createCipheriv('aes-256-ctr', key(32), iv16);
console.log('latin1 in', el.update('ff00fe', 'hex', 'hex'));
// a multi-byte character split across updates comes out whole
var split = crypto.createCipheriv('aes-128-ctr', key(16), iv16);
var enc = Buffer.concat([split.update('€€€'), split.final()]);
var sd = crypto.createDecipheriv('aes-128-ctr', key(16), iv16);
console.log('utf8 split', JSON.stringify(sd.update(enc.slice(0, 4), 'buffer', 'utf8')), JSON.stringify(sd.update(enc.slice(4), 'buffer', 'utf8')), JSON.stringify(sd.final('utf8')));

// padding
var np = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
np.setAutoPadding(false);
console.log('no padding', Buffer.concat([np.update(Buffer.alloc(32, 7)), np.final()]).toString('hex'));
var exact = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
console.log('full block pad', Buffer.concat([exact.update(Buffer.alloc(16, 1)), exact.final()]).length);
show('no padding partial', function () {
  var c = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
  c.setAutoPadding(false);
  c.update(Buffer.alloc(15));
  return c.final();
});
show('bad decrypt', function () {
  var c = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
  c.update(Buffer.alloc(16));
  return c.final();
});
show('wrong final block length', function () {
  var c = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
  c.update(Buffer.alloc(15));
  return c.final();
});
show('decrypt no padding', function () {
  var c = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(Buffer.alloc(16)), c.final()]).toString('hex');
});

// GCM
var giv = key(12);
var g = crypto.createCipheriv('aes-256-gcm', key(32), giv);
g.setAAD(Buffer.from('header'));
var gct = Buffer.concat([g.update(plain, 'utf8'), g.final()]);
var tag = g.getAuthTag();
console.log('gcm', gct.toString('hex'), tag.toString('hex'));
var gd = crypto.createDecipheriv('aes-256-gcm', key(32), giv);
gd.setAAD(Buffer.from('header'));
gd.setAuthTag(tag);
console.log('gcm decrypted', Buffer.concat([gd.update(gct), gd.final()]).toString());
show('gcm bad tag', function () {
  var x = crypto.createDecipheriv('aes-256-gcm', key(32), giv);
  x.setAAD(Buffer.from('header'));
  var t = Buffer.from(tag);
  t[0] ^= 1;
  x.setAuthTag(t);
  x.update(gct);
  return x.final();
});
show('gcm no tag', function () {
  var x = crypto.createDecipheriv('aes-256-gcm', key(32), giv);
  x.update(gct);
  return x.final();
});
var g16 = crypto.createCipheriv('aes-128-gcm', key(16), key(16));
var g16ct = Buffer.concat([g16.update('sixteen byte iv'), g16.final()]);
console.log('gcm 16-byte iv', g16ct.toString('hex'), g16.getAuthTag().toString('hex'));
var g16d = crypto.createDecipheriv('aes-128-gcm', key(16), key(16));
g16d.setAuthTag(g16.getAuthTag());
console.log('gcm 16-byte iv decrypted', Buffer.concat([g16d.update(g16ct), g16d.final()]).toString());
var gshort = crypto.createCipheriv('aes-128-gcm', key(16), giv, { authTagLength: 12 });
gshort.update('x');
gshort.final();
console.log('gcm tag 12', gshort.getAuthTag().toString('hex'));
var gempty = crypto.createCipheriv('aes-128-gcm', key(16), giv);
gempty.final();
console.log('gcm empty', gempty.getAuthTag().toString('hex'));
show('getAuthTag early', function () { return crypto.createCipheriv('aes-128-gcm', key(16), giv).getAuthTag(); });

// legacy createCipher (EVP_BytesToKey with MD5)
var lc = crypto.createCipher('aes192', 'a password');
var lct = lc.update('legacy', 'utf8', 'hex') + lc.final('hex');
console.log('createCipher', lct);
var ld = crypto.createDecipher('aes192', 'a password');
console.log('createDecipher', ld.update(lct, 'hex', 'utf8') + ld.final('utf8'));

// getCiphers
var ciphers = crypto.getCiphers();
console.log('getCiphers', ['aes-128-cbc', 'aes-256-gcm', 'aes-256-ctr', 'des-ede3-cbc'].every(function (c) {
  return ciphers.indexOf(c) >= 0;
}));
['aes-256-gcm', 'aes-128-cbc', 'aes-192-ctr', 'aes-128-ecb'].forEach(function (n) {
  var i = crypto.getCipherInfo(n);
  console.log('getCipherInfo', n, i.mode, i.keyLength, i.ivLength, i.blockSize);
});
console.log('getCipherInfo unknown', crypto.getCipherInfo('nope'));

// errors
show('unknown cipher', function () { return crypto.createCipheriv('nope', key(16), iv16); });
show('key length', function () { return crypto.createCipheriv('aes-128-cbc', key(5), iv16); });
show('iv length', function () { return crypto.createCipheriv('aes-128-cbc', key(16), key(5)); });
show('iv missing', function () { return crypto.createCipheriv('aes-128-cbc', key(16), null); });
show('gcm empty iv', function () { return crypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(0)); });
show('bad key type', function () { return crypto.createCipheriv('aes-128-cbc', 5, iv16); });
show('bad iv type', function () { return crypto.createCipheriv('aes-128-cbc', key(16), 5); });
// v0.10 differs: update() of a non-string, non-buffer says "Not a string or buffer"
// (v20: The "data" argument must be of type string or ...); the code is v20's.
show('bad data', function () { return crypto.createCipheriv('aes-128-cbc', key(16), iv16).update(5); });
show('final twice', function () {
  var c = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
  c.final();
  return c.final();
});
show('update after final', function () {
  var c = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
  c.final();
  return c.update('x');
});

// as streams
var cs = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
var ds = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
var out = [];
cs.pipe(ds);
ds.on('data', function (d) { out.push(d); });
ds.on('end', function () { console.log('stream', Buffer.concat(out).toString()); });
cs.write('streamed ');
cs.write(Buffer.from('through a cipher'));
cs.end();
var bad = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
bad.on('error', function (err) { console.log('stream error', err.code, err.message); });
bad.on('data', function () {});
bad.end(Buffer.alloc(16));
