// v0.10 API and behaviour kept: DSA keys (DSS1), encrypted PKCS#8 keys,
// createCredentials, finaltol, v0.10's error messages, getHashes names.
var crypto = require('crypto');
var fs = require('fs');
var F = __dirname + '/fixtures/';
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

// DSA: sign with DSS1 (SHA-1) and other digests; verify with the public key.
var dsaKey = fs.readFileSync(F + 'dsa-key.pem');
var dsaPub = fs.readFileSync(F + 'dsa-pub.pem');
['DSS1', 'sha1', 'sha256'].forEach(function (alg) {
  var sig = crypto.createSign(alg).update('I AM THE WALRUS').sign(dsaKey, 'hex');
  var ok = crypto.createVerify(alg).update('I AM THE WALRUS').verify(dsaPub, sig, 'hex');
  var bad = crypto.createVerify(alg).update('I AM THE WALRUs').verify(dsaPub, sig, 'hex');
  console.log('dsa', alg, 'verifies', ok, 'tampered', bad);
});
var pk = crypto.createPrivateKey(dsaKey);
console.log('dsa key object', pk.type, pk.asymmetricKeyType, crypto.createPublicKey(dsaKey).asymmetricKeyType);

// Encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY") with a passphrase.
var encDsa = fs.readFileSync(F + 'dsa-key-pkcs8-enc.pem');
show('dsa pkcs8 wrong passphrase', function () {
  return crypto.createSign('DSS1').update('x').sign({ key: encDsa, passphrase: 'wrong' }, 'hex');
});
var sig2 = crypto.createSign('DSS1').update('x').sign({ key: encDsa, passphrase: 'password' }, 'hex');
console.log('dsa pkcs8 with passphrase verifies', crypto.createVerify('DSS1').update('x').verify(dsaPub, sig2, 'hex'));
var encRsa = fs.readFileSync(F + 'rsa-key-pkcs8-enc.pem');
var rsaPub = fs.readFileSync(F + 'rsa-pub.pem');
var ct = crypto.publicEncrypt(rsaPub, Buffer.from('I AM THE WALRUS'));
console.log('rsa pkcs8 decrypt', crypto.privateDecrypt({ key: encRsa, passphrase: 'password' }, ct).toString());
var rsaSig = crypto.createSign('RSA-SHA256').update('abc').sign({ key: encRsa, passphrase: 'password' }, 'base64');
console.log('rsa pkcs8 sign verifies', crypto.createVerify('RSA-SHA256').update('abc').verify(rsaPub, rsaSig, 'base64'));

// getHashes lists v0.10's DSA names and stays sorted.
// v0.10 differs: v20 lists none of these names.
var hashes = crypto.getHashes();
console.log('getHashes DSA names', ['DSA', 'DSA-SHA', 'DSA-SHA1', 'dss1', 'ecdsa-with-SHA1'].map(function (n) {
  return hashes.indexOf(n) >= 0;
}).join(','), 'sorted', JSON.stringify(hashes) === JSON.stringify(hashes.slice().sort()));

// createCredentials is tls.createSecureContext; its .context is the native one.
// v0.10 differs: v20 has no createCredentials.
var creds = crypto.createCredentials({});
console.log('createCredentials', typeof creds, typeof creds.context);
show('createCredentials with a foreign context', function () { return crypto.createCredentials({}, { setKey: function () {} }); });

// finaltol is final; a cipher keeps the decoder of its first output encoding.
var key = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2);
var c = crypto.createCipheriv('aes256', key, iv);
var enc = c.update('0123456789abcdef0123456789abcde', 'utf8', 'binary') + c.final('binary');
var d = crypto.createDecipheriv('aes256', key, iv);
// v0.10 differs: v20 asserts "Cannot change encoding" for final('utf8') after update(…, 'binary').
console.log('finaltol', typeof d.finaltol, d.update(enc, 'binary', 'binary') + d.finaltol('utf8'));

// v0.10's messages (the codes are v20's).
// v0.10 differs: v20 says "The argument 'encoding' is invalid for data of length 1".
show('odd hex to hash', function () { return crypto.createHash('sha1').update('0', 'hex'); });
show('odd hex to cipher', function () { return crypto.createCipheriv('aes-128-cbc', key.slice(0, 16), iv).update('abc', 'hex'); });
show('odd hex to sign', function () { return crypto.createSign('RSA-SHA1').update('0', 'hex'); });
// v0.10 differs: v20 says 'The "data" argument must be of type string or ...'.
show('object to update', function () { return crypto.createHash('sha1').update({ foo: 'bar' }); });
// v0.10 differs: v20's message is "error:1C8000A5:Provider routines::digest too big for rsa key".
var tiny = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIGrAgEAAiEA+3z+1QNF2/unumadiwEr+C5vfhezsb3hp4jAnCNRpPcCAwEAAQIgQNriSQK4',
  'EFwczDhMZp2dvbcz7OUUyt36z3S4usFPHSECEQD/41K7SujrstBfoCPzwC1xAhEA+5kt4BJy',
  'eKN7LggbF3Dk5wIQN6SL+fQ5H/+7NgARsVBp0QIRANxYRukavs4QvuyNhMx+vrkCEQCbf6j/',
  'Ig6/HueCK/0Jkmp+',
  '-----END RSA PRIVATE KEY-----', ''].join('\n');
show('digest too big', function () { return crypto.createSign('RSA-SHA256').update('test').sign(tiny); });
// v0.10 differs: randomBytes refuses more than 0x3fffffff bytes with a TypeError (v20 allows 2**31-1).
show('randomBytes too big', function () { return crypto.randomBytes(0x3fffffff + 1); });
// v0.10 differs: ciphers have setAuthTag and deciphers getAuthTag, which throw (v20 has neither).
var gcmKey = Buffer.alloc(16, 3), gcmIv = Buffer.alloc(12, 4);
show('setAuthTag on a cipher', function () { return crypto.createCipheriv('aes-128-gcm', gcmKey, gcmIv).setAuthTag(Buffer.alloc(16)); });
show('getAuthTag on a decipher', function () { return crypto.createDecipheriv('aes-128-gcm', gcmKey, gcmIv).getAuthTag(); });
// v0.10 differs: "sha" is SHA-0 (FIPS 180-0 vectors); v20 has no SHA-0.
console.log('sha0 abc', crypto.createHash('sha').update('abc').digest('hex'));
console.log('sha0 million a', crypto.createHash('RSA-SHA').update(Buffer.alloc(1000000, 'a')).digest('hex'));
console.log('getHashes has sha', hashes.indexOf('sha') >= 0, 'RSA-SHA', hashes.indexOf('RSA-SHA') >= 0);

// v0.10 differs: crypto.DEFAULT_ENCODING = 'binary' makes outputs binary
// strings and string inputs default to binary (v20 removed DEFAULT_ENCODING).
crypto.DEFAULT_ENCODING = 'binary';
var rsaKeyPem = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
var binSig = crypto.createSign('RSA-SHA256').update('Test123').sign(rsaKeyPem.privateKey);
console.log('binary: sign', typeof binSig, 'verify', crypto.createVerify('RSA-SHA256').update('Test123').verify(rsaKeyPem.publicKey, binSig));
console.log('binary: digest', JSON.stringify(crypto.createHash('md5').update('Test123').digest()));
console.log('binary: pbkdf2Sync', JSON.stringify(crypto.pbkdf2Sync('password', 'salt', 1, 8)));
crypto.pbkdf2('password', 'salt', 1, 8, function (err, k) {
  console.log('binary: pbkdf2', JSON.stringify(k));
  crypto.DEFAULT_ENCODING = 'buffer';
});
