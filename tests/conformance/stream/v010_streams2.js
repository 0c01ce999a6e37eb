// v0.10 streams2 behaviour that old npm packages and Node's own v0.10 tests
// rely on (goldens hand-made where v0.10 differs from v20, as marked): the
// _stream_* lib names, Transform's _transformState, 'readable'
// emitted at once for pushes from outside _read, 'end' without a final
// read, Writable#pipe and pipe error rethrow, destroy(cb).
var stream = require('stream');
var assert = require('assert');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

log('lib names',
  require('_stream_readable') === stream.Readable,
  require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex,
  require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);

// A Transform transforms only while its readable side is below the mark;
// the next chunk waits in _transformState, the rest in the writable buffer.
// v0.10 differs: v20 has no _transformState.
var tx = new stream.Transform({ highWaterMark: 10 });
var transformed = 0;
tx._transform = function (chunk, enc, cb) { transformed += chunk.length; tx.push(chunk); cb(); };
for (var i = 1; i <= 10; i++) tx.write(Buffer.alloc(i));
tx.end();
log('transform readable', tx._readableState.length, 'transformed', transformed,
  'pending', tx._transformState.writechunk.length,
  'buffered', tx._writableState.buffer.map(function (r) { return r.chunk.length; }).join(','));

// Pushes from write() (outside _read) emit 'readable' synchronously, once
// until the reader takes data.
// v0.10 differs: v20 emits on the next tick (0, 0 … 1).
var pt = new stream.PassThrough();
var emits = 0;
pt.on('readable', function () { emits++; });
pt.write(Buffer.from('foog'));
log('readable after 1 write', emits);
pt.write(Buffer.from('bark'));
log('readable after 2 writes', emits);
log('read', pt.read(5).toString(), String(pt.read(5)));
pt.write(Buffer.from('bazy'));
log('readable after read + write', emits);

// An object Transform read synchronously ends right after end(), without
// a further read().
// v0.10 differs: v20 waits for a read() that returns null.
var jp = new stream.Transform({ objectMode: true });
jp._transform = function (data, enc, cb) { cb(null, JSON.parse(data)); };
var ended = false;
jp.on('end', function () { ended = true; });
jp.write('{"a":1}');
log('json', JSON.stringify(jp.read()));
jp.end();
process.nextTick(function () { log('json ended on next tick', ended); });

// Writable#pipe emits its error synchronously.
// v0.10 differs: v20 emits it on the next tick.
var w = new stream.Writable();
w._write = function (c, e, cb) { cb(); };
var pipeErr = null;
w.on('error', function (e) { pipeErr = e; });
w.pipe(new stream.PassThrough());
log('writable pipe error at once', pipeErr !== null, pipeErr && pipeErr.code);

// An 'error' emitted on a pipe destination with no listener of its own is
// rethrown at once, after the source unpipes.
// v0.10 differs: v20 destroys dest and throws on the next tick.
var src = new stream.Readable({ read: function () {} });
var dest = new stream.Writable({ write: function (c, e, cb) { cb(); } });
src.pipe(dest);
var unpiped = false;
dest.on('unpipe', function () { unpiped = true; });
var bacon = new Error('bacon');
try {
  dest.emit('error', bacon);
  log('no throw');
} catch (e) {
  log('rethrown', e === bacon, 'unpiped', unpiped);
}

// destroy(cb): the callback form pre-streams2 code used.
var r = new stream.Readable({ read: function () {} });
r.destroy(function (err) { log('destroy cb', err === null || err === undefined, r.destroyed); });
r.on('error', function (e) { log('unexpected error', e); });

// Piping into a writable that is ended before data flows unpipes it and
// leaves the data in the source.
// v0.10 differs: v20 writes after end and emits ERR_STREAM_WRITE_AFTER_END.
var src2 = new stream.Readable({ read: function () {} });
src2.push('a');
src2.push('b');
var ended = new stream.Writable({ write: function (c, e, cb) { log('unexpected write', c); cb(); } });
src2.pipe(ended);
ended.end();
ended.on('finish', function () {
  log('ended dest: pipes', src2._readableState.pipes.length, 'left in source', String(src2.read()));
});

// write() measures the buffer before _write runs: a chunk that reaches the
// highWaterMark returns false (and 'drain' follows) even when _write calls
// back synchronously.
// v0.10 differs: v20 returns true here and emits no 'drain'.
var sw = new stream.Writable({ highWaterMark: 10, write: function (c, e, cb) { cb(); } });
sw.on('drain', function () { log('drain after sync big write'); });
log('sync big write returns', sw.write(Buffer.alloc(11)), 'small', sw.write(Buffer.alloc(1)));

// _read(n, cb) and _write(chunk, cb), the pre-v0.10 (0.9) forms, still work:
// cb(err, chunk) pushes, and a two-argument _write gets no encoding. Node's
// test/simple still has tests in these forms; v0.10 and v20 both fail them.
var lr = new stream.Readable();
var lrLeft = ['x', 'y'];
lr._read = function (n, cb) { cb(null, lrLeft.length ? Buffer.from(lrLeft.shift()) : null); };
var lw = new stream.Writable();
var lwGot = [];
lw._write = function (chunk, cb) { lwGot.push(String(chunk)); cb(); };
lr.pipe(lw).on('finish', function () { log('0.9 forms:', lwGot.join('')); });
