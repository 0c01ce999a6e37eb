// zlib streams: pipes, classes, constants, flush, params, reset, bytesWritten,
// the legacy v0.10 constant names on the module.
var zlib = require('zlib');
var stream = require('stream');

var input = Buffer.alloc(300000);
for (var i = 0; i < input.length; i++) input[i] = (i % 97) ^ (i >> 9);

function collect(s, cb) {
  var parts = [];
  s.on('data', function (d) { parts.push(d); });
  s.on('end', function () { cb(Buffer.concat(parts)); });
}

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
}

steps.push(function () {
  var gz = zlib.createGzip({ level: 6 });
  var gun = zlib.createGunzip();
  gz.pipe(gun);
  collect(gun, function (out) {
    console.log('gzip pipe', out.equals(input), gz.bytesWritten, gun.bytesWritten > 0);
    next();
  });
  for (var i = 0; i < input.length; i += 65536) gz.write(input.slice(i, i + 65536));
  gz.end();
});

steps.push(function () {
  var def = new zlib.Deflate();
  var inf = zlib.Inflate();
  def.pipe(inf);
  collect(inf, function (out) {
    console.log('deflate pipe', out.toString(), def instanceof stream.Transform, inf instanceof zlib.Inflate);
    next();
  });
  def.end('class constructors');
});

steps.push(function () {
  var raw = zlib.createDeflateRaw();
  var unraw = zlib.createInflateRaw();
  raw.pipe(unraw);
  collect(unraw, function (out) {
    console.log('raw pipe', out.toString());
    next();
  });
  raw.write('raw ');
  raw.end('deflate');
});

steps.push(function () {
  var un = zlib.createUnzip();
  collect(un, function (out) {
    console.log('unzip stream', out.toString());
    next();
  });
  un.end(zlib.gzipSync('auto-detected gzip'));
});

steps.push(function () {
  // flush makes everything written so far decodable
  var def = zlib.createDeflate();
  var parts = [];
  def.on('data', function (d) { parts.push(d); });
  def.write('first ');
  def.flush(function () {
    var sofar = Buffer.concat(parts);
    console.log('flush', zlib.inflateSync(sofar, { finishFlush: zlib.Z_SYNC_FLUSH }).toString());
    def.params(9, zlib.constants.Z_DEFAULT_STRATEGY, function () {
      def.end('second');
    });
  });
  def.on('end', function () {
    console.log('after params', zlib.inflateSync(Buffer.concat(parts)).toString());
    next();
  });
});

steps.push(function () {
  var def = zlib.createDeflate();
  def.end('abc');
  collect(def, function (a) {
    console.log('first stream', zlib.inflateSync(a).toString());
    next();
  });
});

steps.push(function () {
  // the same data through a readable pipeline with setEncoding
  var gun = zlib.createGunzip();
  gun.setEncoding('utf8');
  var s = '';
  gun.on('data', function (d) { s += d; });
  gun.on('end', function () {
    console.log('setEncoding', typeof s, s);
    next();
  });
  gun.end(zlib.gzipSync('héllo wörld'));
});

steps.push(function () {
  console.log('constants', zlib.constants.Z_NO_FLUSH, zlib.constants.Z_FINISH, zlib.constants.Z_BEST_COMPRESSION,
    zlib.constants.Z_DEFAULT_COMPRESSION, zlib.constants.Z_DATA_ERROR, zlib.constants.GZIP, zlib.constants.Z_DEFAULT_CHUNK);
  console.log('legacy names', zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
    zlib.Z_DEFAULT_COMPRESSION, zlib.Z_HUFFMAN_ONLY, zlib.Z_DEFAULT_STRATEGY, zlib.Z_OK, zlib.Z_BUF_ERROR);
  console.log('factories', ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw',
    'createInflateRaw', 'createUnzip', 'gzip', 'gunzip', 'deflate', 'inflate', 'deflateRaw', 'inflateRaw', 'unzip',
    'gzipSync', 'gunzipSync', 'deflateSync', 'inflateSync', 'deflateRawSync', 'inflateRawSync', 'unzipSync'].every(function (n) {
    return typeof zlib[n] === 'function';
  }));
  next();
});

steps.push(function () {
  var def = zlib.createDeflate();
  def.on('close', function () {
    console.log('close event');
    next();
  });
  def.close();
});

next();
