'use strict';
// Node's 'tty' module, from the v0.10 manual's TTY section plus the later
// additions (getWindowSize, hasColors, getColorDepth, the cursor helpers).
// tty.ReadStream and tty.WriteStream are fd streams (internal/stdio) rather
// than net.Socket subclasses.
//
// binding: see tty.go.

var stdio = require('internal/stdio');
var FdReadStream = stdio.FdReadStream;
var FdWriteStream = stdio.FdWriteStream;
var inherits = stdio.inherits;

function invalidFd(fd) {
  var e = new RangeError('"fd" must be a positive integer: ' + fd);
  e.code = 'ERR_INVALID_FD';
  return e;
}

function checkFd(fd) {
  if (typeof fd !== 'number' || fd !== (fd | 0) || fd < 0) throw invalidFd(fd);
}

/** isatty(fd) tells whether fd is a terminal. */
function isatty(fd) {
  return typeof fd === 'number' && fd === Math.floor(fd) && fd >= 0 && fd <= 2147483647 &&
    binding.isatty(fd);
}

// ---- ReadStream -------------------------------------------------------------

/** ReadStream is the readable side of a terminal (process.stdin on a tty). */
function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  FdReadStream.call(this, fd, options);
  this.isRaw = false;
  this.isTTY = true;
}
inherits(ReadStream, FdReadStream);

/** setRawMode(mode) switches the terminal to raw mode or back. */
ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  binding.setRawMode(this.fd, flag);
  this.isRaw = flag;
  return this;
};

// ---- WriteStream ------------------------------------------------------------

var resizeWatched = [];

function watchResize(stream) {
  if (resizeWatched.length === 0) {
    binding.watchResize(function () {
      for (var i = 0; i < resizeWatched.length; i++) resizeWatched[i]._refreshSize();
    });
  }
  resizeWatched.push(stream);
}

/** WriteStream is the writable side of a terminal (process.stdout on a tty). */
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  FdWriteStream.call(this, fd);
  this.isTTY = true;
  var size = binding.getWindowSize(fd);
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
  watchResize(this);
}
inherits(WriteStream, FdWriteStream);

WriteStream.prototype.isTTY = true;

WriteStream.prototype._refreshSize = function _refreshSize() {
  var size = binding.getWindowSize(this.fd);
  if (!size) return;
  var oldCols = this.columns, oldRows = this.rows;
  if (size[0] !== oldCols || size[1] !== oldRows) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

/** getWindowSize() → [columns, rows]. */
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return binding.getWindowSize(this.fd) || [this.columns || 80, this.rows || 24];
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  return require('readline').cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  return require('readline').moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  return require('readline').clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  return require('readline').clearScreenDown(this, cb);
};

var TERM_256 = /-256(colou?r)?$/i;
var TERM_16 = /^(xterm|screen|tmux|vt100|vt220|rxvt|linux|cygwin|ansi|konsole|putty|eterm|kitty|alacritty|st|dvtm|mosh|color)/i;

/** getColorDepth([env]) → 1, 4, 8 or 24 bits, from the environment. */
WriteStream.prototype.getColorDepth = function getColorDepth(env) {
  if (env === undefined) env = process.env;
  var force = env.FORCE_COLOR;
  if (force !== undefined) {
    switch (force) {
      case '': case '1': case 'true': return 4;
      case '2': return 8;
      case '3': return 24;
      default: return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.TMUX) return 24;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    if (TERM_256.test(env.TERM)) return 8;
    if (TERM_16.test(env.TERM)) return 4;
  }
  if (env.COLORTERM) return 4;
  return 1;
};

/** hasColors([count][, env]) tells whether the terminal shows count colors. */
WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  if (typeof count !== 'number') {
    var e = new TypeError('The "count" argument must be of type number. Received type ' + typeof count);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return count <= Math.pow(2, this.getColorDepth(env));
};

/** setRawMode(mode) is v0.10's deprecated form of process.stdin.setRawMode. */
function setRawMode(flag) {
  if (!process.stdin.isTTY) throw new Error("can't set raw mode on non-tty");
  process.stdin.setRawMode(flag);
}

exports.isatty = isatty;
exports.ReadStream = ReadStream;
exports.WriteStream = WriteStream;
Object.defineProperty(exports, 'setRawMode', { value: setRawMode, writable: true, configurable: true, enumerable: true });
