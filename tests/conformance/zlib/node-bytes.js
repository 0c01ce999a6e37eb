// Decompressing bytes that Node's zlib produced (embedded as base64): every
// format, levels, strategies, dictionaries, multi-member gzip, a gzip file
// with a name field (from gzip(1)), and the v0.10 manual's example.
var zlib = require('zlib');

var v = {
  deflate: 'eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVZxxemZOTr1B+eFtRTorCo6Y1AAlkS7k=',
  deflate9: 'eNoLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVZxxemZOTr1B+eFtRTorCo6Y1AAlkS7k=',
  deflate0: 'eAEBDADz/3N0b3JlZCBibG9jax+ABL0=',
  gzip: 'H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRVnHF6Zk5OvUH54W1FOisKjpjUA89wflJUDAAA=',
  raw: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPKp4VDG1FWccXpmTk69QfnhbUU6KwqOmNQA=',
  dict: 'eLtRnwexS4QhhQw0WQCDGQn9',
  rawdict: 'S4QhhQw0WQA=',
  multi: 'H4sIAAAAAAAAA0vLLCouUchNzU1KLdJRAADe/wpiDgAAAB+LCAAAAAAAAAMrTk3Oz0tRyE3NTUotAgAkdPqfDQAAAA==',
  bigz: 'eJztz6FqKgAAAEDLmGAbiGkipgm2iRbBYBtqsNjVNNBimQaZoHk2g0FWFmRgNQqibVUWNAhikokYrO8rXrv7gwsEH6LJbKn6NpyuD/eJYmu8usTL/flfojbZxapfp0zvJ9pcRBqreHeb+ww2N/lZbHjXPr8eavv6sXHthkZP8+K+E56VTh+p315yM0gfx+XQ8j0XWAwK4d20/fJ4Xk86lXTktl1+j/qteqWQz2ZSz6lMNl+o1Fv90fdye4ukK53J+vz40p7uwoXBIpB7X4bK42N6sEn2flMfp9Is3NkX50+jUPfaONb3tcPruX03jM3ym2bwM7ftxleNyKIZ/ellTl/V2G5SS/zN++X4ZTVuFRP3h/V0+FYtZZPRh2Dgdr1crreAvLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLz8/8n/A7w1ZpM=',
  huff: 'eAEFwcGxmDAMQMFWXgVUQwMGCwTYyAiMgWO6yUzOaeB3kkqy26tw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrc0atw1GXcGNzazmQPa83lxG5xLhVS+F6izR29Ckddxo3Bre1M9rDWXE7sFudSIYXvJdrcoT+/UzLaz19PkX+//vwHCWRLuQ==',
  fixed: 'eAELyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVZxxemZOTr1B+eFtRTorCo6Y1AAlkS7k=',
  gzipname: 'H4sICLE6AWsAA25hbWVkLnR4dADLS8xNTVFIy8xJVUjOzytJzSvhAgBV2hgGEwAAAA==',
};

function b(name) { return Buffer.from(v[name], 'base64'); }
function sha(buf) { return require('crypto').createHash('sha1').update(buf).digest('hex'); }

var text = zlib.inflateSync(b('deflate')).toString();
console.log('deflate', text.length, JSON.stringify(text.slice(-20)));
console.log('deflate9', zlib.inflateSync(b('deflate9')).toString() === text);
console.log('stored', zlib.inflateSync(b('deflate0')).toString());
console.log('gzip', zlib.gunzipSync(b('gzip')).toString() === text);
console.log('raw', zlib.inflateRawSync(b('raw')).toString() === text);
console.log('unzip gzip', zlib.unzipSync(b('gzip')).toString() === text);
console.log('unzip deflate', zlib.unzipSync(b('deflate')).toString() === text);
console.log('huffman only', zlib.inflateSync(b('huff')).toString() === text);
console.log('fixed', zlib.inflateSync(b('fixed')).toString() === text);
console.log('dict', zlib.inflateSync(b('dict'), { dictionary: Buffer.from('hello dictionary abc') }).toString());
console.log('raw dict', zlib.inflateRawSync(b('rawdict'), { dictionary: Buffer.from('hello dictionary abc') }).toString());
console.log('multi member', zlib.gunzipSync(b('multi')).toString());
console.log('gzip(1) file', JSON.stringify(zlib.gunzipSync(b('gzipname')).toString()));
var big = zlib.inflateSync(b('bigz'));
console.log('big', big.length, sha(big));
console.log('manual example', zlib.unzipSync(Buffer.from('eJzT0yMAAGTvBe8=', 'base64')).toString());

zlib.gunzip(b('gzip'), function (err, out) {
  console.log('async gunzip', err, out.toString() === text);
  zlib.inflate(b('bigz'), function (err, out) {
    console.log('async inflate', err, out.length);
    zlib.unzip(b('multi'), function (err, out) {
      console.log('async unzip', err, out.toString());
      streamed();
    });
  });
});

// streamed in small pieces
function streamed() {
  var gun = zlib.createGunzip();
  var parts = [];
  gun.on('data', function (d) { parts.push(d); });
  gun.on('end', function () { console.log('stream gunzip', Buffer.concat(parts).toString() === text); });
  var gz = b('gzip');
  for (var i = 0; i < gz.length; i += 7) gun.write(gz.slice(i, i + 7));
  gun.end();
}
