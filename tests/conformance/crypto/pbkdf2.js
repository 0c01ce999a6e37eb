// crypto.pbkdf2 / pbkdf2Sync: RFC 6070 vectors, digests, async order, errors.
// v0.10 differs: the digest argument is optional (default sha1); Node v20
// requires it, so the "no digest" lines below print v0.10's results.
var crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

console.log('rfc6070 1', crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log('rfc6070 2', crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log('rfc6070 4096', crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log('rfc6070 long', crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log('rfc6070 nul', crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'));
console.log('sha256', crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log('sha512', crypto.pbkdf2Sync('password', 'salt', 1000, 64, 'sha512').toString('hex'));
console.log('md5', crypto.pbkdf2Sync(Buffer.from('pw'), Buffer.from('s'), 3, 10, 'md5').toString('hex'));
console.log('keylen 0', crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1').length);
console.log('RSA-SHA256', crypto.pbkdf2Sync('p', 's', 1, 8, 'RSA-SHA256').toString('hex'));
show('no digest (v0.10: sha1)', function () { return crypto.pbkdf2Sync('password', 'salt', 2, 20).toString('hex'); });

show('bad digest', function () { return crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'); });
show('iterations 0', function () { return crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'); });
show('iterations str', function () { return crypto.pbkdf2Sync('p', 's', '1', 20, 'sha1'); });
show('keylen -1', function () { return crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'); });
show('bad password', function () { return crypto.pbkdf2Sync(1, 's', 1, 20, 'sha1'); });
show('bad salt', function () { return crypto.pbkdf2Sync('p', {}, 1, 20, 'sha1'); });
show('no callback', function () { return crypto.pbkdf2('p', 's', 1, 20, 'sha1'); });

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', function (err, key) {
  console.log('async', err, key.toString('hex'));
  show('async no digest (v0.10: sha1)', function () {
    return crypto.pbkdf2('password', 'salt', 1, 20, function (err, key) {
      console.log('async no digest (v0.10: sha1)', err, key.toString('hex'));
    });
  });
});
console.log('after async calls');
