// Finite-field Diffie-Hellman: groups, explicit primes, key agreement,
// setters, verifyError and errors.
var crypto = require('crypto');
function show(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}

// Two parties of one MODP group agree.
var a = crypto.getDiffieHellman('modp2');
var b = crypto.createDiffieHellmanGroup('modp2');
a.generateKeys();
var bPub = b.generateKeys('hex');
var s1 = a.computeSecret(bPub, 'hex', 'base64');
var s2 = b.computeSecret(a.getPublicKey()).toString('base64');
console.log('group secrets agree', s1 === s2, 'length', Buffer.from(s1, 'base64').length);
console.log('group prime bytes', a.getPrime().length, 'generator', a.getGenerator('hex'));
console.log('group is a DiffieHellmanGroup', a instanceof crypto.DiffieHellmanGroup, a.constructor.name);
console.log('group has no setters', typeof a.setPublicKey, typeof a.setPrivateKey);
// v0.10 differs: OpenSSL 1.0's DH_check finds generator 2 unsuitable for the
// MODP primes (p mod 24 is 23), so verifyError is 8 (v20: 0).
console.log('group verifyError', a.verifyError, 'constant', crypto.constants.DH_NOT_SUITABLE_GENERATOR);

['modp1', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18'].forEach(function (n) {
  var g = crypto.getDiffieHellman(n);
  console.log(n, 'bits', g.getPrime().length * 8, 'sha1', crypto.createHash('sha1').update(g.getPrime()).digest('hex').slice(0, 16));
});

// An explicit prime (the modp2 one), with generators as number, Buffer and string.
// v0.10 differs: verifyError is 8 here too (v20: 0), as for the group.
var p = a.getPrime();
[2, Buffer.from([2]), '02'].forEach(function (g, i) {
  var d = i === 2 ? crypto.createDiffieHellman(p, 'buffer', g, 'hex') : crypto.createDiffieHellman(p, g);
  d.generateKeys();
  var x = a.computeSecret(d.getPublicKey()).toString('hex');
  var y = d.computeSecret(a.getPublicKey()).toString('hex');
  console.log('explicit prime, generator form', i, 'agrees', x === y, 'verifyError', d.verifyError);
});
var hexPrime = crypto.createDiffieHellman(p.toString('hex'), 'hex');
console.log('hex prime', hexPrime.getPrime('hex') === p.toString('hex'), 'generator', hexPrime.getGenerator('hex'));

// Keys set by hand reproduce the same secret.
var c = crypto.createDiffieHellman(p, 2);
c.setPrivateKey(a.getPrivateKey());
c.setPublicKey(a.getPublicKey('base64'), 'base64');
console.log('set keys: same public', c.getPublicKey('hex') === a.getPublicKey('hex'),
  'same secret', c.computeSecret(b.getPublicKey(), null, 'hex') === b.computeSecret(a.getPublicKey(), null, 'hex'));
var e = crypto.createDiffieHellman(p, 2);
e.setPrivateKey(Buffer.from([7]));
console.log('generateKeys keeps a set private key', e.generateKeys('hex'), e.getPrivateKey('hex'));

// A generated prime (small sizes are allowed).
// v0.10 differs: v20's OpenSSL refuses primes under 512 bits ("modulus too small").
var g = crypto.createDiffieHellman(512);
console.log('generated: prime bits', g.getPrime().length * 8, 'generator', g.getGenerator('hex'), 'verifyError', g.verifyError);
var g5 = crypto.createDiffieHellman(512, 5);
console.log('generated with 5: generator', g5.getGenerator('hex'), 'verifyError', g5.verifyError);

// Errors.
var f = crypto.createDiffieHellman(p);
show('public key before generateKeys', function () { return f.getPublicKey(); });
show('private key before generateKeys', function () { return f.getPrivateKey(); });
f.generateKeys();
show('secret with key 1', function () { return f.computeSecret(Buffer.from([1])); });
show('secret with empty key', function () { return f.computeSecret(''); });
show('secret with key p-1', function () {
  var pm1 = Buffer.from(p); pm1[pm1.length - 1]--; return f.computeSecret(pm1);
});
show('unknown group', function () { return crypto.getDiffieHellman('modp99'); });
show('bad generator', function () { return crypto.createDiffieHellman(p, 1); });
show('bad prime type', function () { return crypto.createDiffieHellman({}); });
