// Round trips through every format, level, strategy and option; compressed
// bytes differ from zlib's, so only sizes within bounds and the decompressed
// results are printed.
var zlib = require('zlib');

function sha(buf) { return require('crypto').createHash('sha1').update(buf).digest('hex'); }

var text = Buffer.from(new Array(200).join('isonode zlib round trip text. '));
var noise = Buffer.alloc(100000);
var x = 12345;
for (var i = 0; i < noise.length; i++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  noise[i] = x >> 16;
}

var pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync'],
];
pairs.forEach(function (p) {
  [text, noise, Buffer.alloc(0)].forEach(function (input, n) {
    var c = zlib[p[0]](input);
    var d = zlib[p[1]](c);
    console.log(p[0], p[1], n, d.equals(input), input.length === 0 || (n === 0 ? c.length < input.length / 10 : c.length < input.length + 1000));
  });
});

// gzip and zlib headers
var gz = zlib.gzipSync('x');
console.log('gzip magic', gz[0].toString(16), gz[1].toString(16), gz[2]);
var zl = zlib.deflateSync('x');
console.log('zlib header check', ((zl[0] << 8) | zl[1]) % 31, zl[0] & 15);

// levels and strategies
for (var level = -1; level <= 9; level++) {
  var c = zlib.deflateSync(text, { level: level });
  console.log('level', level, zlib.inflateSync(c).equals(text), level === 0 ? c.length > text.length : c.length < text.length);
}
[0, 1, 2, 3, 4].forEach(function (s) {
  console.log('strategy', s, zlib.inflateSync(zlib.deflateSync(text, { strategy: s })).equals(text));
});
console.log('options', zlib.gunzipSync(zlib.gzipSync(text, { windowBits: 9, memLevel: 1, chunkSize: 64 })).equals(text));
console.log('string input', zlib.inflateSync(zlib.deflateSync('héllo €')).toString());
console.log('uint8array input', zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))).join(','));
console.log('arraybuffer input', zlib.inflateSync(zlib.deflateSync(new Uint8Array([4, 5]).buffer)).join(','));

// dictionaries
var dict = Buffer.from('round trip text isonode zlib');
var dc = zlib.deflateSync(text, { dictionary: dict });
console.log('dictionary', zlib.inflateSync(dc, { dictionary: dict }).equals(text));
var rdc = zlib.deflateRawSync(text, { dictionary: dict });
console.log('raw dictionary', zlib.inflateRawSync(rdc, { dictionary: dict }).equals(text));

// partial input with finishFlush: Z_SYNC_FLUSH after a flushed stream
var d = zlib.createDeflate();
var out = [];
d.on('data', function (c) { out.push(c); });
d.write('flushed part');
d.flush(zlib.constants.Z_SYNC_FLUSH, function () {
  var partial = Buffer.concat(out);
  console.log('sync flush partial', zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.end();
  asyncChain();
});

// async convenience methods, one after another
function asyncChain() {
zlib.deflate(noise, function (err, c) {
  console.log('async deflate', err, c.length > 0);
  zlib.inflate(c, function (err, back) {
    console.log('async inflate', err, back.equals(noise));
    zlib.gzip('abc', { level: 1 }, function (err, g) {
      zlib.gunzip(g, function (err, back) {
        console.log('async gzip options', err, back.toString());
        zlib.deflateRaw(text, function (err, r) {
          zlib.inflateRaw(r, function (err, back) {
            console.log('async raw', err, back.equals(text));
          });
        });
      });
    });
  });
});
}

console.log('crc32', zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32('hello world'));
console.log('big', sha(zlib.gunzipSync(zlib.gzipSync(Buffer.concat([noise, noise, noise, text])))));
