// Single DES (cbc, ecb, cfb, ofb) and RC4 (rc4, rc4-40): round trips with
// known ciphertexts, getCiphers and createCipher's key derivation.
// v0.10 differs: v20's OpenSSL 3 only has these with --openssl-legacy-provider
// (with it, v20 prints the same).
var c = require('crypto');
function run(name, key, iv) {
  try {
    var e = c.createCipheriv(name, key, iv);
    var ct = Buffer.concat([e.update('The quick brown fox jumps over the lazy dog'), e.final()]);
    var d = c.createDecipheriv(name, key, iv);
    var pt = Buffer.concat([d.update(ct), d.final()]).toString();
    console.log(name, ct.toString('hex'), pt);
  } catch (err) { console.log(name, 'threw', err.message); }
}
var k8 = Buffer.from('0123456789abcdef', 'hex'), iv8 = Buffer.from('fedcba9876543210', 'hex');
run('des-cbc', k8, iv8); run('des-ecb', k8, null); run('des-cfb', k8, iv8); run('des-ofb', k8, iv8); run('DES', k8, iv8);
run('rc4', Buffer.from('0123456789abcdef0123456789abcdef', 'hex'), null);
run('rc4-40', Buffer.from('0102030405', 'hex'), null);
var l = c.getCiphers(); console.log(['rc4', 'des-cbc', 'des', 'des-ecb'].map(function (n) { return l.indexOf(n) >= 0; }).join());
var x = c.createCipher('rc4', 'pass'); console.log('createCipher rc4', Buffer.concat([x.update('abc'), x.final()]).toString('hex'));
var y = c.createCipher('des-cbc', 'pass'); console.log('createCipher des-cbc', Buffer.concat([y.update('abc'), y.final()]).toString('hex'));
var ri = c.getCipherInfo('rc4'), di = c.getCipherInfo('des-cbc');
console.log('rc4 info', ri.mode, ri.keyLength, 'blockSize' in ri, 'des-cbc info', di.mode, di.blockSize, di.ivLength, di.keyLength);
