'use strict';
// internal/stdio: the fd-backed streams behind process.stdin, process.stdout
// and process.stderr, and the base classes of tty.ReadStream and
// tty.WriteStream.
//
// FdReadStream is a Readable fed by the binding's reader (a goroutine that
// reads only while the stream wants data). FdWriteStream is a Writable whose
// writes are synchronous: a write has reached the Host writer (the file, the
// terminal, the pipe) before write() returns; its callback still runs on a
// later tick, as a stream's does.
//
// binding: see tty.go.

var stream = require('stream');
var Buffer = require('buffer').Buffer;
var Readable = stream.Readable;
var Writable = stream.Writable;

function inherits(ctor, superCtor) {
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, writable: true, configurable: true, enumerable: false }
  });
  Object.setPrototypeOf(ctor, superCtor);
}

// ---- reading --------------------------------------------------------------

/** FdReadStream reads fd (0 is the isolate's stdin) as a Readable. */
function FdReadStream(fd, options) {
  if (!(this instanceof FdReadStream)) return new FdReadStream(fd, options);
  Readable.call(this, options);
  this.fd = fd;
  Object.defineProperty(this, '_unrefed', { value: false, writable: true, enumerable: false });
  var self = this;
  var reader = binding.reader(fd, function onChunk(chunk) {
    if (chunk instanceof Error) {
      self.destroy(chunk);
      return;
    }
    if (!self.push(chunk) && chunk !== null) reader.stop();
  });
  Object.defineProperty(this, '_reader', { value: reader, enumerable: false });
}
inherits(FdReadStream, Readable);

// wantsData: someone consumes the stream ('data' in flowing mode, a
// 'readable' listener, a pipe), so waiting for input keeps the loop alive.
function wantsData(s) {
  var st = s._readableState;
  return !s._unrefed && (st.flowing === true || st.readableListening === true);
}

FdReadStream.prototype._read = function _read() {
  this._reader.start(wantsData(this));
};

FdReadStream.prototype.pause = function pause() {
  var r = Readable.prototype.pause.call(this);
  this._reader.stop();
  return r;
};

FdReadStream.prototype._destroy = function _destroy(err, cb) {
  this._reader.close();
  cb(err);
};

FdReadStream.prototype.ref = function ref() {
  this._unrefed = false;
  if (wantsData(this)) this._reader.ref();
  return this;
};

FdReadStream.prototype.unref = function unref() {
  this._unrefed = true;
  this._reader.unref();
  return this;
};

// ---- writing --------------------------------------------------------------

/** FdWriteStream writes to fd (1 and 2 are the isolate's stdout and stderr). */
function FdWriteStream(fd, options) {
  if (!(this instanceof FdWriteStream)) return new FdWriteStream(fd, options);
  var opts = { decodeStrings: false };
  if (options) {
    for (var k in options) opts[k] = options[k];
  }
  Writable.call(this, opts);
  this.fd = fd;
}
inherits(FdWriteStream, Writable);

FdWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
      encoding !== 'buffer') {
    chunk = Buffer.from(chunk, encoding);
  }
  try {
    binding.write(this.fd, chunk);
  } catch (e) {
    cb(e);
    return;
  }
  cb();
};

// The fd stays open: destroying a stdio stream only ends the stream.
FdWriteStream.prototype._destroy = function _destroy(err, cb) { cb(err); };

FdWriteStream.prototype.destroySoon = function destroySoon() { return this.end(); };

// ---- process.stdin / stdout / stderr ---------------------------------------

var streamTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', UNKNOWN: 'pipe' };

/** createWritable(fd) builds process.stdout (1) or process.stderr (2). */
function createWritable(fd) {
  var type = binding.handleType(fd);
  var s = type === 'TTY' ? new (require('tty').WriteStream)(fd) : new FdWriteStream(fd);
  s.fd = fd;
  s._type = streamTypes[type];
  s._isStdio = true;
  return s;
}

/** createReadable() builds process.stdin, paused until someone reads. */
function createReadable() {
  var type = binding.handleType(0);
  var s = type === 'TTY' ? new (require('tty').ReadStream)(0) : new FdReadStream(0);
  s.fd = 0;
  s._type = streamTypes[type];
  return s;
}

exports.FdReadStream = FdReadStream;
exports.FdWriteStream = FdWriteStream;
exports.createWritable = createWritable;
exports.createReadable = createReadable;
exports.inherits = inherits;
