// Compressing no input gives zlib's bytes: an empty final block of fixed
// Huffman codes (an empty stored block at level 0), also after a flush.
var zlib = require('zlib');
[-1, 0, 1, 9].forEach(function (level) {
  var o = { level: level };
  console.log('level', level,
    zlib.deflateRawSync(Buffer.alloc(0), o).toString('hex'),
    zlib.deflateSync('', o).toString('hex'),
    zlib.gzipSync('', o).length);
});
console.log('huffman only', zlib.deflateRawSync('', { strategy: zlib.Z_HUFFMAN_ONLY }).toString('hex'));

var gz = zlib.createGzip();
var got = 0;
gz.on('data', function (c) { got += c.length; });
gz.on('end', function () {
  console.log('stream of an empty write', got);
  var d = zlib.createDeflateRaw();
  var parts = [];
  d.on('data', function (c) { parts.push(c); });
  d.on('end', function () { console.log('flush then end', Buffer.concat(parts).toString('hex')); });
  d.write('ab');
  d.flush(function () { d.end(); });
});
gz.write(Buffer.alloc(0));
gz.end();
