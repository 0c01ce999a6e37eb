// vm: Node v0.10's "Executing JavaScript" API (runInThisContext,
// runInNewContext, runInContext, createContext, isContext, createScript,
// Script) over the Go binding in vm.go.
'use strict';

var util = require('util');
var invalidArgType = util._invalidArgType;
var kRun = Symbol('vm.script');

function outOfRange(name, range, value) {
  var err = new RangeError('The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + String(value));
  Object.defineProperty(err, 'code', { value: 'ERR_OUT_OF_RANGE', enumerable: true, writable: true, configurable: true });
  return err;
}

// options: a filename string, or an object.
function getOptions(options, defaultName) {
  if (typeof options === 'string') return { filename: options, timeout: 0, lineOffset: 0, columnOffset: 0 };
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  var o = { filename: defaultName, timeout: 0, lineOffset: 0, columnOffset: 0, limits: options };
  if (options.filename !== undefined) {
    if (typeof options.filename !== 'string') throw invalidArgType('options.filename', 'of type string', options.filename);
    o.filename = options.filename;
  }
  if (options.timeout !== undefined) {
    if (typeof options.timeout !== 'number') throw invalidArgType('options.timeout', 'of type number', options.timeout);
    if (!(options.timeout >= 1 && options.timeout <= 4294967295) || options.timeout % 1 !== 0) {
      throw outOfRange('options.timeout', '>= 1 && <= 4294967295', options.timeout);
    }
    o.timeout = options.timeout;
  }
  ['lineOffset', 'columnOffset'].forEach(function (k) {
    if (options[k] !== undefined) {
      if (typeof options[k] !== 'number') throw invalidArgType('options.' + k, 'of type number', options[k]);
      o[k] = options[k];
    }
  });
  if (options.displayErrors !== undefined && typeof options.displayErrors !== 'boolean') {
    throw invalidArgType('options.displayErrors', 'of type boolean', options.displayErrors);
  }
  return o;
}

function Script(code, options) {
  if (!(this instanceof Script)) return new Script(code, options);
  code = code === undefined ? '' : String(code);
  var o = getOptions(options, 'evalmachine.<anonymous>');
  Object.defineProperty(this, kRun, { value: binding.compile(code, o.filename, o.lineOffset, o.columnOffset) });
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

Script.prototype.runInThisContext = function (options) {
  var o = getOptions(options);
  return this[kRun](0, undefined, o.timeout);
};

Script.prototype.runInNewContext = function (sandbox, options) {
  if (sandbox !== undefined && !isObject(sandbox)) {
    throw invalidArgType('contextObject', 'of type object', sandbox);
  }
  var o = getOptions(options);
  return this[kRun](1, sandbox === null ? undefined : sandbox, o.timeout, o.limits);
};

Script.prototype.runInContext = function (contextifiedSandbox, options) {
  if (!isObject(contextifiedSandbox) || !binding.isContext(contextifiedSandbox)) {
    throw invalidArgType('contextifiedObject', 'an vm.Context', contextifiedSandbox);
  }
  var o = getOptions(options);
  return this[kRun](2, contextifiedSandbox, o.timeout);
};

function createScript(code, options) {
  return new Script(code, options);
}

function createContext(sandbox, options) {
  if (sandbox === undefined || sandbox === null) sandbox = {};
  if (!isObject(sandbox)) throw invalidArgType('contextObject', 'of type object', sandbox);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  return binding.makeContext(sandbox, options);
}

function isContext(obj) {
  if (!isObject(obj)) throw invalidArgType('object', 'of type object', obj);
  return binding.isContext(obj);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(options);
}

function runInNewContext(code, sandbox, options) {
  return createScript(code, options).runInNewContext(sandbox, options);
}

function runInContext(code, contextifiedSandbox, options) {
  if (!isObject(contextifiedSandbox) || !binding.isContext(contextifiedSandbox)) {
    throw invalidArgType('contextifiedObject', 'an vm.Context', contextifiedSandbox);
  }
  return createScript(code, options).runInContext(contextifiedSandbox, options);
}

// v0.10's Script also carried the module's functions as statics, and a
// createContext method.
Script.prototype.createContext = function (sandbox) {
  return createContext(sandbox);
};
Script.createContext = createContext;
Script.runInThisContext = runInThisContext;
// v0.10 took a null sandbox for a fresh one (later versions throw).
Script.runInNewContext = function (code, sandbox, options) {
  return runInNewContext(code, sandbox === null ? undefined : sandbox, options);
};
Script.runInContext = runInContext;

exports.Script = Script;
exports.createScript = createScript;
exports.createContext = createContext;
exports.isContext = isContext;
exports.runInThisContext = runInThisContext;
exports.runInNewContext = runInNewContext;
exports.runInContext = runInContext;
