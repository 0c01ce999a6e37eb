// Pipes 256 MiB through a Transform in 64 KiB chunks and prints
// "<case> <ms>" lines: a Readable source -> Transform -> Writable sink with
// default high-water marks, and the same with object-mode counting.
'use strict';
var stream = require('stream');

var CHUNK = 64 * 1024;
var TOTAL = 256 * 1024 * 1024;
var chunk = Buffer.alloc(CHUNK, 97);

function run(name, mkTransform, done) {
  var sent = 0;
  var got = 0;
  var src = new stream.Readable({
    highWaterMark: CHUNK,
    read: function () {
      if (sent >= TOTAL) return this.push(null);
      sent += CHUNK;
      this.push(chunk);
    },
  });
  var sink = new stream.Writable({
    highWaterMark: CHUNK,
    write: function (c, enc, cb) {
      got += c.length;
      cb();
    },
  });
  var t0 = Date.now();
  stream.pipeline(src, mkTransform(), sink, function (err) {
    if (err) throw err;
    if (got !== TOTAL) throw new Error('got ' + got);
    console.log(name + ' ' + (Date.now() - t0));
    done();
  });
}

run('transform_256MiB', function () {
  return new stream.Transform({
    transform: function (c, enc, cb) { cb(null, c); },
  });
}, function () {
  run('passthrough_pipe_256MiB', function () { return new stream.PassThrough(); }, function () {});
});
