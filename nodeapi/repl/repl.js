'use strict';
// Node's 'repl' module, written from the v0.10 manual's REPL section and the
// observed behaviour of Node.
//
// REPLServer is a readline Interface (as in later Node; v0.10's REPLServer
// held one as `rli`, and `rli` here is the server itself). Each line is
// evaluated by `eval(cmd, context, filename, callback)`; the default eval
// runs the code as a script in the isolate's global scope (useGlobal) or,
// without useGlobal, in the scope of a context object (a `with` scope over
// the global scope: `var`s land in the global scope, `let`/`const` do not
// outlive their line). Code that ends early (SyntaxError "Unexpected end
// of input") is kept and completed by the next lines, under the '... '
// prompt. Results are printed with util.inspect (colors in terminal mode);
// errors as v0.10 printed them, their stack down to the REPL's own frames.
//
// binding.runInThisContext(code, filename) and
// binding.runWithContext(code, filename, contextExpr): see repl.go.

var util = require('util');
var readline = require('readline');
var Interface = readline.Interface;

function inherits(ctor, superCtor) {
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, writable: true, configurable: true, enumerable: false }
  });
  Object.setPrototypeOf(ctor, superCtor);
}

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

/** Recoverable wraps an error that more input may fix (for custom evals). */
function Recoverable(err) {
  if (!(this instanceof Recoverable)) return new Recoverable(err);
  this.err = err;
}
inherits(Recoverable, SyntaxError);

function isRecoverableError(e) {
  if (e instanceof Recoverable) return true;
  return !!(e && e.name === 'SyntaxError' && /^Unexpected end of input/.test(e.message));
}

// ---- contexts ---------------------------------------------------------------

// Non-global contexts are reached from code through this hidden global.
var kContexts = '__isonodeReplContexts__';
var contextSeq = 0;

function contextSlot(context) {
  var g = global;
  if (!Object.prototype.hasOwnProperty.call(g, kContexts)) {
    Object.defineProperty(g, kContexts, { value: {}, enumerable: false, configurable: true });
  }
  var table = g[kContexts];
  for (var k in table) {
    if (table[k] === context) return k;
  }
  var id = 'c' + (++contextSeq);
  table[id] = context;
  return id;
}

function runCode(code, context, file) {
  if (context === global || context === undefined || context === null) {
    return binding.runInThisContext(code, file);
  }
  return binding.runWithContext(code, file, kContexts + '.' + contextSlot(context));
}

// ---- REPLServer ---------------------------------------------------------------

/**
 * REPLServer(prompt | options[, stream, eval, useGlobal, ignoreUndefined]):
 * options are prompt, input, output, terminal, eval, useColors, useGlobal,
 * ignoreUndefined, writer, completer.
 */
function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined);
  }
  var options;
  if (prompt !== null && typeof prompt === 'object') {
    options = prompt;
  } else {
    options = {
      prompt: prompt,
      input: stream,
      output: stream,
      eval: evalFn,
      useGlobal: useGlobal,
      ignoreUndefined: ignoreUndefined
    };
  }
  var input = options.input || (options.stream) || process.stdin;
  var output = options.output || (options.stream) || process.stdout;
  var promptStr = options.prompt === undefined ? '> ' : String(options.prompt);
  var terminal = options.terminal;
  if (terminal === undefined) terminal = !!(output && output.isTTY);

  var self = this;
  this.useGlobal = !!options.useGlobal;
  this.ignoreUndefined = !!options.ignoreUndefined;
  this.useColors = options.useColors === undefined ? !!terminal : !!options.useColors;
  this.eval = typeof options.eval === 'function' ? options.eval : defaultEval;
  if (options.writer) {
    this.writer = options.writer;
  } else if (this.useColors) {
    this.writer = function (obj) { return util.inspect(obj, { colors: true }); };
  } else {
    this.writer = exports.writer;
  }
  this.inputStream = input;
  this.outputStream = output;
  this.bufferedCommand = '';
  this.lines = [];
  this.commands = {};
  defineHidden(this, '_initialPrompt', promptStr);
  defineHidden(this, '_sawSIGINT', false);
  defineHidden(this, '_defaultEval', this.eval === defaultEval);

  function complete(line, cb) { self.complete(line, cb); }
  Interface.call(this, {
    input: input,
    output: output,
    completer: options.completer || complete,
    terminal: terminal,
    prompt: promptStr,
    historySize: options.historySize
  });
  this.rli = this;

  this.resetContext();
  defineDefaultCommands(this);

  function defaultEval(code, context, file, cb) {
    var result;
    try {
      result = runCode(code, context, file);
    } catch (e) {
      cb(e);
      return;
    }
    cb(null, result);
  }

  this.on('close', function () { self.emit('exit'); });

  this.on('SIGINT', function () {
    var empty = self.line.length === 0;
    self.clearLine();
    if (!(self.bufferedCommand && self.bufferedCommand.length > 0) && empty) {
      if (self._sawSIGINT) {
        self.close();
        self._sawSIGINT = false;
        return;
      }
      self.outputStream.write('(^C again to quit)\n');
      self._sawSIGINT = true;
    } else {
      self._sawSIGINT = false;
    }
    self.bufferedCommand = '';
    self.displayPrompt();
  });

  this.on('line', function (cmd) { self._onReplLine(cmd); });

  // The REPL on the process's stdin reports errors thrown later (in timers,
  // callbacks) instead of ending the process.
  if (input === process.stdin && !options.eval) {
    process.on('uncaughtException', function (e) {
      self.outputStream.write(formatError(e) + '\n');
      self.bufferedCommand = '';
      self.displayPrompt();
    });
  }

  this.displayPrompt();
}
inherits(REPLServer, Interface);

// ^D on an empty line leaves the REPL on a fresh line.
REPLServer.prototype._ttyWrite = function _ttyWrite(s, key) {
  if (key && key.ctrl && !key.meta && key.name === 'd' && this.cursor === 0 && this.line.length === 0) {
    this._writeToOutput('\n');
  }
  Interface.prototype._ttyWrite.call(this, s, key);
};

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

// The core modules are names in the REPL: the first read of `fs` requires
// it; assigning the name replaces the module with the value.
function addBuiltinLibs(context, names) {
  names.forEach(function (name) {
    if (name[0] === '_' || name.indexOf('/') !== -1 || name in context) return;
    Object.defineProperty(context, name, {
      get: function () {
        var lib = require(name);
        hidden(context, name, lib);
        return lib;
      },
      set: function (value) {
        Object.defineProperty(context, name, { value: value, writable: true, configurable: true, enumerable: true });
      },
      configurable: true,
      enumerable: false,
    });
  });
}

REPLServer.prototype.resetContext = function resetContext() {
  var context;
  if (this.useGlobal) {
    context = global;
  } else {
    context = {};
    context.global = context;
    context.console = console;
  }
  var Module = require('module');
  var path = require('path');
  var file = path.join(process.cwd(), '[repl]');
  var mod = new Module('<repl>', null);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(process.cwd());
  if (!this.useGlobal || context.require === undefined) {
    hidden(context, 'module', mod);
    hidden(context, 'require', Module.createRequire(file));
  }
  addBuiltinLibs(context, Module.builtinModules);
  this.context = context;
  this.lines = [];
  this.emit('reset', context);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  var prompt = this._initialPrompt;
  if (this.bufferedCommand.length) prompt = '... ';
  this.setPrompt(prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  else if (!cmd || typeof cmd.action !== 'function') {
    var e = new TypeError('The "cmd.action" property must be of type function.');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  this.commands['.' + keyword] = cmd;
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  var cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

REPLServer.prototype._onReplLine = function _onReplLine(cmd) {
  var self = this;
  this._sawSIGINT = false;
  cmd = String(cmd).trim();

  if (cmd && cmd.charAt(0) === '.' && cmd.charAt(1) !== '.' && isNaN(parseFloat(cmd))) {
    var m = /^(\.[^\s]+)\s*(.*)$/.exec(cmd);
    if (m && this.parseREPLKeyword(m[1], m[2]) === true) return;
    if (!this.bufferedCommand) {
      this.outputStream.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }

  var source = this.bufferedCommand + cmd;
  var file = 'repl';
  if (this._defaultEval && /^\s*\{/.test(source) && /\}\s*$/.test(source)) {
    // An object literal rather than a block, unless that does not parse.
    this.eval('(' + source + ')\n', this.context, file, function (e, ret) {
      if (e && e.name === 'SyntaxError') {
        self.eval(source + '\n', self.context, file, finish);
      } else {
        finish(e, ret);
      }
    });
  } else {
    this.eval(source + '\n', this.context, file, finish);
  }

  function finish(e, ret) {
    if (e && isRecoverableError(e)) {
      self.bufferedCommand += cmd + '\n';
      self.displayPrompt();
      return;
    }
    if (e) {
      self.outputStream.write(formatError(e instanceof Recoverable ? e.err : e) + '\n');
    } else {
      self.lines.push(self.bufferedCommand + cmd);
    }
    self.bufferedCommand = '';
    if (!e && (!self.ignoreUndefined || ret !== undefined)) {
      self.context._ = ret;
      self.outputStream.write(self.writer(ret) + '\n');
    }
    self.displayPrompt();
  }
};

// formatError renders a thrown value as v0.10's REPL did (e.stack || e),
// its stack cut where the REPL's own frames begin.
function formatError(e) {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return String(e);
  var stack;
  try {
    stack = e.stack;
  } catch (x) {
    stack = undefined;
  }
  if (typeof stack !== 'string' || !stack) return String(e);
  var lines = stack.split('\n');
  var out = [];
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    var fm = /^\s+at (.*)$/.exec(line);
    if (!fm) {
      if (out.length > 0 && /^\s+at /.test(out[out.length - 1])) break;
      out.push(line);
      continue;
    }
    var where = fm[1].replace(/\(\d+\)$/, '');
    // Frames of core modules (relative file names) or of the loop end it.
    var loc = /\(([^()]*)\)$/.exec(where);
    var file = loc ? loc[1] : where;
    if (file !== 'native' && !/^(\/|repl:|\[repl\]|<)/.test(file)) break;
    if (file === 'native') continue;
    out.push('    at ' + where);
  }
  return out.join('\n');
}

// ---- commands -------------------------------------------------------------------

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function () {
      this.bufferedCommand = '';
      this.displayPrompt();
    }
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action: function () {
      this.bufferedCommand = '';
      this.outputStream.write('Clearing context...\n');
      this.resetContext();
      this.displayPrompt();
    }
  });
  repl.defineCommand('exit', {
    help: 'Exit the repl',
    action: function () { this.close(); }
  });
  repl.defineCommand('help', {
    help: 'Show repl options',
    action: function () {
      var self = this;
      Object.keys(this.commands).sort().forEach(function (name) {
        var cmd = self.commands[name];
        self.outputStream.write(name + '\t' + (cmd.help || '') + '\n');
      });
      this.displayPrompt();
    }
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function (file) {
      // The lines of a command still being typed are saved too, so that
      // .load brings the session back to the same '...' state.
      var lines = this.lines.slice();
      if (this.bufferedCommand) lines.push(this.bufferedCommand.replace(/\n$/, ''));
      try {
        require('fs').writeFileSync(file, lines.join('\n') + '\n');
        this.outputStream.write('Session saved to:' + file + '\n');
      } catch (e) {
        this.outputStream.write('Failed to save:' + file + '\n');
      }
      this.displayPrompt();
    }
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function (file) {
      var data;
      try {
        data = require('fs').readFileSync(file, 'utf8');
      } catch (e) {
        this.outputStream.write('Failed to load:' + file + '\n');
        this.displayPrompt();
        return;
      }
      var lines = data.split('\n');
      if (lines.length && lines[lines.length - 1] === '') lines.pop();
      for (var i = 0; i < lines.length; i++) this._onReplLine(lines[i]);
    }
  });
}

// ---- completion -------------------------------------------------------------------

var keywords = ('break case catch class const continue debugger default delete do else ' +
  'export extends false finally for function if import in instanceof let new null return ' +
  'super switch this throw true try typeof undefined var void while with yield').split(' ');

function propertyNames(obj) {
  var groups = [];
  var seen = {};
  var depth = 0;
  while (obj !== null && obj !== undefined && depth < 32) {
    var names;
    try {
      names = Object.getOwnPropertyNames(obj);
    } catch (e) {
      break;
    }
    var group = [];
    for (var i = 0; i < names.length; i++) {
      var n = names[i];
      if (!seen[n] && /^[a-zA-Z_$][\w$]*$/.test(n)) {
        seen[n] = true;
        group.push(n);
      }
    }
    groups.push(group);
    obj = Object.getPrototypeOf(obj);
    depth++;
  }
  return groups;
}

// pendingScope is v0.10's completion inside a command still being typed:
// the lines that open a function still open are dropped, so that the
// function's own variables become top-level ones, and what is left, when it
// is complete code, runs in a scratch context (a new vm context, so that
// the REPL's own is untouched), whose variables the completion then sees.
// Returns that context's global object, or null.
function pendingScope(buffered) {
  var lines = buffered.replace(/\n$/, '').split('\n');
  var open = [];
  for (var i = 0; i < lines.length; i++) {
    var net = (lines[i].match(/[{(]/g) || []).length - (lines[i].match(/[})]/g) || []).length;
    if (net > 0) open.push({ line: i, depth: net, fn: /\bfunction\b/.test(lines[i]) });
    while (net < 0 && open.length > 0) {
      var top = open[open.length - 1];
      if (top.depth > -net) {
        top.depth += net;
        net = 0;
      } else {
        net += top.depth;
        open.pop();
      }
    }
  }
  var dropped = false;
  for (var j = 0; j < open.length; j++) {
    if (open[j].fn) {
      lines[open[j].line] = '';
      dropped = true;
    }
  }
  if (!dropped) return null;
  var scope = {};
  try {
    require('vm').runInNewContext(lines.join('\n'), scope, { timeout: 500 });
  } catch (e) {
    return null;
  }
  return scope;
}

// scopeValue resolves the dotted expression expr in scope when scope has
// its first name, else returns kNotFound.
var kNotFound = {};
function scopeValue(scope, expr) {
  var parts = expr.split('.');
  if (!Object.prototype.hasOwnProperty.call(scope, parts[0])) return kNotFound;
  var v = scope;
  for (var i = 0; i < parts.length; i++) {
    if (v === null || v === undefined) return kNotFound;
    v = v[parts[i]];
  }
  return v;
}

/** complete(line, cb) → cb(null, [completions, completeOn]). */
REPLServer.prototype.complete = function complete(line, cb) {
  var completions = [];
  var completeOn = '';
  if (/^\s*\.[\w$]*$/.test(line)) {
    completeOn = line.trim();
    completions = Object.keys(this.commands).filter(function (c) {
      return c.indexOf(completeOn) === 0;
    }).sort();
    cb(null, [completions, completeOn]);
    return;
  }
  var m = /(?:^|[^\w$.])((?:[a-zA-Z_$][\w$]*\.)*)([\w$]*)$/.exec(line);
  if (!m) {
    cb(null, [[], '']);
    return;
  }
  var expr = m[1].replace(/\.$/, '');
  var filter = m[2];
  completeOn = m[1] + filter;
  var groups;
  var scope = this.bufferedCommand ? pendingScope(this.bufferedCommand) : null;
  if (expr) {
    var obj = kNotFound;
    try {
      if (scope) obj = scopeValue(scope, expr);
      if (obj === kNotFound) obj = runCode(expr, this.context, 'repl');
    } catch (e) {
      cb(null, [[], completeOn]);
      return;
    }
    if (obj !== null && obj !== undefined && typeof obj !== 'object' && typeof obj !== 'function') {
      obj = Object(obj);
    }
    groups = propertyNames(obj);
  } else {
    groups = [];
    if (scope) groups.push(Object.getOwnPropertyNames(scope));
    if (this.context !== global) groups.push(propertyNames(this.context)[0]);
    groups = groups.concat(propertyNames(global));
    groups.push(keywords);
  }
  var prefix = expr ? expr + '.' : '';
  var seen = {};
  for (var g = 0; g < groups.length; g++) {
    var group = groups[g].filter(function (n) {
      if (seen[n] || n.indexOf(filter) !== 0) return false;
      seen[n] = true;
      return true;
    }).sort();
    if (group.length === 0) continue;
    if (completions.length) completions.push('');
    for (var i = 0; i < group.length; i++) completions.push(prefix + group[i]);
  }
  cb(null, [completions, completeOn]);
};

// ---- exports --------------------------------------------------------------------

/** start(prompt | options, …) starts a REPLServer and returns it. */
function start(prompt, source, evalFn, useGlobal, ignoreUndefined) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined);
}

exports.start = start;
exports.REPLServer = REPLServer;
exports.Recoverable = Recoverable;
exports.writer = util.inspect;
