// The legacy Stream: module.exports, Stream.prototype.pipe (old style with
// 'data'/'drain'/'end'/'close'), and class properties on the export.
var Stream = require('stream');
var EE = require('events');
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

log('exports', typeof Stream, Stream.Stream === Stream, Stream.prototype instanceof EE,
  typeof Stream.Readable, typeof Stream.Writable, typeof Stream.Duplex, typeof Stream.Transform,
  typeof Stream.PassThrough, typeof Stream.pipeline, typeof Stream.finished);
log('Readable is a Stream', new Stream.Readable() instanceof Stream);

var src = new Stream();
src.readable = true;
src.pause = function () { log('src.pause'); };
src.resume = function () { log('src.resume'); };

var dest = new Stream();
dest.writable = true;
var n = 0;
dest.write = function (d) { n++; log('dest.write', d); return n !== 2; };
dest.end = function () { log('dest.end'); };
dest.on('pipe', function (s) { log('pipe event', s === src); });

log('pipe returns dest', src.pipe(dest) === dest);
src.emit('data', 'one');
src.emit('data', 'two');
dest.emit('drain');
src.emit('end');
src.emit('data', 'after end (no listener)');
log('listeners after end', src.listenerCount('data'), dest.listenerCount('drain'));

// 'close' on the source destroys the destination
var s2 = new Stream();
var d2 = new Stream();
d2.writable = true;
d2.write = function () { return true; };
d2.end = function () { log('d2.end (unexpected)'); };
d2.destroy = function () { log('d2.destroy'); };
s2.pipe(d2);
s2.emit('close');

// {end: false}
var s3 = new Stream();
var d3 = new Stream();
d3.writable = true;
d3.write = function () { return true; };
d3.end = function () { log('d3.end (unexpected)'); };
s3.pipe(d3, { end: false });
s3.emit('end');
log('s3 end done');

// errors: cleanup, and re-thrown when nobody listens
var s4 = new Stream();
var d4 = new Stream();
d4.writable = true;
d4.write = function () { return true; };
s4.pipe(d4);
s4.on('error', function (e) { log('s4 error', e.message); });
s4.emit('error', new Error('src failed'));
log('after error, data listeners', s4.listenerCount('data'));

var s5 = new Stream();
var d5 = new Stream();
d5.writable = true;
d5.write = function () { return true; };
s5.pipe(d5);
try { s5.emit('error', new Error('unhandled')); } catch (e) { log('thrown', e.message); }

// a streams2 Readable piped into an old-style writable
var r = new Stream.Readable({ read: function () {} });
var old = new Stream();
old.writable = true;
old.write = function (c) { log('old.write', c.toString()); return true; };
old.end = function () { log('old.end'); };
r.pipe(old);
r.push('new');
r.push(null);
