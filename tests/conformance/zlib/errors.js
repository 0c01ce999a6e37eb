// zlib errors: corrupt and truncated input (message, code, errno), option
// checks, argument types, and errors through callbacks and streams.
var zlib = require('zlib');

function show(label, f) {
  try {
    var r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.errno, e.message);
  }
}

var d = zlib.deflateSync('hello hello hello hello');
var g = zlib.gzipSync('hello hello hello hello');

show('inflate garbage', function () { return zlib.inflateSync(Buffer.from('garbage garbage')); });
show('gunzip garbage', function () { return zlib.gunzipSync(Buffer.from('garbage garbage')); });
show('unzip garbage', function () { return zlib.unzipSync(Buffer.from('garbage garbage')); });
show('inflateRaw bad block type', function () { return zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])); });
show('inflate truncated', function () { return zlib.inflateSync(d.slice(0, d.length - 3)); });
show('inflate truncated header', function () { return zlib.inflateSync(d.slice(0, 1)); });
show('gunzip truncated', function () { return zlib.gunzipSync(g.slice(0, g.length - 3)); });
show('gunzip short', function () { return zlib.gunzipSync(Buffer.from([0x1f])); });
show('inflate empty', function () { return zlib.inflateSync(Buffer.alloc(0)); });
show('gunzip empty', function () { return zlib.gunzipSync(Buffer.alloc(0)); });
show('inflateRaw empty', function () { return zlib.inflateRawSync(Buffer.alloc(0)); });
show('adler32 mismatch', function () { var x = Buffer.from(d); x[x.length - 1] ^= 1; return zlib.inflateSync(x); });
show('crc32 mismatch', function () { var x = Buffer.from(g); x[x.length - 5] ^= 1; return zlib.gunzipSync(x); });
show('length mismatch', function () { var x = Buffer.from(g); x[x.length - 1] ^= 1; return zlib.gunzipSync(x); });
show('bad method', function () { var x = Buffer.from(g); x[2] = 7; return zlib.gunzipSync(x); });
show('zlib bad method', function () { return zlib.inflateSync(Buffer.from([0x79, 0x9c - 0x12 + 0x0d, 0, 0])); });
show('trailing data after zlib', function () { return zlib.inflateSync(Buffer.concat([d, Buffer.from('trailing')])); });
show('trailing garbage after gzip', function () { return zlib.gunzipSync(Buffer.concat([g, Buffer.from('trailing')])); });
show('missing dictionary', function () { return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') })); });
show('bad dictionary', function () {
  return zlib.inflateSync(zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') }), { dictionary: Buffer.from('zzz') });
});

show('level', function () { return zlib.deflateSync('x', { level: 12 }); });
show('level type', function () { return zlib.deflateSync('x', { level: 'x' }); });
show('level infinite', function () { return zlib.deflateSync('x', { level: Infinity }); });
show('level NaN is default', function () { return zlib.inflateSync(zlib.deflateSync('x', { level: NaN })); });
show('windowBits', function () { return zlib.deflateSync('x', { windowBits: 3 }); });
show('memLevel', function () { return zlib.deflateSync('x', { memLevel: 30 }); });
show('strategy', function () { return zlib.deflateSync('x', { strategy: 9 }); });
show('chunkSize', function () { return zlib.deflateSync('x', { chunkSize: 1 }); });
show('flush', function () { return zlib.deflateSync('x', { flush: 9 }); });
show('finishFlush', function () { return zlib.deflateSync('x', { finishFlush: -1 }); });
show('dictionary type', function () { return zlib.deflateSync('x', { dictionary: 'abc' }); });
show('buffer type', function () { return zlib.deflateSync(1); });
show('buffer null', function () { return zlib.gzipSync(null); });
show('no callback', function () { return zlib.deflate('x'); });
show('maxOutputLength', function () { return zlib.inflateSync(zlib.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 100 }); });

var codes = zlib.codes;
console.log('codes', codes.Z_DATA_ERROR, codes['-3'], codes.Z_BUF_ERROR, codes['-5'], codes.Z_NEED_DICT, codes['2']);

zlib.gunzip(Buffer.from('junk'), function (err, out) {
  console.log('async error', err instanceof Error, err.code, err.errno, err.message, out);
  zlib.inflate(d.slice(0, 6), function (err) {
    console.log('async truncated', err.code, err.errno, err.message);
    streamErrors();
  });
});

function streamErrors() {
  var inf = zlib.createInflate();
  inf.on('data', function () {});
  inf.on('error', function (err) {
    console.log('stream error', err.code, err.errno, err.message);
    var gun = zlib.createGunzip();
    gun.on('data', function () {});
    gun.on('error', function (err) {
      console.log('stream truncated', err.code, err.errno, err.message);
    });
    gun.end(g.slice(0, 12));
  });
  inf.write(Buffer.from('not zlib'));
}
