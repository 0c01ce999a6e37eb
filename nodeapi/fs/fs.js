// The JS half of 'fs': argument checking (Node v20's errors), flags and
// options, Stats and Dirent, the callback and sync API over the Go binding,
// watch/watchFile, ReadStream/WriteStream and fs.promises.
//
// A missing callback follows v0.10: the operation runs and an error it ends
// with is thrown (as an uncaught exception); v20 throws ERR_INVALID_ARG_TYPE
// at once instead. A callback that is present but not a function throws
// ERR_INVALID_ARG_TYPE, as in v20.
'use strict';

var Buffer = require('buffer').Buffer;
var EventEmitter = require('events');
var pathModule = require('path');

var kMaxUint32 = 4294967295;
var kMaxFd = 2147483647;

var constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4
};
var C = constants;

// ---------------------------------------------------------------- errors

function inspectValue(v) {
  if (typeof v === 'string') {
    return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')
      .replace(/[\x00-\x1f]/g, function (c) { return '\\x' + ('0' + c.charCodeAt(0).toString(16)).slice(-2); }) + "'";
  }
  if (typeof v === 'function') return '[Function' + (v.name ? ': ' + v.name : ' (anonymous)') + ']';
  if (typeof v === 'bigint') return v + 'n';
  if (v !== null && typeof v === 'object') {
    try { return require('util').inspect(v); } catch (e) { return String(v); }
  }
  return String(v);
}

function invalidArgValue(name, value, reason) {
  var kind = name.indexOf('.') === -1 ? 'argument' : 'property';
  var err = new TypeError("The " + kind + " '" + name + "' " + (reason || 'is invalid') + '. Received ' + inspectValue(value));
  Object.defineProperty(err, 'code', { value: 'ERR_INVALID_ARG_VALUE', writable: true, configurable: true });
  return err;
}

function outOfRange(name, range, value) {
  var err = new RangeError('The value of "' + name + '" is out of range. It must be ' + range + '. Received ' +
    (typeof value === 'number' && Math.abs(value) >= 1000 && Number.isInteger(value) ? addSep(value) : inspectValue(value)));
  Object.defineProperty(err, 'code', { value: 'ERR_OUT_OF_RANGE', writable: true, configurable: true });
  return err;
}

function addSep(n) {
  var s = String(Math.abs(n)), out = '';
  while (s.length > 3) { out = '_' + s.slice(-3) + out; s = s.slice(0, -3); }
  return (n < 0 ? '-' : '') + s + out;
}

function codedError(Ctor, code, msg) {
  var err = new Ctor(msg);
  Object.defineProperty(err, 'code', { value: code, writable: true, configurable: true });
  return err;
}

function invalidArgType(name, expected, value) {
  binding.invalidArgType(name, expected, value);
}

// ---------------------------------------------------------------- validation

function isUint8Array(v) { return v instanceof Uint8Array; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function toPath(p, name) {
  name = name || 'path';
  if (typeof p === 'string') {
    // fall through
  } else if (isUint8Array(p)) {
    p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
  } else if (isURL(p)) {
    if (p.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    p = require('url').fileURLToPath(p);
  } else {
    invalidArgType(name, 'of type string or an instance of Buffer or URL', p);
  }
  if (p.indexOf('\u0000') !== -1) {
    throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

function toFd(fd, name) {
  name = name || 'fd';
  if (typeof fd !== 'number') invalidArgType(name, 'of type number', fd);
  if (!Number.isInteger(fd)) throw outOfRange(name, 'an integer', fd);
  // A negative int32 reaches the system call as -1 and fails there with
  // EBADF, as in v0.10 (v20 throws ERR_OUT_OF_RANGE).
  if (fd < 0 && fd >= -kMaxFd - 1) return -1;
  if (fd < 0 || fd > kMaxFd) throw outOfRange(name, '>= 0 && <= ' + kMaxFd, fd);
  return fd;
}

function toInt(v, name, min, max) {
  if (typeof v !== 'number') invalidArgType(name, 'of type number', v);
  if (!Number.isInteger(v)) throw outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  return v;
}

function toMode(mode, name, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw invalidArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    mode = parseInt(mode, 8);
  }
  return toInt(mode, name, 0, kMaxUint32) & 0xfff | (mode & ~0xfff);
}

var flagTable = {
  r: C.O_RDONLY,
  rs: C.O_RDONLY | C.O_SYNC, sr: C.O_RDONLY | C.O_SYNC,
  'r+': C.O_RDWR,
  'rs+': C.O_RDWR | C.O_SYNC, 'sr+': C.O_RDWR | C.O_SYNC,
  w: C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
  wx: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL, xw: C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
  'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL, 'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  a: C.O_APPEND | C.O_CREAT | C.O_WRONLY,
  ax: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL, xa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
  as: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC, sa: C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
  'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
  'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL, 'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
  'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC, 'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return C.O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw invalidArgValue(name || 'flags', flags);
}

var encodingIndex = {
  utf8: 0, 'utf-8': 0, ucs2: 1, 'ucs-2': 1, utf16le: 1, 'utf-16le': 1, latin1: 2, binary: 2,
  ascii: 3, base64: 4, base64url: 5, hex: 6
};

// encodingOf returns the binding's number for enc, -1 for Buffer output.
function encodingOf(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return -1;
  if (typeof enc === 'string') {
    var i = encodingIndex[enc];
    if (i === undefined) i = encodingIndex[enc.toLowerCase()];
    if (i !== undefined) return i;
  }
  throw invalidArgValue('encoding', enc, 'is invalid encoding');
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var o = {};
    for (var k in defaults) o[k] = defaults[k];
    o.encoding = options;
    options = o;
  } else if (typeof options !== 'object') {
    invalidArgType('options', 'one of type string or an instance of Object', options);
  } else {
    var m = {};
    for (var d in defaults) m[d] = defaults[d];
    for (var k2 in options) m[k2] = options[k2];
    options = m;
  }
  if (options.encoding !== 'buffer') encodingOf(options.encoding);
  return options;
}

function rethrow() {
  return function (err) {
    if (err) throw err;
  };
}

function makeCallback(cb) {
  if (cb === undefined) return rethrow();
  if (typeof cb !== 'function') invalidArgType('cb', 'of type function', cb);
  return cb;
}

function toUnixTimestamp(time, name) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') {
    if (!Number.isFinite(time) || time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  invalidArgType('time', 'an instance of Date or an Time in seconds', time);
}

// toPosition checks a read/write position: v0.10 threw a TypeError "Not an
// integer" for a fractional one (v20 throws a RangeError for reads and
// accepts it for writes).
function toPosition(pos) {
  if (pos === undefined || pos === null) return -1;
  if (typeof pos === 'bigint') pos = Number(pos);
  if (typeof pos !== 'number') invalidArgType('position', 'of type number', pos);
  if (pos !== Math.floor(pos)) throw new TypeError('Not an integer');
  if (pos < 0) return -1;
  return pos;
}

// ---------------------------------------------------------------- Stats, Dirent

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(atimeMs);
  this.mtime = new Date(mtimeMs);
  this.ctime = new Date(ctimeMs);
  this.birthtime = new Date(birthtimeMs);
}

Stats.prototype._checkModeProperty = function (t) { return (this.mode & C.S_IFMT) === t; };
Stats.prototype.isDirectory = function () { return this._checkModeProperty(C.S_IFDIR); };
Stats.prototype.isFile = function () { return this._checkModeProperty(C.S_IFREG); };
Stats.prototype.isBlockDevice = function () { return this._checkModeProperty(C.S_IFBLK); };
Stats.prototype.isCharacterDevice = function () { return this._checkModeProperty(C.S_IFCHR); };
Stats.prototype.isSymbolicLink = function () { return this._checkModeProperty(C.S_IFLNK); };
Stats.prototype.isFIFO = function () { return this._checkModeProperty(C.S_IFIFO); };
Stats.prototype.isSocket = function () { return this._checkModeProperty(C.S_IFSOCK); };
hideMethods(Stats.prototype);

function zeroStats() { return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); }

var kType = Symbol('type');

function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}
Dirent.prototype.isDirectory = function () { return this[kType] === C.UV_DIRENT_DIR; };
Dirent.prototype.isFile = function () { return this[kType] === C.UV_DIRENT_FILE; };
Dirent.prototype.isBlockDevice = function () { return this[kType] === C.UV_DIRENT_BLOCK; };
Dirent.prototype.isCharacterDevice = function () { return this[kType] === C.UV_DIRENT_CHAR; };
Dirent.prototype.isSymbolicLink = function () { return this[kType] === C.UV_DIRENT_LINK; };
Dirent.prototype.isFIFO = function () { return this[kType] === C.UV_DIRENT_FIFO; };
Dirent.prototype.isSocket = function () { return this[kType] === C.UV_DIRENT_SOCKET; };
hideMethods(Dirent.prototype);

function hideMethods(proto) {
  Object.keys(proto).forEach(function (k) {
    Object.defineProperty(proto, k, { enumerable: false });
  });
}

binding.setup(Stats, Dirent);

// ---------------------------------------------------------------- the API

var fs = exports;

// fs._stringToFlags(flags) is v0.10's flag-string parser ('r', 'wx+', ...;
// a number passes through), kept under its v0.10 name, not enumerable.
Object.defineProperty(fs, '_stringToFlags', {
  value: function _stringToFlags(flags) { return stringToFlags(flags); },
  writable: true, configurable: true, enumerable: false
});

fs.constants = constants;
fs.F_OK = C.F_OK;
fs.R_OK = C.R_OK;
fs.W_OK = C.W_OK;
fs.X_OK = C.X_OK;
fs.Stats = Stats;
fs.Dirent = Dirent;

function lastFn(args) {
  return typeof args[args.length - 1] === 'function' ? args[args.length - 1] : undefined;
}

fs.access = function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = C.F_OK; }
  callback = makeCallback(callback);
  binding.access(toPath(path), toAccessMode(mode), callback);
};
fs.accessSync = function accessSync(path, mode) {
  binding.access(toPath(path), toAccessMode(mode));
};
function toAccessMode(mode) {
  if (mode === undefined || mode === null) return C.F_OK;
  if (typeof mode !== 'number') invalidArgType('mode', 'of type number', mode);
  if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

fs.exists = function exists(path, callback) {
  if (typeof callback !== 'function') callback = function () {};
  try {
    path = toPath(path);
  } catch (e) {
    process.nextTick(callback, false);
    return;
  }
  binding.access(path, C.F_OK, function (err) { callback(!err); });
};
fs.existsSync = function existsSync(path) {
  try {
    binding.access(toPath(path), C.F_OK);
    return true;
  } catch (e) {
    return false;
  }
};

fs.open = function open(path, flags, mode, callback) {
  callback = lastFn(arguments);
  if (typeof flags === 'function') flags = undefined;
  if (typeof mode === 'function') mode = undefined;
  path = toPath(path);
  callback = makeCallback(callback);
  binding.open(path, stringToFlags(flags), toMode(mode, 'mode', 438), callback);
};
fs.openSync = function openSync(path, flags, mode) {
  return binding.open(toPath(path), stringToFlags(flags), toMode(mode, 'mode', 438));
};

fs.close = function close(fd, callback) {
  fd = toFd(fd);
  if (callback === undefined) callback = function () {};
  binding.close(fd, makeCallback(callback));
};
fs.closeSync = function closeSync(fd) {
  binding.close(toFd(fd));
};

function checkBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (!(buffer instanceof Uint8Array)) {
    buffer = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  return buffer;
}

// readArgs normalises (buffer, offset, length, position) for read/readSync.
function readArgs(buffer, offset, length, position) {
  var u8 = checkBuffer(buffer);
  if (offset !== null && typeof offset === 'object') {
    var o = offset;
    offset = o.offset; length = o.length; position = o.position;
  }
  if (length === 0) return [u8, 0, 0, -1];
  if (offset === undefined || offset === null) offset = 0;
  else toInt(offset, 'offset', 0, kMaxFd);
  if (length === undefined) length = u8.byteLength - offset;
  toInt(length, 'length', 0, kMaxFd);
  if (offset > u8.byteLength) throw outOfRange('offset', '>= 0 && <= ' + u8.byteLength, offset);
  if (length > u8.byteLength - offset) throw outOfRange('length', '<= ' + (u8.byteLength - offset), length);
  return [u8, offset, length, toPosition(position)];
}

// legacyRead serves v0.10's string form read(fd, length, position,
// encoding[, cb]): it reads into a new buffer and decodes what came.
function legacyRead(fd, length, position, encoding, cb) {
  toInt(length, 'length', 0, kMaxFd);
  if (encoding !== undefined && encoding !== null) encodingOf(encoding);
  var buf = Buffer.alloc(length);
  var decode = function (n) { return n > 0 ? buf.toString(encoding || 'utf8', 0, n) : ''; };
  if (!cb) {
    var n = fs.readSync(fd, buf, 0, length, position);
    return [decode(n), n];
  }
  fs.read(fd, buf, 0, length, position, function (err, n) {
    if (err) return cb(err);
    cb(null, decode(n), n);
  });
}

fs.read = function read(fd, buffer, offset, length, position, callback) {
  if (typeof buffer === 'number') {
    legacyRead(fd, buffer, offset, length, makeCallback(lastFn(arguments)));
    return;
  }
  fd = toFd(fd);
  var cb = lastFn(arguments);
  if (arguments.length <= 2 || (typeof buffer === 'function')) {
    // read(fd, cb) / read(fd, {buffer,…}, cb)
    var opts = (buffer !== null && typeof buffer === 'object' && !isArrayBufferView(buffer)) ? buffer : {};
    buffer = opts.buffer || Buffer.alloc(16384);
    offset = opts.offset; length = opts.length; position = opts.position;
  } else if (typeof offset === 'function') {
    offset = undefined; length = undefined; position = undefined;
  } else if (typeof length === 'function') {
    length = undefined; position = undefined;
  } else if (typeof position === 'function') {
    position = undefined;
  }
  cb = makeCallback(cb);
  var a = readArgs(buffer, offset, length, position);
  if (a[2] === 0) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  binding.read(fd, a[0], a[1], a[2], a[3], function (err, n) {
    if (err) return cb(err);
    cb(null, n, buffer);
  });
};
fs.readSync = function readSync(fd, buffer, offset, length, position) {
  if (typeof buffer === 'number') return legacyRead(fd, buffer, offset, length, null);
  fd = toFd(fd);
  var a = readArgs(buffer, offset, length, position);
  if (a[2] === 0) return 0;
  return binding.read(fd, a[0], a[1], a[2], a[3]);
};

// writeArgs returns [isString, data, offset|position, length|encoding, position]
function writeArgs(buffer, offset, length, position) {
  if (isArrayBufferView(buffer)) {
    var u8 = checkBuffer(buffer);
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset; length = o.length; position = o.position;
    }
    if (offset === undefined || offset === null) offset = 0;
    else toInt(offset, 'offset', 0, kMaxFd);
    if (typeof length !== 'number') length = u8.byteLength - offset;
    toInt(length, 'length', 0, kMaxFd);
    if (offset > u8.byteLength) throw outOfRange('offset', '>= 0 && <= ' + u8.byteLength, offset);
    if (length > u8.byteLength - offset) throw outOfRange('length', '<= ' + (u8.byteLength - offset), length);
    return { str: false, data: u8, offset: offset, length: length, position: toPosition(position) };
  }
  // v0.10 coerces any other value to a string; v20 accepts strings only.
  if (typeof buffer !== 'string') {
    if (buffer === undefined || buffer === null || typeof buffer === 'function' || typeof buffer === 'symbol') {
      invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    buffer = String(buffer);
  }
  // string form: (string, position, encoding)
  var enc = typeof length === 'string' ? length : 'utf8';
  return { str: true, data: buffer, position: toPosition(offset), encoding: encodingOf(enc) };
}

fs.write = function write(fd, buffer, offset, length, position, callback) {
  fd = toFd(fd);
  var cb = lastFn(arguments);
  for (var i = 2; i < arguments.length; i++) {
    if (typeof arguments[i] === 'function') {
      if (i <= 2) offset = undefined;
      if (i <= 3) length = undefined;
      if (i <= 4) position = undefined;
      break;
    }
  }
  cb = makeCallback(cb);
  var a = writeArgs(buffer, offset, length, position);
  var done = function (err, n) {
    if (err) return cb(err);
    cb(null, n, buffer);
  };
  if (a.str) binding.writeString(fd, a.data, a.position, a.encoding < 0 ? 0 : a.encoding, done);
  else binding.write(fd, a.data, a.offset, a.length, a.position, done);
};
fs.writeSync = function writeSync(fd, buffer, offset, length, position) {
  fd = toFd(fd);
  var a = writeArgs(buffer, offset, length, position);
  if (a.str) return binding.writeString(fd, a.data, a.position, a.encoding < 0 ? 0 : a.encoding);
  return binding.write(fd, a.data, a.offset, a.length, a.position);
};

fs.rename = function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.rename(toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath'), callback);
};
fs.renameSync = function renameSync(oldPath, newPath) {
  binding.rename(toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath'));
};

function toLen(len) {
  if (len === undefined || len === null) return 0;
  if (typeof len !== 'number') invalidArgType('len', 'of type number', len);
  if (!Number.isInteger(len)) throw outOfRange('len', 'an integer', len);
  return len < 0 ? 0 : len;
}

fs.truncate = function truncate(path, len, callback) {
  if (typeof path === 'number') return fs.ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  callback = makeCallback(callback);
  binding.truncate(toPath(path), toLen(len), callback);
};
fs.truncateSync = function truncateSync(path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  binding.truncate(toPath(path), toLen(len));
};
fs.ftruncate = function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = toFd(fd);
  callback = makeCallback(callback);
  binding.ftruncate(fd, toLen(len), callback);
};
fs.ftruncateSync = function ftruncateSync(fd, len) {
  binding.ftruncate(toFd(fd), toLen(len));
};

function toId(v, name) { return toInt(v, name, -1, kMaxUint32); }

fs.chown = function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  binding.chown(toPath(path), toId(uid, 'uid'), toId(gid, 'gid'), callback);
};
fs.chownSync = function chownSync(path, uid, gid) {
  binding.chown(toPath(path), toId(uid, 'uid'), toId(gid, 'gid'));
};
fs.lchown = function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  binding.lchown(toPath(path), toId(uid, 'uid'), toId(gid, 'gid'), callback);
};
fs.lchownSync = function lchownSync(path, uid, gid) {
  binding.lchown(toPath(path), toId(uid, 'uid'), toId(gid, 'gid'));
};
fs.fchown = function fchown(fd, uid, gid, callback) {
  fd = toFd(fd);
  callback = makeCallback(callback);
  binding.fchown(fd, toId(uid, 'uid'), toId(gid, 'gid'), callback);
};
fs.fchownSync = function fchownSync(fd, uid, gid) {
  binding.fchown(toFd(fd), toId(uid, 'uid'), toId(gid, 'gid'));
};

function needMode(mode) {
  if (mode === undefined) invalidArgType('mode', 'of type number', mode);
  return toMode(mode, 'mode', 0);
}

fs.chmod = function chmod(path, mode, callback) {
  path = toPath(path);
  mode = needMode(mode);
  binding.chmod(path, mode, makeCallback(callback));
};
fs.chmodSync = function chmodSync(path, mode) {
  path = toPath(path);
  binding.chmod(path, needMode(mode));
};
fs.fchmod = function fchmod(fd, mode, callback) {
  fd = toFd(fd);
  mode = needMode(mode);
  binding.fchmod(fd, mode, makeCallback(callback));
};
fs.fchmodSync = function fchmodSync(fd, mode) {
  fd = toFd(fd);
  binding.fchmod(fd, needMode(mode));
};
// lchmod exists only on macOS, as in Node: undefined here (v0.10 too).
fs.lchmod = undefined;
fs.lchmodSync = undefined;

function statOptions(options) {
  if (options !== null && typeof options === 'object' && options.bigint) {
    // BigInt stats are not implemented: numbers are returned.
  }
  return options;
}

fs.stat = function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  binding.stat(toPath(path), callback);
};
fs.statSync = function statSync(path, options) {
  statOptions(options);
  var quiet = options !== null && typeof options === 'object' && options.throwIfNoEntry === false;
  return binding.stat(toPath(path), undefined, quiet);
};
fs.lstat = function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  binding.lstat(toPath(path), callback);
};
fs.lstatSync = function lstatSync(path, options) {
  var quiet = options !== null && typeof options === 'object' && options.throwIfNoEntry === false;
  return binding.lstat(toPath(path), undefined, quiet);
};
fs.fstat = function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  fd = toFd(fd);
  binding.fstat(fd, makeCallback(callback));
};
fs.fstatSync = function fstatSync(fd) {
  return binding.fstat(toFd(fd));
};

fs.link = function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  binding.link(toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath'), callback);
};
fs.linkSync = function linkSync(existingPath, newPath) {
  binding.link(toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath'));
};

function symlinkType(type) {
  if (type === undefined || type === null || type === 'file' || type === 'dir' || type === 'junction') return;
  throw codedError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
    'Symlink type must be one of "dir", "file", or "junction". Received ' + JSON.stringify(String(type)));
}

fs.symlink = function symlink(target, path, type, callback) {
  callback = lastFn(arguments);
  if (typeof type === 'function') type = undefined;
  symlinkType(type);
  target = toPath(target, 'target');
  path = toPath(path);
  binding.symlink(target, path, makeCallback(callback));
};
fs.symlinkSync = function symlinkSync(target, path, type) {
  symlinkType(type);
  binding.symlink(toPath(target, 'target'), toPath(path));
};

function encodeResult(s, options) {
  var enc = options && typeof options === 'object' ? options.encoding : options;
  if (enc === 'buffer') return Buffer.from(s);
  if (enc && enc !== 'utf8' && enc !== 'utf-8') return Buffer.from(s).toString(enc);
  return s;
}

function optEncoding(options) {
  return getOptions(options, {});
}

// definePathCall defines fs[name](arg, [options], callback) and
// fs[name + 'Sync'](arg, [options]) over a binding call whose result is a
// path string, returned in options.encoding (readlink, mkdtemp).
function definePathCall(name, checkArg, call) {
  var async = function (arg, options, callback) {
    callback = lastFn(arguments);
    if (typeof options === 'function') options = undefined;
    callback = makeCallback(callback);
    options = optEncoding(options);
    call(checkArg(arg), function (err, s) {
      if (err) return callback(err);
      callback(null, encodeResult(s, options));
    });
  };
  var sync = function (arg, options) {
    options = optEncoding(options);
    return encodeResult(call(checkArg(arg)), options);
  };
  Object.defineProperty(async, 'name', { value: name });
  Object.defineProperty(sync, 'name', { value: name + 'Sync' });
  fs[name] = async;
  fs[name + 'Sync'] = sync;
}

definePathCall('readlink', function (path) { return toPath(path); }, binding.readlink);

// realpath(path, [cache], callback): v0.10's cache is an object mapping
// paths to resolved paths, trusted before the file system: the absolute path
// itself, then its prefixes are looked up in turn; a prefix mapped to itself
// is known real, one mapped elsewhere is replaced by its mapping (and the
// walk starts over on the new path). The first prefix the cache does not
// know hands the path to the file system. The result is stored in the cache
// under the absolute path.
function isCache(options) {
  return options !== null && typeof options === 'object' && !options.encoding;
}

// walkCache returns { path } when the cache resolves every prefix of the
// absolute path p, or { fsPath } to resolve on the file system.
function walkCache(cache, p) {
  var has = Object.prototype.hasOwnProperty;
  // Bound the restarts: a cache can map a path onto a longer one forever.
  for (var restarts = 0; restarts < 256; restarts++) {
    if (has.call(cache, p)) return { path: String(cache[p]) };
    var next = null;
    for (var i = 1; i <= p.length && next === null; i++) {
      var j = p.indexOf('/', i);
      if (j < 0) j = p.length;
      var base = p.slice(0, j);
      i = j;
      if (!has.call(cache, base)) return { fsPath: p };
      var to = cache[base];
      if (to !== base) next = pathModule.resolve(String(to), p.slice(j + 1));
    }
    if (next === null) return { path: p };
    p = next;
  }
  return { fsPath: p };
}

function realpathOptions(options) {
  if (isCache(options)) return {};
  return optEncoding(options);
}

fs.realpath = function realpath(path, options, callback) {
  callback = lastFn(arguments);
  if (typeof options === 'function') options = undefined;
  callback = makeCallback(callback);
  path = toPath(path);
  var cache = isCache(options) ? options : null;
  var target = path;
  if (cache) {
    target = pathModule.resolve(path);
    var w = walkCache(cache, target);
    if (w.fsPath === undefined) {
      cache[target] = w.path;
      process.nextTick(callback, null, w.path);
      return;
    }
    var key = target;
    target = w.fsPath;
  }
  var opts = realpathOptions(options);
  binding.realpath(target, function (err, s) {
    if (err) return callback(err);
    if (cache) cache[key] = s;
    callback(null, encodeResult(s, opts));
  });
};
fs.realpathSync = function realpathSync(path, options) {
  path = toPath(path);
  var cache = isCache(options) ? options : null;
  var target = path;
  if (cache) {
    var key = pathModule.resolve(path);
    var w = walkCache(cache, key);
    if (w.fsPath === undefined) return (cache[key] = w.path);
    target = w.fsPath;
  }
  var s = binding.realpath(target);
  if (cache) cache[key] = s;
  return encodeResult(s, realpathOptions(options));
};
fs.realpath.native = function (path, options, callback) {
  return fs.realpath(path, typeof options === 'function' ? undefined : options, lastFn(arguments));
};
fs.realpathSync.native = function (path, options) { return fs.realpathSync(path, options); };

fs.unlink = function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(toPath(path), callback);
};
fs.unlinkSync = function unlinkSync(path) {
  binding.unlink(toPath(path));
};

fs.rmdir = function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = toPath(path);
  if (options && options.recursive) binding.rmdirRecursive(path, callback);
  else binding.rmdir(path, callback);
};
fs.rmdirSync = function rmdirSync(path, options) {
  path = toPath(path);
  if (options && options.recursive) binding.rmdirRecursive(path);
  else binding.rmdir(path);
};

function rmOptions(options) {
  if (options === undefined || options === null) return { recursive: false, force: false };
  if (typeof options !== 'object') invalidArgType('options', 'of type object', options);
  ['recursive', 'force'].forEach(function (k) {
    if (options[k] !== undefined && typeof options[k] !== 'boolean') {
      invalidArgType('options.' + k, 'of type boolean', options[k]);
    }
  });
  return { recursive: !!options.recursive, force: !!options.force };
}

fs.rm = function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = toPath(path);
  var o = rmOptions(options);
  binding.rm(path, o.recursive, o.force, callback);
};
fs.rmSync = function rmSync(path, options) {
  path = toPath(path);
  var o = rmOptions(options);
  binding.rm(path, o.recursive, o.force);
};

function mkdirOptions(options) {
  var mode = 511, recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = toMode(options, 'mode', 511);
  } else if (options !== null && typeof options === 'object') {
    if (options.recursive !== undefined) {
      if (typeof options.recursive !== 'boolean') invalidArgType('options.recursive', 'of type boolean', options.recursive);
      recursive = options.recursive;
    }
    mode = toMode(options.mode, 'mode', 511);
  }
  return { mode: mode, recursive: recursive };
}

fs.mkdir = function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = toPath(path);
  var o = mkdirOptions(options);
  binding.mkdir(path, o.mode, o.recursive, callback);
};
fs.mkdirSync = function mkdirSync(path, options) {
  path = toPath(path);
  var o = mkdirOptions(options);
  return binding.mkdir(path, o.mode, o.recursive);
};

function readdirResult(names, options) {
  if (options.withFileTypes) {
    if (options.encoding === 'buffer') names.forEach(function (d) { d.name = Buffer.from(d.name); });
    return names;
  }
  if (options.encoding && options.encoding !== 'utf8' && options.encoding !== 'utf-8') {
    return names.map(function (n) { return encodeResult(n, options); });
  }
  return names;
}

fs.readdir = function readdir(path, options, callback) {
  callback = lastFn(arguments);
  if (typeof options === 'function') options = undefined;
  callback = makeCallback(callback);
  options = getOptions(options, {});
  binding.readdir(toPath(path), !!options.withFileTypes, function (err, names) {
    if (err) return callback(err);
    callback(null, readdirResult(names, options));
  });
};
fs.readdirSync = function readdirSync(path, options) {
  options = getOptions(options, {});
  return readdirResult(binding.readdir(toPath(path), !!options.withFileTypes), options);
};

fs._toUnixTimestamp = toUnixTimestamp;

fs.utimes = function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.utimes(toPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
};
fs.utimesSync = function utimesSync(path, atime, mtime) {
  binding.utimes(toPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
};
fs.lutimes = function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  binding.lutimes(toPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
};
fs.lutimesSync = function lutimesSync(path, atime, mtime) {
  binding.lutimes(toPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
};
fs.futimes = function futimes(fd, atime, mtime, callback) {
  fd = toFd(fd);
  callback = makeCallback(callback);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), callback);
};
fs.futimesSync = function futimesSync(fd, atime, mtime) {
  binding.futimes(toFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
};

fs.fsync = function fsync(fd, callback) {
  fd = toFd(fd);
  binding.fsync(fd, makeCallback(callback));
};
fs.fsyncSync = function fsyncSync(fd) {
  binding.fsync(toFd(fd));
};
fs.fdatasync = function fdatasync(fd, callback) {
  fd = toFd(fd);
  binding.fdatasync(fd, makeCallback(callback));
};
fs.fdatasyncSync = function fdatasyncSync(fd) {
  binding.fdatasync(toFd(fd));
};

function copyMode(mode) {
  if (mode === undefined || mode === null) return 0;
  return toInt(mode, 'mode', 0, 7);
}

fs.copyFile = function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  callback = makeCallback(callback);
  binding.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), copyMode(mode), callback);
};
fs.copyFileSync = function copyFileSync(src, dest, mode) {
  binding.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), copyMode(mode));
};

function checkPrefix(prefix) {
  if (typeof prefix !== 'string' && !isUint8Array(prefix)) {
    invalidArgType('prefix', 'of type string or an instance of Buffer or URL', prefix);
  }
  return toPath(prefix, 'prefix');
}

definePathCall('mkdtemp', checkPrefix, binding.mkdtemp);

// readFile(path | fd, [options], callback)
function readFileArgs(path, options) {
  options = getOptions(options, { flag: 'r' });
  var isFd = typeof path === 'number';
  if (isFd) toFd(path);
  else path = toPath(path);
  return [path, isFd, stringToFlags(options.flag || 'r', 'flags'), encodingOf(options.encoding)];
}

fs.readFile = function readFile(path, options, callback) {
  callback = lastFn(arguments);
  if (typeof options === 'function') options = undefined;
  callback = makeCallback(callback);
  var a = readFileArgs(path, options);
  binding.readFile(a[0], a[1], a[2], a[3], callback);
};
fs.readFileSync = function readFileSync(path, options) {
  var a = readFileArgs(path, options);
  return binding.readFile(a[0], a[1], a[2], a[3]);
};

function writeFileArgs(path, data, options, defFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: defFlag });
  var isFd = typeof path === 'number';
  if (isFd) toFd(path);
  else path = toPath(path, 'path');
  if (!isArrayBufferView(data)) {
    // v0.10 coerces any value to a string; v20 throws ERR_INVALID_ARG_TYPE.
    if (typeof data !== 'string') data = String(data);
  } else if (!(data instanceof Uint8Array)) {
    data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  var enc = encodingOf(options.encoding || 'utf8');
  return [path, isFd, data, enc < 0 ? 0 : enc, stringToFlags(options.flag || defFlag, 'flags'),
    toMode(options.mode, 'mode', 438)];
}

fs.writeFile = function writeFile(path, data, options, callback) {
  callback = lastFn(arguments);
  if (typeof options === 'function') options = undefined;
  callback = makeCallback(callback);
  var a = writeFileArgs(path, data, options, 'w');
  binding.writeFile(a[0], a[1], a[2], a[3], a[4], a[5], callback);
};
fs.writeFileSync = function writeFileSync(path, data, options) {
  var a = writeFileArgs(path, data, options, 'w');
  binding.writeFile(a[0], a[1], a[2], a[3], a[4], a[5]);
};
fs.appendFile = function appendFile(path, data, options, callback) {
  callback = lastFn(arguments);
  if (typeof options === 'function') options = undefined;
  callback = makeCallback(callback);
  var a = writeFileArgs(path, data, options, 'a');
  binding.writeFile(a[0], a[1], a[2], a[3], a[4], a[5], callback);
};
fs.appendFileSync = function appendFileSync(path, data, options) {
  var a = writeFileArgs(path, data, options, 'a');
  binding.writeFile(a[0], a[1], a[2], a[3], a[4], a[5]);
};

// ---------------------------------------------------------------- watch

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = null;
}
FSWatcher.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: FSWatcher, writable: true, configurable: true }
});
FSWatcher.prototype.start = function (filename, persistent, recursive, encoding) {
  var self = this;
  var enc = encoding;
  this._handle = binding.watch(filename, persistent, function (event, name) {
    if (enc === 'buffer') name = Buffer.from(name);
    else if (enc && enc !== 'utf8' && enc !== 'utf-8') name = Buffer.from(name).toString(enc);
    self.emit('change', event, name);
  });
};
FSWatcher.prototype.close = function () {
  if (!this._handle) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitClose, this);
};
FSWatcher.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};
FSWatcher.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};
function emitClose(self) { self.emit('close'); }

fs.FSWatcher = FSWatcher;
Object.defineProperty(fs, 'FSWatcher', { enumerable: false });

fs.watch = function watch(filename, options, listener) {
  if (typeof options === 'function') { listener = options; options = undefined; }
  options = getOptions(options, {});
  filename = toPath(filename, 'filename');
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  var w = new FSWatcher();
  w.start(filename, !!options.persistent, !!options.recursive, options.encoding);
  if (listener) w.on('change', listener);
  return w;
};

// watchFile: stat polling on a timer; the stats run on the worker pool.
function StatWatcher() {
  EventEmitter.call(this);
  this._timer = null;
  this._prev = null;
  this._busy = false;
}
StatWatcher.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: StatWatcher, writable: true, configurable: true }
});
StatWatcher.prototype.start = function (filename, persistent, interval) {
  var self = this;
  var poll = function () {
    if (self._busy || !self._timer) return;
    self._busy = true;
    binding.stat(filename, function (err, st) {
      self._busy = false;
      if (!self._timer) return;
      var curr = err ? zeroStats() : st;
      var prev = self._prev;
      self._prev = curr;
      if (prev === null) {
        prev = zeroStats();
        if (!err) return; // the first good stat is the baseline
        self._errno = err.errno;
        self.emit('change', curr, prev);
        return;
      }
      var errno = err ? err.errno : 0;
      if (changed(curr, prev) || errno !== (self._errno || 0)) {
        self._errno = errno;
        self.emit('change', curr, prev);
      }
    });
  };
  this._timer = setInterval(poll, interval);
  if (!persistent) this._timer.unref();
  poll();
};
StatWatcher.prototype.stop = function () {
  if (!this._timer) return;
  clearInterval(this._timer);
  this._timer = null;
  process.nextTick(function (self) { self.emit('stop'); }, this);
};
StatWatcher.prototype.ref = function () { if (this._timer) this._timer.ref(); return this; };
StatWatcher.prototype.unref = function () { if (this._timer) this._timer.unref(); return this; };

function changed(a, b) {
  return a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size ||
    a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.ino !== b.ino ||
    a.dev !== b.dev || a.birthtimeMs !== b.birthtimeMs;
}

var statWatchers = new Map();

fs.watchFile = function watchFile(filename, options, listener) {
  filename = toPath(filename, 'filename');
  var key = pathModule.resolve(filename);
  if (typeof options === 'function') { listener = options; options = undefined; }
  var o = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    if (options.interval !== undefined) o.interval = options.interval;
    if (options.persistent !== undefined) o.persistent = options.persistent;
  }
  if (typeof listener !== 'function') invalidArgType('listener', 'of type function', listener);
  var w = statWatchers.get(key);
  if (!w) {
    w = new StatWatcher();
    w.start(filename, o.persistent, o.interval);
    statWatchers.set(key, w);
  }
  w.on('change', listener);
  return w;
};
fs.unwatchFile = function unwatchFile(filename, listener) {
  filename = toPath(filename, 'filename');
  var key = pathModule.resolve(filename);
  var w = statWatchers.get(key);
  if (!w) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
};

// ---------------------------------------------------------------- streams

var streamsImpl = null;
function streams() {
  if (!streamsImpl) streamsImpl = makeStreams(require('stream'));
  return streamsImpl;
}
['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream'].forEach(function (name) {
  Object.defineProperty(fs, name, {
    get: function () { return streams()[name.replace('File', '')]; },
    set: function (v) { Object.defineProperty(fs, name, { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true
  });
});
fs.createReadStream = function createReadStream(path, options) {
  return new (streams().ReadStream)(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  return new (streams().WriteStream)(path, options);
};

// makeStreams builds ReadStream and WriteStream on the stream module's
// Readable and Writable (v20's model: the file is opened in _construct, the
// fd closed in _destroy; autoClose is autoDestroy).
function makeStreams(stream) {
  var Readable = stream.Readable, Writable = stream.Writable;
  var kHWM = 64 * 1024;

  function streamOptions(options) {
    if (options === undefined || options === null) return {};
    if (typeof options === 'string') return { encoding: options };
    if (typeof options !== 'object') invalidArgType('options', 'one of type string or an instance of Object', options);
    var o = {};
    for (var k in options) o[k] = options[k];
    return o;
  }

  // fsImpl is where a stream's file calls go: options.fs (v20) or the fs
  // module's current open/read/write/close, so that code patching fs (mocks,
  // graceful-fs) sees the streams' calls too.
  var kFs = Symbol('kFs');
  function fsImpl(self) {
    return self[kFs] || fs;
  }

  // common sets up the fields both streams share; io is 'read' or 'write'.
  function common(self, path, options, defFlags, io) {
    if (options.fs !== undefined && options.fs !== null) {
      var need = options.fd === undefined ? ['open', io, 'close'] : [io, 'close'];
      for (var i = 0; i < need.length; i++) {
        var f = options.fs[need[i]];
        if (typeof f !== 'function') invalidArgType('options.fs.' + need[i], 'of type function', f);
      }
      self[kFs] = options.fs;
    }
    self.fd = options.fd === undefined ? null : options.fd;
    if (self.fd !== null && typeof self.fd === 'object' && typeof self.fd.fd === 'number') self.fd = self.fd.fd;
    if (self.fd === null) {
      toPath(path);
      self.path = isURL(path) ? require('url').fileURLToPath(path) : path;
    } else {
      toFd(self.fd);
      self.path = path === null ? undefined : path;
    }
    self.flags = options.flags === undefined ? defFlags : options.flags;
    self.mode = options.mode === undefined ? 438 : options.mode;
    toMode(self.mode, 'mode', 438);
    self.start = options.start;
    self.autoClose = options.autoClose === undefined ? true : !!options.autoClose;
    options.autoDestroy = self.autoClose;
    if (options.emitClose === undefined) options.emitClose = true;
  }

  function construct(cb) {
    var self = this;
    if (typeof this.fd === 'number') {
      cb();
      return;
    }
    fsImpl(this).open(this.path, this.flags, this.mode, function (err, fd) {
      if (err) {
        cb(err);
        return;
      }
      self.fd = fd;
      cb();
      self.emit('open', fd);
      self.emit('ready');
    });
  }

  function destroyFile(err, cb) {
    var fd = this.fd;
    if (typeof fd !== 'number') {
      cb(err);
      return;
    }
    var self = this;
    fsImpl(this).close(fd, function (er) {
      self.fd = null;
      cb(er || err);
    });
  }

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options);
    if (options.highWaterMark === undefined) options.highWaterMark = kHWM;
    common(this, path, options, 'r', 'read');
    this.end = options.end === undefined ? Infinity : options.end;
    if (this.start !== undefined) {
      toInt(this.start, 'start', 0, Number.MAX_SAFE_INTEGER);
      if (this.end !== Infinity) {
        toInt(this.end, 'end', 0, Number.MAX_SAFE_INTEGER);
        if (this.start > this.end) {
          // v0.10's message (v20: The value of "start" is out of range…).
          var err = outOfRange('start', '<= "end"', this.start);
          err.message = 'start must be <= end';
          throw err;
        }
      }
    } else if (this.end !== Infinity) {
      toInt(this.end, 'end', 0, Number.MAX_SAFE_INTEGER);
    }
    this.pos = this.start;
    this.bytesRead = 0;
    Readable.call(this, options);
  }
  ReadStream.prototype = Object.create(Readable.prototype, {
    constructor: { value: ReadStream, writable: true, configurable: true }
  });
  Object.setPrototypeOf(ReadStream, Readable);

  ReadStream.prototype._construct = construct;
  ReadStream.prototype._read = function (n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    var buf = Buffer.allocUnsafe(n);
    var self = this;
    fsImpl(this).read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, function (err, got) {
      if (err) {
        self.destroy(err);
        return;
      }
      if (got === 0) {
        self.push(null);
        return;
      }
      if (self.pos !== undefined) self.pos += got;
      self.bytesRead += got;
      self.push(got === n ? buf : buf.subarray(0, got));
    });
  };
  ReadStream.prototype._destroy = destroyFile;
  ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') {
      if (this.closed) process.nextTick(cb);
      else this.once('close', function () { cb(); });
    }
    this.destroy();
  };
  ReadStream.prototype.open = function () {};
  Object.defineProperty(ReadStream.prototype, 'pending', {
    get: function () { return this.fd === null; },
    configurable: true
  });

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options);
    if (options.decodeStrings === undefined) options.decodeStrings = true;
    common(this, path, options, 'w', 'write');
    if (this.start !== undefined) {
      if (typeof this.start === 'number' && this.start < 0) {
        // v0.10's message (v20: The value of "start" is out of range…).
        var err = outOfRange('start', '>= 0 && <= ' + Number.MAX_SAFE_INTEGER, this.start);
        err.message = 'start must be >= zero';
        throw err;
      }
      toInt(this.start, 'start', 0, Number.MAX_SAFE_INTEGER);
    }
    this.pos = this.start;
    this.bytesWritten = 0;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  WriteStream.prototype = Object.create(Writable.prototype, {
    constructor: { value: WriteStream, writable: true, configurable: true }
  });
  Object.setPrototypeOf(WriteStream, Writable);

  WriteStream.prototype._construct = construct;
  WriteStream.prototype._write = function (data, encoding, cb) {
    if (typeof data === 'string') data = Buffer.from(data, encoding);
    var self = this;
    var pos = this.pos === undefined ? -1 : this.pos;
    if (this.pos !== undefined) this.pos += data.length;
    var total = 0;
    var step = function () {
      fsImpl(self).write(self.fd, data, total, data.length - total, pos < 0 ? null : pos + total, function (err, n) {
        if (err) return cb(err);
        total += n;
        self.bytesWritten += n;
        if (total < data.length && n > 0) return step();
        cb();
      });
    };
    step();
  };
  WriteStream.prototype._destroy = destroyFile;
  WriteStream.prototype.close = function (cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  WriteStream.prototype.open = function () {};
  Object.defineProperty(WriteStream.prototype, 'pending', {
    get: function () { return this.fd === null; },
    configurable: true
  });

  return { ReadStream: ReadStream, WriteStream: WriteStream };
}

// ---------------------------------------------------------------- promises

function promisify(fn, shape) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, a, b) {
        if (err) return reject(err);
        resolve(shape ? shape(a, b) : a);
      });
      try {
        fn.apply(fs, args);
      } catch (e) {
        reject(e);
      }
    });
  };
}

function FileHandle(fd) {
  EventEmitter.call(this);
  this.fd = fd;
}
FileHandle.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: FileHandle, writable: true, configurable: true }
});
FileHandle.prototype.getAsyncId = function () { return this.fd; };
FileHandle.prototype.close = function () {
  var self = this;
  if (this.fd === -1) return Promise.resolve();
  var fd = this.fd;
  this.fd = -1;
  return promisify(fs.close)(fd).then(function () { self.emit('close'); });
};
FileHandle.prototype.read = function (buffer, offset, length, position) {
  if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !isArrayBufferView(buffer))) {
    var o = buffer || {};
    buffer = o.buffer || Buffer.alloc(16384);
    offset = o.offset; length = o.length; position = o.position;
  }
  return promisify(fs.read, function (n, b) { return { bytesRead: n, buffer: b }; })(this.fd, buffer, offset, length, position);
};
FileHandle.prototype.write = function (buffer, offset, length, position) {
  var args = [this.fd].concat(Array.prototype.slice.call(arguments));
  return promisify(fs.write, function (n, b) {
    return typeof b === 'string' ? { bytesWritten: n, buffer: b } : { bytesWritten: n, buffer: b };
  }).apply(null, args);
};
FileHandle.prototype.readFile = function (options) { return promisify(fs.readFile)(this.fd, options); };
FileHandle.prototype.writeFile = function (data, options) { return promisify(fs.writeFile)(this.fd, data, options); };
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;
FileHandle.prototype.stat = function (options) { return promisify(fs.fstat)(this.fd, options); };
FileHandle.prototype.truncate = function (len) { return promisify(fs.ftruncate)(this.fd, len); };
FileHandle.prototype.sync = function () { return promisify(fs.fsync)(this.fd); };
FileHandle.prototype.datasync = function () { return promisify(fs.fdatasync)(this.fd); };
FileHandle.prototype.chmod = function (mode) { return promisify(fs.fchmod)(this.fd, mode); };
FileHandle.prototype.chown = function (uid, gid) { return promisify(fs.fchown)(this.fd, uid, gid); };
FileHandle.prototype.utimes = function (a, m) { return promisify(fs.futimes)(this.fd, a, m); };
FileHandle.prototype.createReadStream = function (options) {
  var o = {};
  for (var k in options) o[k] = options[k];
  o.fd = this.fd;
  return fs.createReadStream(null, o);
};
FileHandle.prototype.createWriteStream = function (options) {
  var o = {};
  for (var k in options) o[k] = options[k];
  o.fd = this.fd;
  return fs.createWriteStream(null, o);
};

function fdOrHandle(p) { return p instanceof FileHandle ? p.fd : p; }

var promises = {
  access: promisify(fs.access),
  copyFile: promisify(fs.copyFile),
  open: function (path, flags, mode) {
    return promisify(fs.open, function (fd) { return new FileHandle(fd); })(path, flags, mode);
  },
  rename: promisify(fs.rename),
  truncate: promisify(fs.truncate),
  rm: promisify(fs.rm),
  rmdir: promisify(fs.rmdir),
  mkdir: promisify(fs.mkdir),
  readdir: promisify(fs.readdir),
  readlink: promisify(fs.readlink),
  symlink: promisify(fs.symlink),
  lstat: promisify(fs.lstat),
  stat: promisify(fs.stat),
  link: promisify(fs.link),
  unlink: promisify(fs.unlink),
  chmod: promisify(fs.chmod),
  lchown: promisify(fs.lchown),
  chown: promisify(fs.chown),
  utimes: promisify(fs.utimes),
  lutimes: promisify(fs.lutimes),
  realpath: promisify(fs.realpath),
  mkdtemp: promisify(fs.mkdtemp),
  writeFile: function (p, data, options) { return promisify(fs.writeFile)(fdOrHandle(p), data, options); },
  appendFile: function (p, data, options) { return promisify(fs.appendFile)(fdOrHandle(p), data, options); },
  readFile: function (p, options) { return promisify(fs.readFile)(fdOrHandle(p), options); },
  constants: constants
};
promises.FileHandle = FileHandle;
Object.defineProperty(promises, 'FileHandle', { enumerable: false });

Object.defineProperty(fs, 'promises', {
  get: function () { return promises; },
  enumerable: true,
  configurable: true
});
