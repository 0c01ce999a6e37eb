// crypto.createHmac: RFC 4231 / RFC 2202 vectors, key types, errors, streams.
var crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

var key1 = Buffer.alloc(20, 0x0b);
['sha224', 'sha256', 'sha384', 'sha512'].forEach(function (a) {
  console.log('rfc4231 case1', a, crypto.createHmac(a, key1).update('Hi There').digest('hex'));
  console.log('rfc4231 case2', a, crypto.createHmac(a, 'Jefe').update('what do ya want for nothing?').digest('hex'));
});
var bigKey = Buffer.alloc(131, 0xaa);
console.log('rfc4231 case6', crypto.createHmac('sha256', bigKey)
  .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
console.log('rfc2202 md5', crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('rfc2202 sha1', crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('sha3', crypto.createHmac('sha3-256', 'key').update('data').digest('hex'));
console.log('alias', crypto.createHmac('RSA-SHA1', 'key').update('data').digest('base64'));

// key types
console.log('key utf8', crypto.createHmac('sha256', 'ключ').update('x').digest('hex'));
console.log('key u8', crypto.createHmac('sha256', new Uint8Array([1, 2, 3])).update('x').digest('hex'));
console.log('key ab', crypto.createHmac('sha256', new Uint8Array([1, 2, 3]).buffer).update('x').digest('hex'));
console.log('key empty', crypto.createHmac('sha256', '').update('x').digest('hex'));
console.log('key object', crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('k'))).update('x').digest('hex'));
console.log('chunks', crypto.createHmac('sha1', 'k').update('a').update('b', 'utf8').update('63', 'hex').digest('hex'));

// errors
show('unknown digest', function () { return crypto.createHmac('nope', 'k'); });
show('bad key', function () { return crypto.createHmac('sha1', 1); });
show('bad key null', function () { return crypto.createHmac('sha1', null); });
show('bad alg', function () { return crypto.createHmac(1, 'k'); });
show('update after digest', function () { var h = crypto.createHmac('sha1', 'k'); h.digest(); return h.update('x'); });
show('second digest', function () { var h = crypto.createHmac('sha1', 'k'); h.digest(); return h.digest('hex'); });

var hs = crypto.createHmac('sha256', 'secret');
hs.on('readable', function () {
  var d = hs.read();
  if (d) console.log('stream', d.toString('hex'));
});
hs.end('streamed data');
