// The JS half of `process`: an EventEmitter carrying the native binding's
// values, plus exit, nextTick, the stdio streams and fatal-exception plumbing.
'use strict';

// process is an EventEmitter, but the 'events' module loads only when
// first used: until then process.prototype inherits from
// binding.lazyEmitter, which loads it when one of EventEmitter.prototype's
// properties is read through it, and is then replaced by the real
// EventEmitter.prototype (also when something else loads 'events' first).
// Until then only EventEmitter's methods can add listeners, which lets exit
// skip emitting.
function process() {}
var lazyEmitter = binding.lazyEmitter;
Object.setPrototypeOf(process.prototype, lazyEmitter);

var proc = new process();
// What EventEmitter.call(proc) does, with the two listeners of signal
// events (below) in place: _events is laid out as events.js (and Node) lay
// it out, a function for a single listener.
proc._events = Object.create(null);
proc._events.newListener = onNewListener;
proc._events.removeListener = onRemoveListener;
proc._eventsCount = 2;
proc._maxListeners = undefined;
module.exports = proc;

var eventsLoaded = false;
binding.whenEventsLoaded(function (EventEmitter) {
  eventsLoaded = true;
  // (a program that froze process.prototype keeps lazyEmitter, which
  // serves EventEmitter's methods all the same)
  if (Object.getPrototypeOf(process.prototype) === lazyEmitter && Object.isExtensible(process.prototype)) {
    Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
  }
});

// emitIfListened is proc.emit(type, arg), skipped while no listener can
// have been added (but the internal ones of signal events).
var hasOwn = Object.prototype.hasOwnProperty;
function emitIfListened(type, arg) {
  if (eventsLoaded || hasOwn.call(proc, 'emit') || hasOwn.call(process.prototype, 'emit')) {
    proc.emit(type, arg);
  }
}

// binding.accessor(obj, name, get, set) and binding.hide(obj, name, value)
// are Object.defineProperty with an enumerable, configurable accessor and
// with { value: value, enumerable: false }, without a descriptor object.
proc.title = binding.getTitle();
binding.accessor(proc, 'title', function () { return binding.getTitle(); },
  function (v) { binding.setTitle(String(v)); });

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
// --no-deprecation, --throw-deprecation, --trace-deprecation set these
// (a forked child inherits them through its execArgv).
proc.noDeprecation = proc.execArgv.indexOf('--no-deprecation') !== -1;
proc.throwDeprecation = proc.execArgv.indexOf('--throw-deprecation') !== -1;
proc.traceDeprecation = proc.execArgv.indexOf('--trace-deprecation') !== -1;

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
// reach for: 'buffer' (SlowBuffer), 'config' (build flags: the test/common
// of readable-stream@3 reads bits and hasIntl), 'constants', 'evals'
// (NodeScript) and 'natives' (each core module's "source": a stand-in that
// copies the loaded module's exports, for graceful-fs@3, which evaluates
// natives.fs to get a private copy of fs). Others throw, as an unknown name
// does.
proc.binding = function binding(name) {
  name = String(name);
  switch (name) {
    case 'buffer':
      var buffer = require('buffer');
      return { SlowBuffer: buffer.SlowBuffer, kMaxLength: buffer.kMaxLength };
    case 'config':
      return {
        isDebugBuild: false, hasOpenSSL: true, fipsMode: false, hasIntl: false,
        hasTracing: false, hasNodeOptions: false, hasInspector: false,
        noBrowserGlobals: false, bits: 64
      };
    case 'constants':
      return require('constants');
    case 'evals':
      return { NodeScript: require('vm').Script };
    case 'natives':
      var natives = {};
      require('module').builtinModules.forEach(function (m) {
        natives[m] = 'var m = require(' + JSON.stringify(m) + ');\n' +
          'Object.keys(m).forEach(function (k) { exports[k] = m[k]; });\n';
      });
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
binding.hide(proc, '_signals', signals);

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
function stdoutGetter() { return stdout || (stdout = getStdio().createWritable(1)); }
function stderrGetter() { return stderr || (stderr = getStdio().createWritable(2)); }
binding.accessor(proc, 'stdout', stdoutGetter);
binding.accessor(proc, 'stderr', stderrGetter);
binding.accessor(proc, 'stdin', function () { return stdin || (stdin = getStdio().createReadable()); });
// _writeStdio writes a string to fd 1 or 2 for the global console: through
// process.stdout/stderr once they exist (or were replaced), straight to the
// fd before that, so that console.log does not build streams it needs not.
binding.hide(proc, '_writeStdio', function _writeStdio(fd, s) {
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
});
proc.openStdin = function () {
  proc.stdin.resume();
  return proc.stdin;
};
binding.hide(proc, '_rawDebug', function _rawDebug() {
  binding.writeFd(2, require('util').format.apply(null, arguments) + '\n');
});

// _fatalException reports whether an 'uncaughtException' listener took the
// error; it throws if a listener throws.
// Unhandled, it first lets a cluster primary take its workers down
// (process._killWorkers, set by cluster), as v0.10 did.
binding.hide(proc, '_fatalException', function _fatalException(er, origin) {
  if (proc.listeners('uncaughtException').length === 0) {
    if (typeof proc._killWorkers === 'function') proc._killWorkers();
    return false;
  }
  proc.emit('uncaughtException', er, origin || 'uncaughtException');
  return true;
});

binding.hide(proc, '_emitUnhandledRejection', function _emitUnhandledRejection(reason, promise) {
  return proc.emit('unhandledRejection', reason, promise);
});

binding.hide(proc, '_emitExit', function _emitExit() {
  if (!proc._exiting) {
    proc._exiting = true;
    emitIfListened('exit', proc.exitCode | 0);
  }
  return proc.exitCode | 0;
});

binding.hide(proc, '_emitBeforeExit', function _emitBeforeExit(code) { emitIfListened('beforeExit', code); });

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
// A forked child's IPC channel counts its 'message' and 'disconnect'
// listeners through the hidden process._channelListeners(delta)
// (child_process's ipc.js), without adding listeners of its own, which would
// load 'events' in children that only send.
function onNewListener(type) {
  if ((type === 'message' || type === 'disconnect') && proc._channelListeners) proc._channelListeners(1);
  if (typeof type === 'string' && signals[type] !== undefined && proc.listeners(type).length === 0) {
    binding.watchSignal(signals[type], true, emitSignal);
  }
}
function onRemoveListener(type) {
  if ((type === 'message' || type === 'disconnect') && proc._channelListeners) proc._channelListeners(-1);
  if (typeof type === 'string' && signals[type] !== undefined && proc.listeners(type).length === 0) {
    binding.watchSignal(signals[type], false, emitSignal);
  }
}
