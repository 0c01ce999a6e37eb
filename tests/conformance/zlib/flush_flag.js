// Zlib streams' _flushFlag (v0.10): the flush flag each write uses. Old code
// reads it and sets it to Z_SYNC_FLUSH so that every write comes out at once.
// v0.10 differs: v20 has no _flushFlag (prints false, and nothing is
// inflated before end).
var zlib = require('zlib');
var gz = zlib.createGzip();
console.log('default', gz._flushFlag === zlib.Z_NO_FLUSH);
gz.flush();
gz.write('abc');
console.log('after flush()', gz._flushFlag === zlib.Z_NO_FLUSH);

var d = zlib.createDeflate();
d._flushFlag = zlib.Z_SYNC_FLUSH;
var inf = zlib.createInflate();
inf.setEncoding('utf8');
d.pipe(inf);
inf.on('data', function (s) {
  // Each write is decodable on its own: the deflater flushed it.
  console.log('inflated', JSON.stringify(s));
  if (s === 'one') d.write('two');
  else d.end();
});
d.write('one');
