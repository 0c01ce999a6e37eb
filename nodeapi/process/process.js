// The JS half of `process`: an EventEmitter carrying the native binding's
// values, plus exit, nextTick, the stdio streams and fatal-exception plumbing.
'use strict';

var EventEmitter = require('events');

function process() {}
process.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: process, writable: true, configurable: true, enumerable: false }
});

var proc = new process();
EventEmitter.call(proc);
module.exports = proc;

proc.title = binding.getTitle();
Object.defineProperty(proc, 'title', {
  get: function () { return binding.getTitle(); },
  set: function (v) { binding.setTitle(String(v)); },
  enumerable: true,
  configurable: true
});

proc.version = binding.version;
proc.versions = binding.versions;
proc.arch = binding.arch;
proc.platform = binding.platform;
proc.release = { name: 'node' };
proc.argv = binding.argv;
proc.execArgv = binding.execArgv;
proc.execPath = binding.execPath;
proc.env = binding.env;
proc.pid = binding.pid;
proc.ppid = binding.ppid;
proc.features = { debug: false, uv: true, ipv6: true, tls_npn: true, tls_sni: true, tls: true };
proc.config = { target_defaults: {}, variables: { node_prefix: '/usr', v8_enable_i18n_support: 0 } };
proc.maxTickDepth = 1000;
proc.moduleLoadList = [];
proc.exitCode = undefined;
proc._exiting = false;
proc.noDeprecation = false;
proc.throwDeprecation = false;
proc.traceDeprecation = false;

// cwd, chdir, umask, uptime, abort and the user and group ID methods are
// served by binding.methods, a prototype between process and
// process.prototype that makes each on first use (an assignment makes an
// own property, as usual): most isolates never call them.
Object.setPrototypeOf(binding.methods, process.prototype);
Object.setPrototypeOf(proc, binding.methods);
proc.memoryUsage = binding.memoryUsage;
proc.memoryUsage.rss = binding.rss;
proc.hrtime = binding.hrtime;
proc.cpuUsage = function cpuUsage(prev) {
  var u = binding.cpuUsage();
  var usage = { user: u[0], system: u[1] };
  if (prev) {
    if (typeof prev.user !== 'number' || typeof prev.system !== 'number') {
      var e = new TypeError('The "prevValue" argument must be an object with numeric user and system');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    usage.user -= prev.user;
    usage.system -= prev.system;
  }
  return usage;
};
proc.getActiveResourcesInfo = function getActiveResourcesInfo() {
  return binding.activeResources();
};
proc.hrtime.bigint = binding.hrtimeBigint;
proc.nextTick = binding.nextTick;
// process.binding: the internal bindings old code and Node's v0.10 tests
// reach for: 'buffer' (SlowBuffer) and 'natives' (the core module names;
// the sources are not exposed). Others throw, as an unknown name does.
proc.binding = function binding(name) {
  name = String(name);
  if (name === 'buffer') {
    var buffer = require('buffer');
    return { SlowBuffer: buffer.SlowBuffer, kMaxLength: buffer.kMaxLength };
  }
  if (name === 'natives') {
    var natives = {};
    require('module').builtinModules.forEach(function (m) { natives[m] = ''; });
    return natives;
  }
  throw new Error('No such module: ' + name);
};

// v0.10's exit() meant exit(0); later versions added process.exitCode. A
// bare exit() keeps an exitCode the program assigned, but not one an
// earlier exit(code) left (so exit() in an 'exit' listener still means 0).
var exitCodeOfExit;
proc.exit = function (code) {
  if (code !== undefined) {
    proc.exitCode = exitCodeOfExit = code;
  } else if (exitCodeOfExit !== undefined && proc.exitCode === exitCodeOfExit) {
    proc.exitCode = undefined;
  }
  if (!proc._exiting) {
    proc._exiting = true;
    proc.emit('exit', proc.exitCode | 0);
  }
  binding.reallyExit(proc.exitCode | 0);
};
proc.reallyExit = function (code) { binding.reallyExit(code | 0); };

// signal name → number: a read-only view of a table shared by all isolates
var signals = binding.signals;
Object.defineProperty(proc, '_signals', { value: signals, enumerable: false });

proc.kill = function (pid, sig) {
  if (pid != (pid | 0)) {
    var e = new TypeError('The "pid" argument must be of type number. Received ' + typeof pid);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  var num;
  if (sig === undefined) sig = 'SIGTERM';
  if (typeof sig === 'number') {
    num = sig;
  } else {
    num = signals[sig];
    if (num === undefined) {
      var err = new TypeError('Unknown signal: ' + sig);
      err.code = 'ERR_UNKNOWN_SIGNAL';
      throw err;
    }
  }
  proc._kill(pid, num);
  return true;
};
// process.kill signals through process._kill(pid, number), as v0.10's did
// (tests replace it to intercept the signal). It throws on failure and
// returns 0.
proc._kill = function _kill(pid, sig) { binding.kill(pid, sig); return 0; };

proc.emitWarning = function (warning, type, code) {
  if (typeof type === 'object' && type !== null) {
    code = type.code;
    type = type.type;
  }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = type || 'Warning';
    if (code !== undefined) w.code = code;
    warning = w;
  }
  if (warning.name === 'DeprecationWarning' && proc.noDeprecation) return;
  proc.nextTick(function () {
    proc.emit('warning', warning);
    var prefix = '(node:' + proc.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '');
    binding.writeFd(2, prefix + warning.name + ': ' + warning.message + '\n');
  });
};

// process.stdin, process.stdout and process.stderr are streams made on
// first use by internal/stdio (tty.ReadStream / tty.WriteStream on a
// terminal). Writes to stdout and stderr are synchronous.
var stdio, stdin, stdout, stderr;
function getStdio() { return stdio || (stdio = require('internal/stdio')); }
Object.defineProperty(proc, 'stdout', {
  get: function () { return stdout || (stdout = getStdio().createWritable(1)); },
  enumerable: true,
  configurable: true
});
Object.defineProperty(proc, 'stderr', {
  get: function () { return stderr || (stderr = getStdio().createWritable(2)); },
  enumerable: true,
  configurable: true
});
Object.defineProperty(proc, 'stdin', {
  get: function () { return stdin || (stdin = getStdio().createReadable()); },
  enumerable: true,
  configurable: true
});
var stdoutGetter = Object.getOwnPropertyDescriptor(proc, 'stdout').get;
var stderrGetter = Object.getOwnPropertyDescriptor(proc, 'stderr').get;
// _writeStdio writes a string to fd 1 or 2 for the global console: through
// process.stdout/stderr once they exist (or were replaced), straight to the
// fd before that, so that console.log does not build streams it needs not.
Object.defineProperty(proc, '_writeStdio', {
  value: function _writeStdio(fd, s) {
    var stream = fd === 1 ? stdout : stderr;
    if (stream === undefined) {
      var d = Object.getOwnPropertyDescriptor(proc, fd === 1 ? 'stdout' : 'stderr');
      if (d && d.get === (fd === 1 ? stdoutGetter : stderrGetter)) {
        binding.writeFd(fd, s);
        return;
      }
      stream = fd === 1 ? proc.stdout : proc.stderr;
    }
    stream.write(s);
  },
  enumerable: false
});
proc.openStdin = function () {
  proc.stdin.resume();
  return proc.stdin;
};
Object.defineProperty(proc, '_rawDebug', {
  value: function _rawDebug() { binding.writeFd(2, require('util').format.apply(null, arguments) + '\n'); },
  enumerable: false
});

// _fatalException reports whether an 'uncaughtException' listener took the
// error; it throws if a listener throws.
Object.defineProperty(proc, '_fatalException', {
  value: function _fatalException(er, origin) {
    if (proc.listeners('uncaughtException').length === 0) return false;
    proc.emit('uncaughtException', er, origin || 'uncaughtException');
    return true;
  },
  enumerable: false
});

Object.defineProperty(proc, '_emitUnhandledRejection', {
  value: function _emitUnhandledRejection(reason, promise) {
    return proc.emit('unhandledRejection', reason, promise);
  },
  enumerable: false
});

Object.defineProperty(proc, '_emitExit', {
  value: function _emitExit() {
    if (!proc._exiting) {
      proc._exiting = true;
      proc.emit('exit', proc.exitCode | 0);
    }
    return proc.exitCode | 0;
  },
  enumerable: false
});

// Signal events: the first listener for a signal name starts delivery, the
// last one removed stops it (the signal then gets its default action back).
// signalNames (number → name) is built on the first signal delivered, not
// in every isolate's startup.
var signalNames;
function emitSignal(num) {
  if (signalNames === undefined) {
    signalNames = Object.keys(signals).reduce(function (m, name) { m[signals[name]] = name; return m; }, {});
  }
  var name = signalNames[num];
  if (name === 'SIGIOT' || name === 'SIGPOLL') name = num === 6 ? 'SIGABRT' : 'SIGIO';
  proc.emit(name, name, num);
}
proc.on('newListener', function (type) {
  if (typeof type === 'string' && signals[type] !== undefined && proc.listeners(type).length === 0) {
    binding.watchSignal(signals[type], true, emitSignal);
  }
});
proc.on('removeListener', function (type) {
  if (typeof type === 'string' && signals[type] !== undefined && proc.listeners(type).length === 0) {
    binding.watchSignal(signals[type], false, emitSignal);
  }
});
