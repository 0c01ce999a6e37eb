// crypto random APIs: sizes, types, ranges, async callbacks, errors.
var crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

var b = crypto.randomBytes(16);
console.log('randomBytes', Buffer.isBuffer(b), b.length);
console.log('randomBytes 0', crypto.randomBytes(0).length);
console.log('pseudoRandomBytes', crypto.pseudoRandomBytes(8).length);
console.log('differ', crypto.randomBytes(16).equals(crypto.randomBytes(16)));
show('size -1', function () { return crypto.randomBytes(-1); });
show('size str', function () { return crypto.randomBytes('10'); });
show('size huge', function () { return crypto.randomBytes(2 ** 31); });
show('bad cb', function () { return crypto.randomBytes(1, 'x'); });

var buf = Buffer.alloc(10);
console.log('randomFillSync same', crypto.randomFillSync(buf) === buf);
var z = Buffer.alloc(10);
crypto.randomFillSync(z, 8);
console.log('randomFillSync offset', z[0], z[7]);
var z2 = Buffer.alloc(10);
crypto.randomFillSync(z2, 2, 3);
console.log('randomFillSync size', z2[0], z2[1], z2[5], z2[9]);
var u32 = new Uint32Array(4);
console.log('randomFillSync typed', crypto.randomFillSync(u32) === u32, u32.length);
show('randomFillSync bad', function () { return crypto.randomFillSync('x'); });
show('randomFillSync offset', function () { return crypto.randomFillSync(Buffer.alloc(4), 5); });

var ints = [];
for (var i = 0; i < 200; i++) ints.push(crypto.randomInt(3, 7));
console.log('randomInt range', ints.every(function (n) { return n >= 3 && n < 7 && Number.isInteger(n); }));
console.log('randomInt one arg', crypto.randomInt(1));
show('randomInt order', function () { return crypto.randomInt(5, 2); });
show('randomInt float', function () { return crypto.randomInt(1.5, 2); });
show('randomInt range too big', function () { return crypto.randomInt(0, 2 ** 49); });

var uuid = crypto.randomUUID();
console.log('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
console.log('getRandomValues', crypto.getRandomValues(new Uint8Array(4)).length);

crypto.randomBytes(8, function (err, bytes) {
  console.log('async randomBytes', err, bytes.length);
  crypto.randomFill(Buffer.alloc(6), function (err, filled) {
    console.log('async randomFill', err, filled.length);
    crypto.randomInt(10, function (err, n) {
      console.log('async randomInt', err, n >= 0 && n < 10);
    });
  });
});
console.log('sync part done');

console.log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
show('timingSafeEqual length', function () { return crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); });
show('timingSafeEqual type', function () { return crypto.timingSafeEqual('a', 'a'); });
