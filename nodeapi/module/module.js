// Node v0.10's CommonJS module system: the algorithm of the manual's
// "Modules" section, with Node's patchable internals (Module._load,
// Module._resolveFilename, Module._findPath, Module._extensions,
// Module.prototype._compile, Module.wrap).
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;

// v8Named returns the one function of a single-key object literal, so the
// function's frames carry the key as their name ("Module._compile"), the
// name V8 infers for these methods: stack filters that drop Node's own
// frames by "(module.js:" (mocha, tap) then recognise them.
function v8Named(holder) {
  return holder[Object.keys(holder)[0]];
}

function Module(id, parent) {
  this.id = id;
  this.exports = {};
  this.parent = parent;
  if (parent && parent.children) {
    parent.children.push(this);
  }
  this.filename = null;
  this.loaded = false;
  this.children = [];
}
module.exports = Module;

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = binding.coreNames.slice(); // sorted in Go
Module.Module = Module;

Module.wrapper = [binding.wrapperHead, binding.wrapperTail];
Module.wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
var originalWrap = Module.wrap;
var originalWrapper = Module.wrapper;

Module.isBuiltin = function (name) {
  return binding.isCore(String(name));
};

// node_modules folders from `from` up to the root, nearest first.
Module._nodeModulePaths = function (from) {
  return binding.nodeModulePaths(String(from));
};

var packageMainCache = Object.create(null);

function readPackageMain(requestPath) {
  if (requestPath in packageMainCache) {
    return packageMainCache[requestPath];
  }
  var jsonPath = requestPath + '/package.json';
  if (binding.stat(jsonPath) !== 0) {
    return (packageMainCache[requestPath] = false);
  }
  var json = binding.readFile(jsonPath);
  var main;
  try {
    var pkg = JSON.parse(json);
    main = pkg && typeof pkg.main === 'string' ? pkg.main : false;
  } catch (e) {
    e.path = jsonPath;
    e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
    throw e;
  }
  return (packageMainCache[requestPath] = main);
}

function tryFile(requestPath) {
  return binding.stat(requestPath) === 0 ? binding.realpath(requestPath) : false;
}

function tryExtensions(p, exts) {
  for (var i = 0; i < exts.length; i++) {
    var filename = tryFile(p + exts[i]);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts) {
  var main = readPackageMain(requestPath);
  if (!main) return false;
  var filename = binding.resolve(requestPath, main);
  return tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(binding.resolve(filename, 'index'), exts);
}

Module._findPath = function (request, paths) {
  var exts = Object.keys(Module._extensions);
  if (request.charAt(0) === '/') {
    paths = [''];
  }
  var trailingSlash = request.slice(-1) === '/';
  var cacheKey = JSON.stringify({ request: request, paths: paths });
  if (Module._pathCache[cacheKey]) {
    return Module._pathCache[cacheKey];
  }
  for (var i = 0; i < paths.length; i++) {
    var basePath = binding.resolve(paths[i], request);
    var filename;
    if (!trailingSlash) {
      filename = tryFile(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && binding.stat(basePath) === 1) {
      filename = tryPackage(basePath, exts);
    }
    if (!filename) {
      filename = tryExtensions(binding.resolve(basePath, 'index'), exts);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function (request, parent) {
  if (binding.isCore(request)) {
    return [request, []];
  }
  var start = request.substring(0, 2);
  if (start !== './' && start !== '..') {
    var paths = Module.globalPaths;
    if (parent) {
      if (!parent.paths) parent.paths = [];
      paths = parent.paths.concat(paths);
    }
    return [request, paths];
  }
  if (!parent || !parent.id || !parent.filename) {
    // -e, the REPL: relative to the working directory
    var mainPaths = ['.'].concat(Module.globalPaths);
    return [request, mainPaths];
  }
  var parentDir = binding.dirname(parent.filename);
  return [binding.resolve(parentDir, request), [parentDir]];
};

Module._resolveFilename = v8Named({ 'Module._resolveFilename': function (request, parent) {
  if (binding.isCore(request)) {
    return request;
  }
  var resolved = Module._resolveLookupPaths(request, parent);
  var filename = Module._findPath(request, resolved[1]);
  if (!filename) {
    var err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return filename;
} });

Module._load = v8Named({ 'Module._load': function (request, parent, isMain) {
  if (typeof request !== 'string') {
    var te = new TypeError('The "id" argument must be of type string. Received ' +
      (request === null ? 'null' : typeof request));
    te.code = 'ERR_INVALID_ARG_TYPE';
    throw te;
  }
  if (request === '') {
    var ve = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    ve.code = 'ERR_INVALID_ARG_VALUE';
    throw ve;
  }
  var filename = Module._resolveFilename(request, parent);
  var cached = Module._cache[filename];
  if (cached) {
    return cached.exports;
  }
  if (binding.isCore(filename)) {
    return binding.requireCore(filename);
  }
  var module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  var hadException = true;
  try {
    module.load(filename);
    hadException = false;
  } finally {
    if (hadException) {
      delete Module._cache[filename];
    }
  }
  return module.exports;
} });

Module.prototype.load = v8Named({ 'Module.load': function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(binding.dirname(filename));
  var extension = binding.extname(filename) || '.js';
  if (!Module._extensions[extension]) extension = '.js';
  Module._extensions[extension](this, filename);
  this.loaded = true;
} });

Module.prototype.require = v8Named({ 'Module.require': function (path) {
  if (typeof path !== 'string') {
    var te = new TypeError('The "id" argument must be of type string. Received ' +
      (path === null ? 'null' : typeof path));
    te.code = 'ERR_INVALID_ARG_TYPE';
    throw te;
  }
  return Module._load(path, this);
} });

function makeRequire(mod) {
  function require(path) {
    return mod.require(path);
  }
  return decorateRequire(require, mod);
}

// decorateRequire gives require, mod's require function, its properties.
function decorateRequire(require, mod) {
  require.resolve = function (request) {
    return Module._resolveFilename(request, mod);
  };
  require.resolve.paths = function (request) {
    return binding.isCore(request) ? null : Module._resolveLookupPaths(request, mod)[1];
  };
  Object.defineProperty(require, 'main', {
    get: function () { return process.mainModule; },
    enumerable: true,
    configurable: true
  });
  require.extensions = Module._extensions;
  require.registerExtension = function () {
    throw new Error('require.registerExtension() removed. Use require.extensions instead.');
  };
  require.cache = Module._cache;
  // v0.10: reading require.paths throws (it was removed in v0.5)
  Object.defineProperty(require, 'paths', { get: requirePathsRemoved, configurable: true });
  return require;
}

function requirePathsRemoved() {
  throw new Error('require.paths is removed. Use node_modules folders, or the NODE_PATH environment variable instead.');
}

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    var nl = content.indexOf('\n');
    return nl === -1 ? '' : '//' + content.slice(2);
  }
  return content;
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.prototype._compile = v8Named({ 'Module._compile': function (content, filename) {
  content = stripShebang(content);
  var fn;
  if (Module.wrap === originalWrap && Module.wrapper === originalWrapper) {
    fn = binding.compileFunction(content, filename);
  } else {
    fn = binding.runInThisContext(Module.wrap(content), filename);
  }
  var require = makeRequire(this);
  var dirname = binding.dirname(filename);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
} });

Module._extensions['.js'] = v8Named({ 'Module._extensions..js': function (module, filename) {
  var content = binding.readFile(filename);
  module._compile(stripBOM(content), filename);
} });

Module._extensions['.json'] = function (module, filename) {
  var content = binding.readFile(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + (binding.jsonError(content) || err.message);
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  var err = new Error('Cannot load native addon ' + filename + ': isonode runs no native ' +
    'addons; addons are Go modules registered in the core module table');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function initPaths(execPath, home, nodePath) {
  var paths = [binding.resolve(execPath, '..', '..', 'lib', 'node')];
  if (home) {
    paths.unshift(binding.resolve(home, '.node_libraries'));
    paths.unshift(binding.resolve(home, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(':').filter(function (p) { return !!p; }).concat(paths);
  }
  Module.globalPaths = paths;
}

Module._initPaths = function () {
  initPaths(process.execPath, binding.home(), binding.nodePath());
};

Module.createRequire = function (filename) {
  if (typeof filename === 'object' && filename && typeof filename.href === 'string') {
    filename = require('url').fileURLToPath(filename);
  }
  var m = new Module(filename, null);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(binding.dirname(filename));
  return makeRequire(m);
};

Module.requireRepl = function () {
  return Module._load('repl', null);
};

// runMain loads process.argv[1] as the main module.
Module.runMain = v8Named({ 'Module.runMain': function () {
  Module._load(binding.resolve(process.argv[1]), null, true);
} });

// _evalScript runs `node -e` / `-p` code in the global scope, with
// require, module, exports, __filename and __dirname as globals.
function evalModule(name, cwd) {
  var m = new Module(name, null);
  m.filename = binding.resolve(cwd, name);
  m.paths = Module._nodeModulePaths(cwd);
  return m;
}

// binding.evalModule(name, cwd) → [module, require] for the main code of
// `node -e`, which nodeapi runs without this file and gives these as
// globals only when the code first reads one of them.
binding.evalModule = function (name, cwd) {
  var m = evalModule(name, cwd);
  return [m, makeRequire(m)];
};

Module._evalScript = function (code, name, print) {
  var m = evalModule(name, binding.cwd());
  var g = global;
  g.__filename = name;
  g.exports = m.exports;
  g.module = m;
  g.__dirname = '.';
  g.require = makeRequire(m);
  var result = binding.runInThisContext(code, name);
  if (print) {
    console.log(result);
  }
  return result;
};

// binding.adoptMain(module, require, filename, failed) takes over the main
// module that nodeapi ran without this file (RunMain in main.go), now that
// this file is loaded: the module gets its prototype and its place in the
// cache (unless it threw), and its require the properties makeRequire
// gives.
binding.adoptMain = function (m, require, filename, failed) {
  Object.setPrototypeOf(m, Module.prototype);
  Object.setPrototypeOf(require, Function.prototype);
  decorateRequire(require, m);
  if (!failed) Module._cache[filename] = m;
};

// The environment as the isolate started: this file may load after user
// code changed process.env (see runMain in nodeapi/run.go).
initPaths(binding.execPath, binding.startHome, binding.startNodePath);
