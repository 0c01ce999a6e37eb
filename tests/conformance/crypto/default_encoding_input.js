// v0.10 differs: with crypto.DEFAULT_ENCODING set to a string encoding
// ('binary' here), DiffieHellman/ECDH key inputs and Verify signatures given
// as strings without an encoding are decoded with it, so the strings that
// getPublicKey()/sign() return round-trip. Node 20 has no DEFAULT_ENCODING.
var crypto = require('crypto');
crypto.DEFAULT_ENCODING = 'binary';
var dh1 = crypto.getDiffieHellman('modp2');
var dh2 = crypto.createDiffieHellman(dh1.getPrime('buffer'));
var dh3 = crypto.createDiffieHellman(dh1.getPrime(), 'binary');
var pub1 = dh1.generateKeys();
dh2.generateKeys();
dh3.setPublicKey(pub1);
dh3.setPrivateKey(dh1.getPrivateKey());
console.log('types:', typeof pub1, typeof dh1.getPrime(), typeof dh2.getGenerator());
console.log('same prime:', dh1.getPrime() === dh3.getPrime());
console.log('set keys round-trip:', dh3.getPublicKey() === pub1, dh3.getPrivateKey() === dh1.getPrivateKey());
var s12 = dh1.computeSecret(dh2.getPublicKey());
var s21 = dh2.computeSecret(pub1);
var s32 = dh3.computeSecret(dh2.getPublicKey(), undefined, 'hex');
console.log('secrets agree:', s12 === s21, Buffer.from(s12, 'binary').toString('hex') === s32);
var e1 = crypto.createECDH('prime256v1');
var e2 = crypto.createECDH('prime256v1');
e1.generateKeys();
var epub2 = e2.generateKeys();
var e3 = crypto.createECDH('prime256v1');
e3.setPrivateKey(e1.getPrivateKey());
console.log('ecdh:', e3.getPublicKey() === e1.getPublicKey(), e1.computeSecret(epub2) === e3.computeSecret(epub2));
crypto.DEFAULT_ENCODING = 'buffer';
console.log('buffer default:', Buffer.isBuffer(dh1.getPublicKey()), Buffer.isBuffer(e1.computeSecret(epub2, 'binary')));
