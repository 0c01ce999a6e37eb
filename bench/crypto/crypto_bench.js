// Benchmarks for crypto and zlib: prints "case milliseconds" per line.
var crypto = require('crypto');
var zlib = require('zlib');

function time(name, f) {
  var t0 = process.hrtime();
  f();
  var d = process.hrtime(t0);
  console.log(name, (d[0] * 1e3 + d[1] / 1e6).toFixed(1));
}

function timeAsync(name, f, next) {
  var t0 = process.hrtime();
  f(function () {
    var d = process.hrtime(t0);
    console.log(name, (d[0] * 1e3 + d[1] / 1e6).toFixed(1));
    next();
  });
}

var MiB = 1024 * 1024;
var big = Buffer.alloc(64 * MiB);
for (var i = 0; i < big.length; i += 4096) big.writeUInt32LE((i * 2654435761) >>> 0, i);

// compressible text-like data for zlib
var words = ['isonode', 'goja', 'zlib', 'crypto', 'stream', 'buffer', 'the', 'quick', 'brown', 'fox', '\n'];
var parts = [];
var seed = 7;
for (var n = 0; n < 300000; n++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  parts.push(words[seed % words.length]);
}
var textChunk = Buffer.from(parts.join(' '));
var text16 = Buffer.alloc(16 * MiB);
for (var off = 0; off < text16.length; off += textChunk.length) textChunk.copy(text16, off);

time('sha256_64MiB', function () {
  var h = crypto.createHash('sha256');
  for (var o = 0; o < big.length; o += MiB) h.update(big.subarray(o, o + MiB));
  h.digest('hex');
});
time('sha1_64MiB_one_update', function () {
  crypto.createHash('sha1').update(big).digest('hex');
});
var str = textChunk.toString('latin1');
time('sha256_string_x8', function () {
  var h = crypto.createHash('sha256');
  for (var k = 0; k < 8; k++) h.update(str);
  h.digest('hex');
});
time('md5_small_x100k', function () {
  for (var k = 0; k < 100000; k++) crypto.createHash('md5').update('message number ' + k).digest('hex');
});
time('hmac_small_x50k', function () {
  for (var k = 0; k < 50000; k++) crypto.createHmac('sha256', 'key').update('message').digest();
});
time('aes256cbc_64MiB', function () {
  var c = crypto.createCipheriv('aes-256-cbc', Buffer.alloc(32, 1), Buffer.alloc(16, 2));
  for (var o = 0; o < big.length; o += MiB) c.update(big.subarray(o, o + MiB));
  c.final();
});
time('pbkdf2_sha256_100k', function () {
  crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256');
});
var gz;
time('gzipSync_16MiB', function () { gz = zlib.gzipSync(text16); });
time('gunzipSync_16MiB', function () { zlib.gunzipSync(gz); });
time('deflateSync_16MiB_level1', function () { zlib.deflateSync(text16, { level: 1 }); });

var steps = [
  function (next) {
    timeAsync('gzip_async_16MiB', function (done) { zlib.gzip(text16, done); }, next);
  },
  function (next) {
    timeAsync('gzip_stream_16MiB', function (done) {
      var g = zlib.createGzip();
      var gun = zlib.createGunzip();
      var total = 0;
      g.pipe(gun);
      gun.on('data', function (d) { total += d.length; });
      gun.on('end', function () {
        if (total !== text16.length) throw new Error('stream length ' + total);
        done();
      });
      for (var o = 0; o < text16.length; o += 64 * 1024) g.write(text16.subarray(o, o + 64 * 1024));
      g.end();
    }, next);
  },
  function (next) {
    timeAsync('randomBytes_async_x2000', function (done) {
      var left = 2000;
      for (var k = 0; k < 2000; k++) crypto.randomBytes(256, function () { if (--left === 0) done(); });
    }, next);
  },
];
(function run() {
  var s = steps.shift();
  if (s) s(run);
})();
