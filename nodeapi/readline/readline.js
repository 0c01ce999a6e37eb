'use strict';
// Node's 'readline' module, written from the v0.10 manual's Readline section
// and the observed behaviour of later Node versions: Interface (line
// splitting over any Readable; in terminal mode a line editor with history
// and completion), the cursor helpers and emitKeypressEvents.
//
// Line splitting: a line ends at \n, \r\n or \r; a \r at the end of one chunk
// and a \n at the start of the next are one line end when they come within
// crlfDelay ms. In terminal mode the input is decoded into 'keypress'
// events (emitKeypressEvents) and edited in this.line / this.cursor.

var EventEmitter = require('events');
var StringDecoder = require('string_decoder').StringDecoder;

var kHistorySize = 30;
var kDefaultCrlfDelay = 100;
var kEscape = '\x1b';

function inherits(ctor, superCtor) {
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, writable: true, configurable: true, enumerable: false }
  });
  Object.setPrototypeOf(ctor, superCtor);
}

function nodeError(Ctor, code, msg) {
  var e = new Ctor(msg);
  e.code = code;
  return e;
}

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// ---- Interface ------------------------------------------------------------

/**
 * Interface reads lines from input and, in terminal mode, echoes and edits
 * them on output. createInterface(input, output, completer, terminal) or
 * createInterface({input, output, completer, terminal, historySize, prompt,
 * crlfDelay, removeHistoryDuplicates, history, tabSize, escapeCodeTimeout}).
 */
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);

  var historySize, history, prompt = '> ', crlfDelay, removeHistoryDuplicates = false;
  var tabSize = 8, escapeCodeTimeout = 500;
  if (input && input.input) {
    var opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    historySize = opts.historySize;
    history = opts.history;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    crlfDelay = opts.crlfDelay;
    removeHistoryDuplicates = !!opts.removeHistoryDuplicates;
    if (opts.tabSize !== undefined) tabSize = opts.tabSize;
    if (opts.escapeCodeTimeout !== undefined) escapeCodeTimeout = opts.escapeCodeTimeout;
    input = opts.input;
  }
  if (completer !== undefined && completer !== null && typeof completer !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'completer' is invalid. Received " + String(completer));
  }
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number' || historySize !== historySize || historySize < 0) {
    throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'historySize' must be a non-negative number. Received " + String(historySize));
  }
  if (terminal === undefined && output !== undefined && output !== null) terminal = !!output.isTTY;

  this.output = output;
  this.input = input;
  this.history = Array.isArray(history) ? history.slice() : [];
  this.historySize = historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kDefaultCrlfDelay, crlfDelay) : kDefaultCrlfDelay;
  this.completer = typeof completer === 'function' ? completer : undefined;
  this.isCompletionEnabled = true;
  this.terminal = !!terminal;
  this.line = '';
  this.tabSize = tabSize;
  this.escapeCodeTimeout = escapeCodeTimeout;
  defineHidden(this, '_prompt', prompt);
  defineHidden(this, 'closed', false);
  defineHidden(this, 'paused', false);
  defineHidden(this, '_sawReturnAt', 0);
  defineHidden(this, '_lineBuffer', '');
  defineHidden(this, '_questionCallback', null);
  defineHidden(this, '_oldPrompt', null);
  defineHidden(this, 'prevRows', 0);
  defineHidden(this, 'historyIndex', -1);
  defineHidden(this, '_savedLine', '');
  defineHidden(this, '_sawTab', false);

  var self = this;
  function onerror(err) { self.emit('error', err); }
  function ondata(data) { self._normalWrite(data); }
  function onend() {
    if (self._lineBuffer.length > 0) {
      var rest = self._lineBuffer;
      self._lineBuffer = '';
      self._onLine(rest);
    }
    self.close();
  }
  function onkeypress(s, key) {
    self._ttyWrite(s, key);
  }
  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onresize() { self._refreshLine(); }

  defineHidden(this, '_decoder', null);
  if (input) input.on('error', onerror);
  if (!this.terminal) {
    this._decoder = new StringDecoder('utf8');
    input.on('data', ondata);
    input.on('end', onend);
    this.once('close', function () {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
  } else {
    emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this._setRawMode(true);
    this.cursor = 0;
    if (output !== null && output !== undefined && typeof output.on === 'function') {
      output.on('resize', onresize);
    }
    this.once('close', function () {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined && typeof output.removeListener === 'function') {
        output.removeListener('resize', onresize);
      }
    });
  }
  if (input && typeof input.resume === 'function') input.resume();
}
inherits(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  get: function () {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
  configurable: true
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  var was = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return was;
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function question(query, options, cb) {
  if (typeof options === 'function') cb = options;
  if (this.closed) throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this._questionCallback = cb;
  this.prompt();
};

Interface.prototype._onLine = function _onLine(line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (typeof s !== 'string') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "stringToWrite" argument must be of type string.');
  }
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return this;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return this;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return this;
  if (this.terminal) this._setRawMode(false);
  this.pause();
  this.closed = true;
  this.emit('close');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this.closed) throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

// _normalWrite splits non-terminal input into lines.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined || b === null) return;
  var string = typeof b === 'string' ? b : this._decoder.write(b);
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
  }
  this._sawReturnAt = 0;
  if (string.length === 0) return;
  var re = /\r\n|\n|\r/g;
  var lines = [];
  var start = 0, m;
  while ((m = re.exec(string)) !== null) {
    lines.push(string.slice(start, m.index));
    start = re.lastIndex;
  }
  if (lines.length === 0) {
    this._lineBuffer += string;
    return;
  }
  if (string.charCodeAt(string.length - 1) === 13) this._sawReturnAt = Date.now();
  lines[0] = this._lineBuffer + lines[0];
  this._lineBuffer = string.slice(start);
  for (var i = 0; i < lines.length; i++) this._onLine(lines[i]);
};

// ---- terminal mode: display ----------------------------------------------

var ansiRe = /[\x1b\x9b][[\]()#;?]*(?:(?:(?:[a-zA-Z\d]*(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\x07)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  return String(str).replace(ansiRe, '');
}

function isFullWidth(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) || (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd));
}

function isZeroWidth(cp) {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef);
}

// _getDisplayPos: the rows and columns str takes, wrapping at this.columns.
Interface.prototype._getDisplayPos = function _getDisplayPos(str) {
  var offset = 0;
  var col = this.columns;
  var rows = 0;
  str = stripVTControlCharacters(str);
  for (var i = 0; i < str.length; i++) {
    var cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    if (cp === 10) {
      rows += Math.ceil(offset / col) || 1;
      offset = 0;
      continue;
    }
    if (cp === 9) {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    var width = isFullWidth(cp) ? 2 : isZeroWidth(cp) ? 0 : 1;
    if (col < Infinity && width === 2 && (offset + 1) % col === 0) offset++;
    offset += width;
  }
  var cols = col === Infinity ? offset : offset % col;
  rows += col === Infinity ? 0 : (offset - cols) / col;
  return { cols: cols, rows: rows };
};

Interface.prototype.getCursorPos = function getCursorPos() {
  var strBeforeCursor = this._prompt + this.line.slice(0, this.cursor);
  return this._getDisplayPos(strBeforeCursor);
};
Interface.prototype._getCursorPos = Interface.prototype.getCursorPos;

Interface.prototype._refreshLine = function _refreshLine() {
  if (!this.terminal) return;
  var line = this._prompt + this.line;
  var dispPos = this._getDisplayPos(line);
  var lineCols = dispPos.cols;
  var lineRows = dispPos.rows;
  var cursorPos = this.getCursorPos();
  var prevRows = this.prevRows || 0;
  if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
  cursorTo(this.output, 0);
  clearScreenDown(this.output);
  this._writeToOutput(line);
  if (lineCols === 0) this._writeToOutput(' ');
  cursorTo(this.output, cursorPos.cols);
  var diff = lineRows - cursorPos.rows;
  if (diff > 0) moveCursor(this.output, 0, -diff);
  this.prevRows = cursorPos.rows;
};

Interface.prototype.clearLine = function clearLine() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._insertString = function _insertString(c) {
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    var oldPos = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    var newPos = this.getCursorPos();
    if (oldPos.rows < newPos.rows) this._refreshLine();
    else this._writeToOutput(c);
  }
};

// _moveCursor moves the cursor by dx UTF-16 units, clamped to the line.
Interface.prototype._moveCursor = function _moveCursor(dx) {
  if (dx === 0) return;
  var oldPos = this.getCursorPos();
  this.cursor += dx;
  if (this.cursor < 0) this.cursor = 0;
  else if (this.cursor > this.line.length) this.cursor = this.line.length;
  var newPos = this.getCursorPos();
  if (oldPos.rows === newPos.rows) {
    var diffWidth = newPos.cols - oldPos.cols;
    moveCursor(this.output, diffWidth, 0);
  } else {
    this._refreshLine();
  }
};

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) > 0xffff) return 2;
  return 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

Interface.prototype._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    var n = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function _deleteRight() {
  if (this.cursor < this.line.length) {
    var n = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
    this._refreshLine();
  }
};

Interface.prototype._deleteLineLeft = function _deleteLineLeft() {
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function _deleteLineRight() {
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

Interface.prototype._wordLeft = function _wordLeft() {
  if (this.cursor > 0) {
    var leading = this.line.slice(0, this.cursor);
    var m = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading);
    this._moveCursor(-m[0].length || -1);
  }
};

Interface.prototype._wordRight = function _wordRight() {
  if (this.cursor < this.line.length) {
    var trailing = this.line.slice(this.cursor);
    var m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
    this._moveCursor(m[0].length);
  }
};

Interface.prototype._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    var leading = this.line.slice(0, this.cursor);
    var m = /(?:[^\w\s]+|\w+|)\s*$/.exec(leading);
    var n = m[0].length || 1;
    this.line = leading.slice(0, leading.length - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

Interface.prototype._deleteWordRight = function _deleteWordRight() {
  if (this.cursor < this.line.length) {
    var trailing = this.line.slice(this.cursor);
    var m = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
    this.line = this.line.slice(0, this.cursor) + trailing.slice(m[0].length);
    this._refreshLine();
  }
};

Interface.prototype._addHistory = function _addHistory() {
  var line = this.line;
  if (line.length === 0) return '';
  if (this.historySize === 0) return line;
  if (line.trim().length === 0) return line;
  if (this.history.length === 0 || this.history[0] !== line) {
    if (this.removeHistoryDuplicates) {
      var dup = this.history.indexOf(line);
      if (dup !== -1) this.history.splice(dup, 1);
    }
    this.history.unshift(line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  this.emit('history', this.history);
  return this.history[0];
};

Interface.prototype._historyPrev = function _historyPrev() {
  if (this.historyIndex + 1 < this.history.length) {
    if (this.historyIndex === -1) this._savedLine = this.line;
    this.historyIndex++;
    this.line = this.history[this.historyIndex];
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._historyNext = function _historyNext() {
  if (this.historyIndex > 0) {
    this.historyIndex--;
    this.line = this.history[this.historyIndex];
    this.cursor = this.line.length;
    this._refreshLine();
  } else if (this.historyIndex === 0) {
    this.historyIndex = -1;
    this.line = this._savedLine;
    this._savedLine = '';
    this.cursor = this.line.length;
    this._refreshLine();
  }
};

Interface.prototype._line = function _line() {
  var line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

// ---- terminal mode: completion --------------------------------------------

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  var sorted = strings.slice().sort();
  var min = sorted[0], max = sorted[sorted.length - 1];
  var i = 0;
  while (i < min.length && min.charCodeAt(i) === max.charCodeAt(i)) i++;
  return min.slice(0, i);
}

Interface.prototype._tabComplete = function _tabComplete() {
  var self = this;
  this.pause();
  var done = false;
  function callback(err, value) {
    if (done) return;
    done = true;
    self.resume();
    if (err) {
      self._writeToOutput('Tab completion error: ' + String(err));
      return;
    }
    if (!value || !Array.isArray(value[0])) return;
    var completions = value[0];
    var completeOn = value[1] === undefined ? '' : String(value[1]);
    if (completions.length === 0) return;
    var real = completions.filter(function (c) { return c; });
    if (real.length === 1) {
      self._insertString(real[0].slice(completeOn.length));
      return;
    }
    // Show the candidates in columns, groups separated by blank entries.
    self._writeToOutput('\r\n');
    var width = real.reduce(function (a, c) { return c.length > a ? c.length : a; }, 0) + 2;
    var maxColumns = Math.floor(self.columns / width);
    if (!maxColumns || maxColumns === Infinity) maxColumns = 1;
    var group = [];
    for (var i = 0; i < completions.length; i++) {
      var c = completions[i];
      if (c === '') {
        handleGroup(self, group, width, maxColumns);
        group = [];
      } else {
        group.push(c);
      }
    }
    handleGroup(self, group, width, maxColumns);
    var prefix = commonPrefix(real);
    if (prefix.length > completeOn.length) self._insertString(prefix.slice(completeOn.length));
    self._refreshLine();
  }
  var line = this.line.slice(0, this.cursor);
  try {
    if (this.completer.length === 2) {
      this.completer(line, callback);
    } else {
      var res = this.completer(line);
      if (res && typeof res.then === 'function') {
        res.then(function (v) { callback(null, v); }, callback);
      } else {
        callback(null, res);
      }
    }
  } catch (e) {
    callback(e);
  }
};

function handleGroup(self, group, width, maxColumns) {
  if (group.length === 0) return;
  var minRows = Math.ceil(group.length / maxColumns);
  for (var row = 0; row < minRows; row++) {
    for (var col = 0; col < maxColumns; col++) {
      var idx = row * maxColumns + col;
      if (idx >= group.length) break;
      var item = group[idx];
      self._writeToOutput(item);
      if (col < maxColumns - 1) {
        for (var s = 0; s < width - item.length; s++) self._writeToOutput(' ');
      }
    }
    self._writeToOutput('\r\n');
  }
  self._writeToOutput('\r\n');
}

// ---- terminal mode: keys ----------------------------------------------------

Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  key = key || {};
  var previousKeyWasTab = this._sawTab;
  this._sawTab = false;
  if (key.name === 'escape') return;

  if (key.ctrl && key.shift) {
    switch (key.name) {
      case 'backspace': this._deleteLineLeft(); return;
      case 'delete': this._deleteLineRight(); return;
    }
  }

  if (key.ctrl) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h':
        this._deleteLeft();
        break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u':
        this._deleteLineLeft();
        break;
      case 'k':
        this._deleteLineRight();
        break;
      case 'a':
        this._moveCursor(-Infinity);
        break;
      case 'e':
        this._moveCursor(+Infinity);
        break;
      case 'b':
        this._moveCursor(-charLengthLeft(this.line, this.cursor));
        break;
      case 'f':
        this._moveCursor(+charLengthAt(this.line, this.cursor));
        break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n':
        this._historyNext();
        break;
      case 'p':
        this._historyPrev();
        break;
      case 'z':
        this._suspend();
        break;
      case 'w':
      case 'backspace':
        this._deleteWordLeft();
        break;
      case 'delete':
        this._deleteWordRight();
        break;
      case 'left':
        this._wordLeft();
        break;
      case 'right':
        this._wordRight();
        break;
    }
    return;
  }

  if (key.meta) {
    switch (key.name) {
      case 'b': this._wordLeft(); break;
      case 'f': this._wordRight(); break;
      case 'd':
      case 'delete': this._deleteWordRight(); break;
      case 'backspace': this._deleteWordLeft(); break;
    }
    return;
  }

  switch (key.name) {
    case 'return':
      this._sawReturnAt = Date.now();
      this._line();
      break;
    case 'enter':
      if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
      this._sawReturnAt = 0;
      break;
    case 'backspace':
      this._deleteLeft();
      break;
    case 'delete':
      this._deleteRight();
      break;
    case 'left':
      this._moveCursor(-charLengthLeft(this.line, this.cursor));
      break;
    case 'right':
      this._moveCursor(+charLengthAt(this.line, this.cursor));
      break;
    case 'home':
      this._moveCursor(-Infinity);
      break;
    case 'end':
      this._moveCursor(+Infinity);
      break;
    case 'up':
      this._historyPrev();
      break;
    case 'down':
      this._historyNext();
      break;
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled !== false) {
        this._sawTab = true;
        this._tabComplete(previousKeyWasTab);
        break;
      }
      // falls through: without a completer a tab is text
    default:
      if (typeof s === 'string' && s) {
        var lines = s.split(/\r\n|\n|\r/);
        for (var i = 0; i < lines.length; i++) {
          if (i > 0) this._line();
          if (lines[i]) this._insertString(lines[i]);
        }
      }
  }
};

// _suspend handles ^Z: 'SIGTSTP' if listened to, else the process stops
// (as in a cooked terminal) and, once continued, 'pause' and 'SIGCONT'.
Interface.prototype._suspend = function _suspend() {
  if (this.listenerCount('SIGTSTP') > 0) {
    this.emit('SIGTSTP');
    return;
  }
  var wasPaused = this.paused;
  this._setRawMode(false);
  try {
    process.kill(process.pid, 'SIGTSTP');
  } catch (e) {
    // no job control: carry on
  }
  if (!wasPaused) {
    this.pause();
    this.emit('SIGCONT');
    if (this.listenerCount('SIGCONT') === 0) this.resume();
  }
  this._setRawMode(true);
  this._refreshLine();
};

// ---- async iteration ---------------------------------------------------------

if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
}

/**
 * rl[Symbol.asyncIterator]() returns an async iterator over the lines
 * (goja has no for-await; call next() and await its promise).
 */
Interface.prototype[Symbol.asyncIterator] = function () {
  var self = this;
  var queue = [];
  var waiting = [];
  var finished = false;
  var error = null;
  function onLine(line) {
    if (waiting.length) waiting.shift().resolve({ value: line, done: false });
    else queue.push(line);
  }
  function onClose() {
    finished = true;
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  }
  function onError(err) {
    error = err;
    while (waiting.length) waiting.shift().reject(err);
  }
  function cleanup() {
    self.removeListener('line', onLine);
    self.removeListener('close', onClose);
    self.removeListener('error', onError);
  }
  this.on('line', onLine);
  this.on('close', onClose);
  this.on('error', onError);
  if (this.closed) finished = true;
  var it = {
    next: function () {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) return Promise.reject(error);
      if (finished) {
        cleanup();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise(function (resolve, reject) { waiting.push({ resolve: resolve, reject: reject }); });
    },
    return: function () {
      cleanup();
      finished = true;
      self.close();
      return Promise.resolve({ value: undefined, done: true });
    }
  };
  it[Symbol.asyncIterator] = function () { return it; };
  return it;
};

// ---- keypress decoding ------------------------------------------------------

var csiKeys = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5',
  '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  '[[5~': 'pageup', '[[6~': 'pagedown',
  '[Z': 'tab', '[200~': 'paste-start', '[201~': 'paste-end'
};

function charKey(ch) {
  var key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === kEscape) key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a' && ch !== '\x00') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// parseKeys decodes s into [chunk, key] pairs; an escape sequence cut off at
// the end of s is returned as the leftover, to be completed by the next data.
function parseKeys(s, out) {
  var i = 0;
  var n = s.length;
  while (i < n) {
    var ch = s[i];
    if (ch === kEscape) {
      if (i + 1 >= n) return s.slice(i);
      var c1 = s[i + 1];
      if (c1 === '[' || c1 === 'O') {
        var j = i + 2;
        var lead = '';
        if (c1 === '[' && s[j] === '[') {
          lead = '[';
          j++;
        }
        var pstart = j;
        while (j < n && /[0-9;]/.test(s[j])) j++;
        if (j >= n) return s.slice(i);
        var params = s.slice(pstart, j);
        var final = s[j];
        var seq = s.slice(i, j + 1);
        var mod = 1;
        var parts = params.split(';');
        if (parts.length > 1) {
          mod = parseInt(parts[1], 10) || 1;
          params = parts[0] === '1' ? '' : parts[0];
        } else if (c1 === 'O' && params) {
          mod = parseInt(params, 10) || 1;
          params = '';
        }
        var code = c1 + lead + params + final;
        var key = {
          sequence: seq, name: csiKeys[code], code: code,
          ctrl: !!((mod - 1) & 4), meta: !!((mod - 1) & 10), shift: !!((mod - 1) & 1)
        };
        if (code === '[Z') key.shift = true;
        out.push([undefined, key]);
        i = j + 1;
        continue;
      }
      if (c1 === kEscape) {
        out.push([undefined, { sequence: kEscape + kEscape, name: 'escape', ctrl: false, meta: true, shift: false }]);
        i += 2;
        continue;
      }
      var mk = charKey(c1);
      mk.sequence = kEscape + c1;
      mk.meta = true;
      out.push([undefined, mk]);
      i += 2;
      continue;
    }
    var cp = s.codePointAt(i);
    var len = cp > 0xffff ? 2 : 1;
    var chs = s.slice(i, i + len);
    out.push([chs, charKey(chs)]);
    i += len;
  }
  return '';
}

/**
 * emitKeypressEvents(stream[, interface]) makes stream emit
 * 'keypress'(s, key) for what it reads, while it has 'keypress' listeners.
 */
function emitKeypressEvents(stream, iface) {
  if (stream._keypressDecoder) return;
  defineHidden(stream, '_keypressDecoder', new StringDecoder('utf8'));
  var pending = '';
  var timer = null;
  var timeout = iface && typeof iface.escapeCodeTimeout === 'number' ? iface.escapeCodeTimeout : 500;

  function emitAll(list) {
    for (var i = 0; i < list.length; i++) {
      var s = list[i][0], key = list[i][1];
      // an unknown escape sequence is a keypress too (key.name undefined)
      if (key.name !== undefined || s || key.sequence) stream.emit('keypress', s, key);
    }
  }

  function flushPending() {
    timer = null;
    if (!pending) return;
    var p = pending;
    pending = '';
    var list = [[undefined, charKey(kEscape)]];
    var rest = p.slice(1);
    var left = parseKeys(rest, list);
    if (left) list.push([left, { sequence: left, name: undefined, ctrl: false, meta: false, shift: false }]);
    emitAll(list);
  }

  function onData(b) {
    if (stream.listenerCount('keypress') > 0) {
      var r = typeof b === 'string' ? b : stream._keypressDecoder.write(b);
      if (!r) return;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      var list = [];
      pending = parseKeys(pending + r, list);
      emitAll(list);
      // a chunk ending in a lone ESC is the escape key (as in v0.10); only
      // a sequence cut after its introducer waits for the rest
      if (pending === kEscape) flushPending();
      else if (pending) timer = setTimeout(flushPending, timeout);
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// ---- cursor helpers ------------------------------------------------------

var CSI = '\x1b[';

function finishWrite(stream, data, cb) {
  if (stream === null || stream === undefined) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  return stream.write(data, cb);
}

/** cursorTo(stream, x[, y][, cb]) moves the cursor to column x (and row y). */
function cursorTo(stream, x, y, cb) {
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (typeof x !== 'number' || x !== x) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  if (typeof y !== 'number' || y !== y) return finishWrite(stream, CSI + (x + 1) + 'G', cb);
  return finishWrite(stream, CSI + (y + 1) + ';' + (x + 1) + 'H', cb);
}

/** moveCursor(stream, dx, dy[, cb]) moves the cursor relative to where it is. */
function moveCursor(stream, dx, dy, cb) {
  var data = '';
  if (dx < 0) data += CSI + (-dx) + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + (-dy) + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  if (data === '') {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  return finishWrite(stream, data, cb);
}

/**
 * clearLine(stream, dir[, cb]) clears the line: left of the cursor (dir < 0),
 * right of it (dir > 0) or all of it (0).
 */
function clearLine(stream, dir, cb) {
  var code = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return finishWrite(stream, code, cb);
}

/** clearScreenDown(stream[, cb]) clears from the cursor to the end of the screen. */
function clearScreenDown(stream, cb) {
  return finishWrite(stream, CSI + '0J', cb);
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

exports.Interface = Interface;
exports.createInterface = createInterface;
exports.cursorTo = cursorTo;
exports.moveCursor = moveCursor;
exports.clearLine = clearLine;
exports.clearScreenDown = clearScreenDown;
exports.emitKeypressEvents = emitKeypressEvents;
defineHidden(exports, '_stripVTControlCharacters', stripVTControlCharacters);
// The width helpers v0.12's readline exported (undocumented; hidden here).
defineHidden(exports, 'stripVTControlCharacters', stripVTControlCharacters);
defineHidden(exports, 'isFullWidthCodePoint', function isFullWidthCodePoint(cp) {
  return typeof cp === 'number' && isFullWidth(cp);
});
defineHidden(exports, 'codePointAt', function codePointAt(str, index) {
  return String(str).codePointAt(index);
});
defineHidden(exports, 'getStringWidth', function getStringWidth(str) {
  str = stripVTControlCharacters(str);
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var cp = str.codePointAt(i);
    if (cp > 0xffff) i++;
    width += isFullWidth(cp) ? 2 : isZeroWidth(cp) ? 0 : 1;
  }
  return width;
});
