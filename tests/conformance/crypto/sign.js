// createSign/createVerify, one-shot sign/verify, KeyObjects, RSA encryption,
// key generation, ECDH and HKDF with fixed keys. RSA PKCS#1 v1.5 signatures
// are deterministic, so they are compared byte for byte with Node's.
var crypto = require('crypto');

var rsaPriv = "-----BEGIN RSA PRIVATE KEY-----\nMIICXwIBAAKBgQDf7/F7O+yOSVREvzeZvXUvs2Bk6dhlA7dNkoiMa5z0qFgQQQfv\ndXZkWXTKk/hR5mQujUPYavvxfqWG/p5oi53yDjoaopmMx42puqgTLrjKXiw4aNDB\nsYRG9C4XD0b4WDYOsQ8FuxTxyS3kp251/fH052SyzbGjsd6W5jZainJmdwIDAQAB\nAoGBANNc5N79C2StH8WXegI5CT+Rnf0BnsaRQFUOZqWq+MUPk7cbukKw6qMCsDJ4\ngVvECnDJ0uyU5eHlOJT3BEsG5HaLrJOSMedhXS4BGfMMiCRZBK1VD1JuWFH66/Kk\nDYtoy3Z6hqR3Hd9A2dPFt5oTj8H6SfjZ71A/0J+00xdxbvy5AkEA+wDJdiJOL6js\nkhwIABKngysZ9DEBPCtTcuGtENvS/nz3P2xS+rPGnbVwsUxEgnO/e/4+lq6pZh2h\nDuOIK6UoHQJBAORlN9WJgoKrJzh/UBM79zBN80EIsRGCaxvlNk6fl5lBPcrAQ6gQ\nY+1qlg6UHvQL24eI0wN3B+x4yAeCg3yijKMCQQCB1cpgHSasaIjWm0FYKE4V/3mR\nYrfs08x6pFnNWqgtk56hY/sYS131viDo1Taq9AycqsrdTsO5WqIw/Wk2ilvRAkEA\nhyayNIUrmqEnE1KbEtawPoBSCtDW3vKa6SXozfu4XLLzms/M+V3BlBM3eqcB7g46\nOOipXWqJYNBUJcWAgzc5GwJBAIbvYU3PtxzPSqOqGqPZEg0yr9M9Lh3G4mMfzj8j\nJNGeE7JFrzxp836PcPKTLXA2mMzdje8eDgXDr7BQ92mdM5Y=\n-----END RSA PRIVATE KEY-----\n";
var rsaPub = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDf7/F7O+yOSVREvzeZvXUvs2Bk\n6dhlA7dNkoiMa5z0qFgQQQfvdXZkWXTKk/hR5mQujUPYavvxfqWG/p5oi53yDjoa\nopmMx42puqgTLrjKXiw4aNDBsYRG9C4XD0b4WDYOsQ8FuxTxyS3kp251/fH052Sy\nzbGjsd6W5jZainJmdwIDAQAB\n-----END PUBLIC KEY-----\n";
var ecPriv = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFnAiMYXVgch1fy0r67cc86UQqjknWSDe9fjbGKIR/GhoAoGCCqGSM49\nAwEHoUQDQgAEQ+jNXv+gNDaGjzWQg9PWxKcZLAek2z1CctKvBS4dPi4dA3qfhdU8\nkA+ZdEaN84Nkr4I4N79qvyQqmj6tKWQCGg==\n-----END EC PRIVATE KEY-----\n";
var ecPub = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQ+jNXv+gNDaGjzWQg9PWxKcZLAek\n2z1CctKvBS4dPi4dA3qfhdU8kA+ZdEaN84Nkr4I4N79qvyQqmj6tKWQCGg==\n-----END PUBLIC KEY-----\n";
var edPriv = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAIwIJz9yMQNwL3LCaa7hwZlYwhBeJkrPkpFjW5p1aGT\n-----END PRIVATE KEY-----\n";
var edPub = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAvTBXYDElGdRai5beW9/+6ekOjNPUUfZNLDlJbEKhVIQ=\n-----END PUBLIC KEY-----\n";
var ecSigByNode = 'MEQCIGsVu8Tx0SBDVfWnmCg6RLPYx7Q/JXLNuncIrd9K5Ko2AiBGX1iGuUt/AnFwm+grFThq6R5mbwNlKat9RC4syIaRLw==';

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

// RSA PKCS#1 v1.5
['sha1', 'sha256', 'sha512', 'RSA-SHA256', 'md5'].forEach(function (alg) {
  var s = crypto.createSign(alg);
  s.update('hello ');
  s.update('world');
  var sig = s.sign(rsaPriv, 'hex');
  console.log('rsa sign', alg, sig);
  var v = crypto.createVerify(alg);
  v.update('hello world');
  console.log('rsa verify', alg, v.verify(rsaPub, sig, 'hex'));
  console.log('rsa verify wrong data', crypto.createVerify(alg).update('hello World').verify(rsaPub, sig, 'hex'));
});
var sigBuf = crypto.createSign('sha256').update('x').sign(rsaPriv);
console.log('sign buffer', Buffer.isBuffer(sigBuf), sigBuf.length);
console.log('verify with private key pem', crypto.createVerify('sha256').update('x').verify(rsaPriv, sigBuf));
console.log('sign base64', crypto.createSign('sha256').update('x').sign({ key: rsaPriv }, 'base64'));
console.log('one-shot sign', crypto.sign('sha256', Buffer.from('x'), rsaPriv).toString('base64'));
console.log('one-shot verify', crypto.verify('sha256', Buffer.from('x'), rsaPub, sigBuf));

// RSA-PSS (randomized): round trip only
var pss = crypto.sign('sha256', Buffer.from('pss'), { key: rsaPriv, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
console.log('pss', pss.length, crypto.verify('sha256', Buffer.from('pss'), { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss));

// ECDSA (randomized): verify Node's signature, round trip ours
console.log('ecdsa node signature', crypto.createVerify('sha256').update('hello').verify(ecPub, ecSigByNode, 'base64'));
var es = crypto.createSign('sha256').update('hello').sign(ecPriv);
console.log('ecdsa round trip', crypto.createVerify('sha256').update('hello').verify(ecPub, es));
var p1363 = crypto.sign('sha256', Buffer.from('m'), { key: ecPriv, dsaEncoding: 'ieee-p1363' });
console.log('ecdsa p1363', p1363.length, crypto.verify('sha256', Buffer.from('m'), { key: ecPub, dsaEncoding: 'ieee-p1363' }, p1363));

// Ed25519 (deterministic)
var eds = crypto.sign(null, Buffer.from('ed message'), edPriv);
console.log('ed25519', eds.toString('hex'), crypto.verify(null, Buffer.from('ed message'), edPub, eds));

// KeyObjects
var kpriv = crypto.createPrivateKey(rsaPriv);
var kpub = crypto.createPublicKey(rsaPriv);
console.log('keyobject', kpriv.type, kpriv.asymmetricKeyType, kpriv.asymmetricKeyDetails.modulusLength,
  kpub.type, kpub.asymmetricKeyType);
console.log('export spki equals', kpub.export({ type: 'spki', format: 'pem' }) === rsaPub);
console.log('export pkcs1 equals', kpriv.export({ type: 'pkcs1', format: 'pem' }) === rsaPriv);
console.log('der round trip', crypto.createPublicKey({ key: kpub.export({ type: 'spki', format: 'der' }), format: 'der', type: 'spki' }).equals(kpub));
var ecKey = crypto.createPublicKey(ecPub);
console.log('ec key', ecKey.asymmetricKeyType, ecKey.asymmetricKeyDetails.namedCurve);
console.log('ed key', crypto.createPrivateKey(edPriv).asymmetricKeyType);
var sk = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log('secret key', sk.type, sk.symmetricKeySize, sk.export().toString());
console.log('sign with keyobject', crypto.createSign('sha256').update('x').sign(kpriv, 'base64') === sigBuf.toString('base64'));

// RSA encryption
var enc = crypto.publicEncrypt(rsaPub, Buffer.from('secret'));
console.log('publicEncrypt', enc.length, crypto.privateDecrypt(rsaPriv, enc).toString());
var enc1 = crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('pkcs1'));
console.log('pkcs1 padding', enc1.length);
var pe = crypto.privateEncrypt(rsaPriv, Buffer.from('signed-ish'));
console.log('privateEncrypt', pe.toString('hex'));
console.log('publicDecrypt', crypto.publicDecrypt(rsaPub, pe).toString());
var oaep256 = crypto.publicEncrypt({ key: rsaPub, oaepHash: 'sha256' }, Buffer.from('oaep256'));
console.log('oaep sha256', crypto.privateDecrypt({ key: rsaPriv, oaepHash: 'sha256' }, oaep256).toString());

// key generation
var pair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
var gsig = crypto.sign('sha256', Buffer.from('gen'), pair.privateKey);
console.log('generated ec', pair.publicKey.type, pair.privateKey.type, crypto.verify('sha256', Buffer.from('gen'), pair.publicKey, gsig));
var pem = crypto.generateKeyPairSync('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
console.log('generated pem', pem.publicKey.split('\n')[0], pem.privateKey.split('\n')[0]);

// ECDH with fixed private keys: public keys and the secret are deterministic
var alice = crypto.createECDH('prime256v1');
alice.setPrivateKey(crypto.createHash('sha256').update('alice').digest());
var bob = crypto.createECDH('prime256v1');
bob.setPrivateKey(crypto.createHash('sha256').update('bob').digest());
console.log('ecdh alice public', alice.getPublicKey('hex'));
console.log('ecdh compressed', alice.getPublicKey('hex', 'compressed'));
var s1 = alice.computeSecret(bob.getPublicKey());
console.log('ecdh secret', s1.toString('hex'), s1.equals(bob.computeSecret(alice.getPublicKey('hex'), 'hex')));
var carol = crypto.createECDH('secp384r1');
console.log('ecdh generate', carol.generateKeys().length, carol.getPrivateKey().length);
console.log('getCurves', crypto.getCurves().indexOf('prime256v1') >= 0);

// HKDF (RFC 5869 test case 1)
var okm = crypto.hkdfSync('sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'),
  Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42);
console.log('hkdf', okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
crypto.hkdf('sha1', 'key', 'salt', 'info', 16, function (err, k) {
  console.log('hkdf async', err, Buffer.from(k).toString('hex'));
});

// errors
show('sign unknown digest', function () { return crypto.createSign('nope'); });
show('sign bad key', function () { return crypto.createSign('sha256').update('x').sign('not a key'); });
show('sign twice', function () {
  var s = crypto.createSign('sha256').update('x');
  s.sign(rsaPriv);
  return s.sign(rsaPriv);
});
show('public key for sign', function () { return crypto.createSign('sha256').update('x').sign(crypto.createPublicKey(rsaPub)); });
show('verify bad key', function () { return crypto.createVerify('sha256').update('x').verify('junk', sigBuf); });
show('createECDH bad curve', function () { return crypto.createECDH('nope'); });
