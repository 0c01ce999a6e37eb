// console: v0.10's methods (log, info, warn, error, dir, time, timeEnd,
// trace, assert) and the later ones npm code calls (debug, group, count,
// timeLog, table as a plain dump).
'use strict';

// util is loaded on the first call that needs more than joining strings:
// console.log('text') is the common case, and util is large.
var utilModule;
function util() { return utilModule || (utilModule = require('util')); }

// format is util.format, with a fast path for string arguments and no '%'
// in the first (where util.format only joins them with spaces).
function format(args) {
  var n = args.length;
  for (var i = 0; i < n; i++) {
    if (typeof args[i] !== 'string') return util().format.apply(null, args);
  }
  if (n > 0 && args[0].indexOf('%') !== -1) return util().format.apply(null, args);
  return n === 1 ? args[0] : Array.prototype.join.call(args, ' ');
}

function Console(stdout, stderr) {
  if (!(this instanceof Console)) {
    return new Console(stdout, stderr);
  }
  if (stdout && typeof stdout.write !== 'function' && typeof stdout.stdout === 'object') {
    stderr = stdout.stderr;
    stdout = stdout.stdout;
  }
  if (!stdout || typeof stdout.write !== 'function') {
    throw new TypeError('Console expects a writable stream instance');
  }
  if (!stderr) {
    stderr = stdout;
  }
  var prop = { writable: true, enumerable: false, configurable: true };
  prop.value = stdout;
  Object.defineProperty(this, '_stdout', prop);
  prop.value = stderr;
  Object.defineProperty(this, '_stderr', prop);
  prop.value = new Map();
  Object.defineProperty(this, '_times', prop);
  prop.value = new Map();
  Object.defineProperty(this, '_counts', prop);
  prop.value = '';
  Object.defineProperty(this, '_indent', prop);
  prop.value = function (s) { this._stdout.write(s); };
  Object.defineProperty(this, '_writeOut', prop);
  prop.value = function (s) { this._stderr.write(s); };
  Object.defineProperty(this, '_writeErr', prop);

  // bind the prototype functions to this Console instance
  var keys = Object.keys(Console.prototype);
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    this[k] = this[k].bind(this);
  }
}

function indent(self, text) {
  if (self._indent === '') return text;
  return self._indent + text.split('\n').join('\n' + self._indent);
}

Console.prototype.log = function () {
  this._writeOut(indent(this, format(arguments)) + '\n');
};

Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;

Console.prototype.warn = function () {
  this._writeErr(indent(this, format(arguments)) + '\n');
};

Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function (object, options) {
  var opts = { customInspect: false };
  if (options) {
    for (var k in options) opts[k] = options[k];
  }
  this._writeOut(indent(this, util().inspect(object, opts)) + "\n");
};

Console.prototype.time = function (label) {
  this._times.set(label === undefined ? 'default' : String(label), Date.now());
};

function elapsed(self, label) {
  label = label === undefined ? 'default' : String(label);
  var time = self._times.get(label);
  if (time === undefined) {
    throw new Error('No such label: ' + label);
  }
  return { label: label, ms: Date.now() - time };
}

// v0.10 prints whole milliseconds: "label: 12ms".
Console.prototype.timeEnd = function (label) {
  var t = elapsed(this, label);
  this._times.delete(t.label);
  this.log('%s: %dms', t.label, t.ms);
};

Console.prototype.timeLog = function (label) {
  var t = elapsed(this, label);
  var extra = Array.prototype.slice.call(arguments, 1);
  this.log.apply(this, ['%s: %dms', t.label, t.ms].concat(extra));
};

Console.prototype.trace = function trace() {
  var err = new Error();
  err.name = 'Trace';
  err.message = format(arguments);
  Error.captureStackTrace(err, trace);
  this.error(err.stack);
};

// v0.10 throws an AssertionError; later versions only print.
Console.prototype.assert = function (expression) {
  if (!expression) {
    var arr = Array.prototype.slice.call(arguments, 1);
    require('assert').ok(false, format(arr));
  }
};

Console.prototype.count = function (label) {
  label = label === undefined ? 'default' : String(label);
  var n = (this._counts.get(label) || 0) + 1;
  this._counts.set(label, n);
  this.log('%s: %d', label, n);
};

Console.prototype.countReset = function (label) {
  this._counts.delete(label === undefined ? 'default' : String(label));
};

Console.prototype.group = function () {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._indent += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function () {
  this._indent = this._indent.slice(0, Math.max(0, this._indent.length - 2));
};

Console.prototype.table = function (data) {
  this.log(data);
};

Console.prototype.dirxml = Console.prototype.log;

// The global console: its streams are process.stdout/stderr, looked up on
// use; until a program touches those, lines go straight to the fd.
var stdioStub = { write: function () {} };
var globalConsole = new Console(stdioStub, stdioStub);
Object.defineProperty(globalConsole, '_stdout', { get: function () { return process.stdout; }, configurable: true });
Object.defineProperty(globalConsole, '_stderr', { get: function () { return process.stderr; }, configurable: true });
Object.defineProperty(globalConsole, '_writeOut', { value: function (s) { process._writeStdio(1, s); }, configurable: true, writable: true });
Object.defineProperty(globalConsole, '_writeErr', { value: function (s) { process._writeStdio(2, s); }, configurable: true, writable: true });
module.exports = globalConsole;
module.exports.Console = Console;
