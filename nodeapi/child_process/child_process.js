'use strict';
// Node's 'child_process' module, written from the v0.10 manual and the
// observed behaviour of later Node versions.
//
// binding (Go, child_process.go):
//   spawn(opts)      starts an OS process: {pid, stdio, channel, kill(sig) → errno,
//                    ref, unref; onexit(code, signal), oncopiesdone()} or {error}
//   spawnSync(opts)  {pid, status, signal, output, error}
//   fork(opts)       starts a forked isolate (opts.modulePath resolved against the
//                    child's cwd): {pid, stdio, channel, kill, ref, unref; onexit}
//   ipc              the IPC half shared with forked children (ipc.js):
//                    setupChannel, nodeError, invalidArgType
// Readable sources have resume(), close() and call ondata(buf) → bool, onend(err);
// sinks have write(buf, cb) and close(); channels are ipc.js's.
//
// Choices where Node versions differ: exec's maxBuffer follows Node ≥ 12 —
// default 1024 * 1024 bytes, and the error is a RangeError with code
// 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' ('stdout maxBuffer length exceeded'),
// not v0.10's plain 'stdout maxBuffer exceeded.' (200 KiB default).

var EventEmitter = require('events');
var stream = require('stream');
var Buffer = require('buffer').Buffer;
var util = require('util');
var pathMod = require('path');

var signals = process._signals;
var nextTick = process.nextTick;

var nodeError = binding.ipc.nodeError;
var invalidArgType = binding.ipc.invalidArgType;
var setupChannel = binding.ipc.setupChannel;

function signalNumber(sig, name) {
  if (sig === undefined || sig === null) return signals.SIGTERM;
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(signals, sig)) return signals[sig];
  if (typeof sig === 'string' && Object.prototype.hasOwnProperty.call(signals, sig.toUpperCase())) {
    throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig + ' (signals must use all capital letters)');
  }
  throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
}

function errnoSpawnError(e, file, args, syscall) {
  var err = new Error((syscall || 'spawn') + ' ' + file + ' ' + e.code);
  err.errno = e.errno;
  err.code = e.code;
  err.syscall = (syscall || 'spawn') + ' ' + file;
  err.path = file;
  err.spawnargs = args.slice(1);
  return err;
}

// ---- stdio streams ---------------------------------------------------------

function makeReadable(src) {
  var r = new stream.Readable({
    read: function () { src.resume(); },
    destroy: function (err, cb) { src.close(); cb(err); }
  });
  src.ondata = function (buf) { return r.push(buf); };
  src.onend = function (err) {
    if (err) r.destroy(err);
    else r.push(null);
  };
  r._cpSource = src;
  return r;
}

function makeWritable(sink) {
  var w = new stream.Writable({
    write: function (chunk, enc, cb) {
      if (typeof chunk === 'string') chunk = Buffer.from(chunk, enc);
      sink.write(chunk, function (err) { cb(err || null); });
    },
    final: function (cb) { sink.close(); cb(); },
    destroy: function (err, cb) { sink.close(); cb(err); }
  });
  return w;
}

// ---- ChildProcess -------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = null;
}
util.inherits(ChildProcess, EventEmitter);

ChildProcess.prototype._maybeClose = function () {
  this._closesGot++;
  if (this._closesGot === this._closesNeeded) {
    this.emit('close', this.exitCode, this.signalCode);
  }
};

ChildProcess.prototype._wire = function (h, ipcIndex) {
  var self = this;
  self._handle = h;
  self.pid = h.pid;
  var stdio = [];
  for (var i = 0; i < h.stdio.length; i++) {
    var s = h.stdio[i];
    if (s === null || s === undefined || i === ipcIndex) { stdio.push(null); continue; }
    var st;
    if (typeof s.resume === 'function') {
      st = makeReadable(s);
      self._closesNeeded++;
      st.on('close', function () { self._maybeClose(); });
    } else {
      st = makeWritable(s);
    }
    stdio.push(st);
  }
  self.stdio = stdio;
  self.stdin = stdio[0] || null;
  self.stdout = stdio[1] || null;
  self.stderr = stdio[2] || null;
  if (h.copies) {
    self._closesNeeded++;
    h.oncopiesdone = function () { self._maybeClose(); };
  }
  if (h.channel) {
    self._closesNeeded++;
    self._onChannelClosed = function () { self._maybeClose(); };
    setupChannel(self, h.channel);
  }
  h.onexit = function (code, signal) {
    if (signal) self.signalCode = signal;
    else self.exitCode = code;
    self._handle = null;
    if (self.stdin) self.stdin.destroy();
    self.emit('exit', self.exitCode, self.signalCode);
    // as Node: unconsumed output of an exited child is discarded
    for (var j = 1; j < stdio.length; j++) {
      var r = stdio[j];
      if (r && r.readable && r._readableState && !r._readableState.readableListening && r._readableState.flowing === null) r.resume();
    }
    // the channel's end comes after the exit; until it does, the channel
    // keeps the loop alive (even unref'd), or 'close' could be lost
    if (self.connected && self._channelRef) self._channelRef();
    self._maybeClose();
  };
};

ChildProcess.prototype.spawn = function (options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  var file = options.file;
  var args = options.args || [file];
  this.spawnfile = file;
  this.spawnargs = args;
  var stdio = normalizeStdio(options.stdio);
  var ipcIndex = -1;
  for (var i = 0; i < stdio.length; i++) if (stdio[i].type === 'ipc') ipcIndex = i;
  var h = binding.spawn({
    file: file, args: args, envPairs: options.envPairs, cwd: options.cwd,
    detached: !!options.detached, uid: options.uid, gid: options.gid, stdio: stdio
  });
  var self = this;
  if (h.error) {
    var err = errnoSpawnError(h.error, file, args);
    // As Node, the streams it would have piped exist, already destroyed, and
    // the failure is reported asynchronously.
    this._deadStdio(stdio, ipcIndex);
    nextTick(function () {
      self.emit('error', err);
      self.emit('close', h.error.errno, null);
    });
    return err;
  }
  this._wire(h, ipcIndex);
  nextTick(function () { self.emit('spawn'); });
  return undefined;
};

ChildProcess.prototype._deadStdio = function (stdio, ipcIndex) {
  var Stream = require('stream');
  var out = [];
  for (var i = 0; i < stdio.length; i++) {
    var st = null;
    if (stdio[i].type === 'pipe' && i !== ipcIndex) {
      st = i === 0 ? new Stream.Writable({ write: function (c, e, cb) { cb(); } }) : new Stream.Readable({ read: function () {} });
      st.destroy();
    }
    out.push(st);
  }
  this.stdio = out;
  this.stdin = out[0];
  this.stdout = out[1];
  this.stderr = out[2];
};

ChildProcess.prototype.kill = function (sig) {
  var num = signalNumber(sig === undefined ? 'SIGTERM' : sig);
  if (!this._handle) return false;
  var r = this._handle.kill(num);
  if (r === 0) {
    this.killed = true;
    return true;
  }
  if (r !== -3 /* ESRCH */) {
    var e = new Error('kill ' + codeOf(r));
    e.errno = r; e.code = codeOf(r); e.syscall = 'kill';
    this.emit('error', e);
  }
  return false;
};

function codeOf(errno) {
  switch (-errno) {
    case 1: return 'EPERM';
    case 3: return 'ESRCH';
    case 22: return 'EINVAL';
  }
  return 'UNKNOWN';
}

ChildProcess.prototype.ref = function () { if (this._handle) this._handle.ref(); };
ChildProcess.prototype.unref = function () { if (this._handle) this._handle.unref(); };

// normalizeStdio turns Node's stdio option into [{type, fd}].
function normalizeStdio(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore': case 'pipe': case 'inherit': case 'overlapped':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.stdio' is invalid. Received '" + stdio + "'");
    }
  } else if (!Array.isArray(stdio)) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.stdio' is invalid. Received " + util.inspect(stdio));
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  var out = [];
  var ipc = false;
  for (var i = 0; i < stdio.length; i++) {
    var s = stdio[i];
    if (s === undefined || s === null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ipc') {
      if (ipc) throw nodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
      ipc = true;
      out.push({ type: 'ipc' });
    } else if (s === 'pipe' || s === 'overlapped' || s === 'ignore' || s === 'inherit') {
      out.push({ type: s === 'overlapped' ? 'pipe' : s });
    } else if (typeof s === 'number') {
      out.push({ type: 'fd', fd: s });
    } else if (s && typeof s === 'object' && typeof s.fd === 'number' && s.fd >= 0) {
      out.push({ type: 'fd', fd: s.fd });
    } else if (s && typeof s === 'object' && (s === process.stdout || s === process.stderr || s === process.stdin)) {
      out.push({ type: 'fd', fd: s === process.stdin ? 0 : s === process.stdout ? 1 : 2 });
    } else {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.stdio' is invalid. Received " + util.inspect(s));
    }
  }
  return out;
}

// customFds (v0.10, deprecated): [stdin, stdout, stderr] fds, -1 for a pipe.
function stdioFromCustomFds(fds) {
  return [0, 1, 2].map(function (i) {
    var fd = fds[i];
    return typeof fd === 'number' && fd >= 0 ? fd : 'pipe';
  });
}

function envPairs(env) {
  var pairs = [];
  for (var k in env) {
    var v = env[k];
    if (v !== undefined) pairs.push(k + '=' + v);
  }
  return pairs;
}

function validateString(v, name) {
  if (typeof v !== 'string') throw invalidArgType(name, 'of type string', v);
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args === undefined || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw invalidArgType('args', 'an instance of Array', args);
  } else {
    options = args;
    args = [];
  }
  // v0.10: an options argument that is not an object is ignored
  if (options === null || typeof options !== 'object') options = {};
  options = Object.assign({}, options);
  if (options.cwd !== undefined && options.cwd !== null) {
    if (typeof options.cwd === 'object' && options.cwd.href && options.cwd.protocol === 'file:') options.cwd = options.cwd.pathname;
    validateString(options.cwd, 'options.cwd');
  }
  if (options.shell) {
    var command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  var argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  var stdio = options.stdio;
  if (stdio === undefined && Array.isArray(options.customFds)) stdio = stdioFromCustomFds(options.customFds);
  return {
    file: file,
    args: [argv0].concat(args),
    envPairs: options.env ? envPairs(options.env) : undefined,
    cwd: options.cwd,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    stdio: stdio,
    windowsHide: !!options.windowsHide,
    options: options
  };
}

function spawn(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var child = new ChildProcess();
  child.spawn(opts);
  var o = opts.options;
  if (o.timeout > 0) {
    var t = setTimeout(function () {
      if (child.exitCode === null && child.signalCode === null) child.kill(o.killSignal);
    }, o.timeout);
    child.once('exit', function () { clearTimeout(t); });
  }
  return child;
}

// ---- exec / execFile --------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  var o = normalizeExecArgs(command, options, callback);
  return execFile(o.file, o.options, o.callback);
}

function isEncoding(enc) {
  return typeof enc === 'string' && enc !== 'buffer' && Buffer.isEncoding(enc);
}

// joinChunks concatenates what exec collected from a stdio stream: Buffers,
// or strings when the caller called setEncoding on child.stdout/stderr.
function joinChunks(list, encoding) {
  for (var i = 0; i < list.length; i++) {
    if (typeof list[i] === 'string') {
      return list.map(function (c) { return typeof c === 'string' ? c : c.toString(encoding || 'utf8'); }).join('');
    }
  }
  var b = Buffer.concat(list);
  return encoding ? b.toString(encoding) : b;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = []; options = {}; }
  else if (args !== null && typeof args === 'object' && !Array.isArray(args)) { callback = options; options = args; args = []; }
  else if (typeof options === 'function') { callback = options; options = {}; }
  if (args === undefined || args === null) args = [];
  options = Object.assign({ encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', cwd: null, env: null, shell: false }, options);
  // v0.10: a callback that is not a function is ignored
  if (typeof callback !== 'function') callback = undefined;
  var child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, uid: options.uid, shell: options.shell,
    windowsHide: !!options.windowsHide, detached: !!options.detached, argv0: options.argv0
  });
  var encoding = isEncoding(options.encoding) ? options.encoding : null;
  var out = [], errs = [];
  var outLen = 0, errLen = 0;
  var exited = false, killed = false, timer = null, ex = null;
  var cmd = file;
  if (args.length) cmd += ' ' + args.join(' ');

  function done(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) { clearTimeout(timer); timer = null; }
    if (!callback) return;
    var stdout = joinChunks(out, encoding), stderr = joinChunks(errs, encoding);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args.length && options.shell === false) { /* cmd as given */ }
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? code : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }
  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try { child.kill(options.killSignal); } catch (e) { ex = e; done(null, null); }
  }
  if (options.timeout > 0) {
    timer = setTimeout(function () { kill(); timer = null; }, options.timeout);
  }
  function collect(which) {
    return function (chunk) {
      var len = which === out ? outLen : errLen;
      var room = options.maxBuffer - len;
      if (chunk.length > room) {
        which.push(chunk.slice(0, Math.max(room, 0)));
        if (which === out) outLen += Math.max(room, 0); else errLen += Math.max(room, 0);
        ex = nodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (which === out ? 'stdout' : 'stderr') + ' maxBuffer length exceeded');
        kill();
        return;
      }
      which.push(chunk);
      if (which === out) outLen += chunk.length; else errLen += chunk.length;
    };
  }
  if (child.stdout) child.stdout.on('data', collect(out));
  if (child.stderr) child.stderr.on('data', collect(errs));
  child.addListener('close', done);
  child.addListener('error', function (e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    done(null, null);
  });
  return child;
}

// ---- sync forms ------------------------------------------------------------

function spawnSync(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var o = opts.options;
  var input = o.input;
  if (input !== undefined && typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw invalidArgType('options.input', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  if (typeof input === 'string') input = Buffer.from(input, o.encoding && o.encoding !== 'buffer' ? o.encoding : 'utf8');
  var stdio = normalizeStdio(opts.stdio);
  for (var i = 0; i < stdio.length; i++) {
    if (stdio[i].type === 'ipc') throw nodeError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
  }
  var r = binding.spawnSync({
    file: opts.file, args: opts.args, envPairs: opts.envPairs, cwd: opts.cwd,
    detached: opts.detached, uid: opts.uid, gid: opts.gid, stdio: stdio, input: input,
    timeout: o.timeout > 0 ? o.timeout : undefined,
    maxBuffer: o.maxBuffer === undefined ? 1024 * 1024 : o.maxBuffer,
    killSignal: signalNumber(o.killSignal === undefined ? 'SIGTERM' : o.killSignal)
  });
  var result = {};
  if (r.error) result.error = errnoSpawnError(r.error, opts.file, opts.args, 'spawnSync');
  result.status = r.status === undefined ? null : r.status;
  result.signal = r.signal === undefined ? null : r.signal;
  var output = r.output || null;
  if (output && isEncoding(o.encoding)) {
    output = output.map(function (b) { return b === null ? null : b.toString(o.encoding); });
  }
  result.output = output;
  result.pid = r.pid || 0;
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  if (result.error) {
    result.error.spawnargs = opts.args.slice(1);
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  if (args !== null && typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
  options = Object.assign({}, options);
  var inheritStderr = !options.stdio;
  var ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, [file].concat(args || []), undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  var inheritStderr = !options.stdio;
  var ret = spawnSync(command, [], options);
  if (inheritStderr && ret.stderr && ret.stderr.length) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, [], command);
  if (err) throw err;
  return ret.stdout;
}

// ---- fork --------------------------------------------------------------------

function fork(modulePath, args, options) {
  if (typeof modulePath === 'object' && modulePath !== null && modulePath.href && modulePath.protocol === 'file:') modulePath = modulePath.pathname;
  validateString(modulePath, 'modulePath');
  if (args == null) args = [];
  else if (!Array.isArray(args)) {
    if (typeof args !== 'object') throw invalidArgType('args', 'an instance of Array', args);
    options = args;
    args = [];
  }
  options = Object.assign({}, options);
  var execArgv = options.execArgv || process.execArgv;
  var silent = !!options.silent;
  var stdio = options.stdio;
  // another executable (options.execPath) can only run as an OS process
  if (options.isolation === 'process' || (options.execPath != null && options.execPath !== process.execPath)) {
    if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
    else if (!stdio) stdio = silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
    else if (stdio.indexOf('ipc') < 0) {
      throw nodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
    }
    return spawn(options.execPath || process.execPath, execArgv.concat([modulePath], args), {
      cwd: options.cwd, env: options.env, stdio: stdio, detached: options.detached,
      uid: options.uid, gid: options.gid, argv0: options.argv0
    });
  }
  var pipes = [silent, silent, silent];
  if (Array.isArray(stdio)) {
    for (var i = 0; i < 3; i++) pipes[i] = stdio[i] === 'pipe' || stdio[i] === 'overlapped';
  } else if (typeof stdio === 'string') {
    pipes = [stdio === 'pipe', stdio === 'pipe', stdio === 'pipe'];
  }
  // the child starts first, so that it can get going on another core
  // while this one builds the ChildProcess (binding.fork resolves
  // modulePath against the child's cwd)
  var h = binding.fork({
    modulePath: modulePath, args: args.map(String), execArgv: execArgv,
    envPairs: options.env ? envPairs(options.env) : undefined, cwd: options.cwd, pipes: pipes
  });
  var child = new ChildProcess();
  child.spawnfile = process.execPath;
  // [execPath, ...execArgv, modulePath, ...args] (concat is slow in goja)
  var spawnargs = [process.execPath], k;
  for (k = 0; k < execArgv.length; k++) spawnargs.push(execArgv[k]);
  spawnargs.push(modulePath);
  for (k = 0; k < args.length; k++) spawnargs.push(args[k]);
  child.spawnargs = spawnargs;
  child._wire(h, -1);
  nextTick(function () { child.emit('spawn'); });
  return child;
}

exports.ChildProcess = ChildProcess;
exports.spawn = spawn;
exports.exec = exec;
exports.execFile = execFile;
exports.fork = fork;
exports.spawnSync = spawnSync;
exports.execSync = execSync;
exports.execFileSync = execFileSync;
