'use strict';
var internalErrors = require('internal/errors');
// Node's 'path' module, POSIX flavour (path.posix is this module; path.win32
// is an alias of it, see the package doc).
//
// Results follow Node v20 character for character, including its edge
// cases (dirname('//a') is '//', basename('/', 'x') is '/'). Argument
// errors are v20's ERR_INVALID_ARG_TYPE, built by internal/errors
// (internalErrors.invalidArgType); v0.10 threw "TypeError: Arguments to path.join
// must be strings".
//
// Strings are only sliced and joined, never grown a character at a time.

var SLASH = 47; // '/'
var DOT = 46;   // '.'

function checkString(v, name) {
  if (typeof v !== 'string') {
    throw internalErrors.invalidArgType(name, 'of type string', v);
  }
}

// normalizeParts resolves '.' and '..' in the '/'-separated parts of p and
// returns the remaining parts joined with '/' (no leading or trailing '/').
// With aboveRoot, '..' that cannot be resolved is kept (relative paths).
function normalizeParts(p, aboveRoot) {
  var parts = p.split('/');
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var s = parts[i];
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (aboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(s);
  }
  return out.join('/');
}

function normalize(p) {
  checkString(p, 'path');
  if (p.length === 0) return '.';
  var abs = p.charCodeAt(0) === SLASH;
  var trailing = p.charCodeAt(p.length - 1) === SLASH;
  var s = normalizeParts(p, !abs);
  if (s.length === 0) {
    if (abs) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) s += '/';
  return abs ? '/' + s : s;
}

function isAbsolute(p) {
  checkString(p, 'path');
  return p.length > 0 && p.charCodeAt(0) === SLASH;
}

function join() {
  var n = arguments.length;
  if (n === 0) return '.';
  var parts = [];
  for (var i = 0; i < n; i++) {
    var a = arguments[i];
    checkString(a, 'path');
    if (a.length > 0) parts.push(a);
  }
  if (parts.length === 0) return '.';
  return normalize(parts.join('/'));
}

function cwd() {
  return process.cwd();
}

function resolve() {
  var parts = [];
  var abs = false;
  for (var i = arguments.length - 1; i >= -1 && !abs; i--) {
    var p;
    if (i >= 0) {
      p = arguments[i];
      checkString(p, 'paths[' + i + ']');
    } else {
      p = cwd();
    }
    if (p.length === 0) continue;
    parts.push(p);
    abs = p.charCodeAt(0) === SLASH;
  }
  parts.reverse();
  var s = normalizeParts(parts.join('/'), !abs);
  if (abs) return '/' + s;
  return s.length > 0 ? s : '.';
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  var f = from === '/' ? [] : from.slice(1).split('/');
  var t = to === '/' ? [] : to.slice(1).split('/');
  var n = Math.min(f.length, t.length);
  var common = 0;
  while (common < n && f[common] === t[common]) common++;
  var out = [];
  for (var i = common; i < f.length; i++) out.push('..');
  for (i = common; i < t.length; i++) out.push(t[i]);
  return out.join('/');
}

function toNamespacedPath(p) {
  return p;
}

function dirname(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return '.';
  var rooted = p.charCodeAt(0) === SLASH;
  var end = -1;
  var inName = false;
  for (var i = len - 1; i >= 1; i--) {
    if (p.charCodeAt(i) === SLASH) {
      if (inName) {
        end = i;
        break;
      }
    } else {
      inName = true;
    }
  }
  if (end === -1) return rooted ? '/' : '.';
  if (rooted && end === 1) return '//';
  return p.slice(0, end);
}

// lastPart returns [start, end) of the last name in p (trailing slashes
// ignored); end is 0 when p has no name (all slashes or empty).
function lastPart(p) {
  var end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === SLASH) end--;
  var start = end;
  while (start > 0 && p.charCodeAt(start - 1) !== SLASH) start--;
  return [start, end];
}

function basename(p, suffix) {
  checkString(p, 'path');
  if (suffix !== undefined) checkString(suffix, 'suffix');
  var r = lastPart(p);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= p.length) {
    if (suffix === p) return '';
    if (r[1] === 0) return p;
    var name = p.slice(r[0], r[1]);
    if (name.length > suffix.length) {
      if (name.slice(name.length - suffix.length) === suffix) {
        return name.slice(0, name.length - suffix.length);
      }
    } else if (name.length < suffix.length && suffix.slice(suffix.length - name.length) === name) {
      // Node v20 quirk: when the whole name is a tail of a longer suffix,
      // trailing slashes are kept ('a/' with suffix 'xa' gives 'a/').
      return p.slice(r[0]);
    }
    return name;
  }
  return p.slice(r[0], r[1]);
}

// extOf returns the extension of a name (a path part without slashes).
function extOf(name) {
  var dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  if (dot === 1 && name.length === 2 && name.charCodeAt(0) === DOT) return ''; // '..'
  return name.slice(dot);
}

function extname(p) {
  checkString(p, 'path');
  var r = lastPart(p);
  return extOf(p.slice(r[0], r[1]));
}

function parse(p) {
  checkString(p, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  var rooted = p.charCodeAt(0) === SLASH;
  if (rooted) ret.root = '/';
  var r = lastPart(p);
  var start = r[0], end = r[1];
  if (end === 0) {
    // Only slashes.
    ret.dir = '/';
    return ret;
  }
  var base = p.slice(start, end);
  ret.base = base;
  var ext = extOf(base);
  // Node v20 quirk: a rooted path whose only part is '..' parses as
  // name '.' and ext '.'.
  if (rooted && start === 1 && base === '..') ext = '.';
  ret.ext = ext;
  ret.name = base.slice(0, base.length - ext.length);
  if (start > 1) {
    ret.dir = p.slice(0, start - 1);
  } else if (rooted) {
    ret.dir = '/';
  }
  return ret;
}

function format(obj) {
  if (obj === null || typeof obj !== 'object') {
    throw internalErrors.invalidArgType('pathObject', 'of type object', obj);
  }
  var dir = obj.dir || obj.root;
  var base = obj.base;
  if (!base) {
    var ext = obj.ext;
    if (ext && ext.charAt(0) !== '.') ext = '.' + ext;
    base = (obj.name || '') + (ext || '');
  }
  if (!dir) return base;
  return dir === obj.root ? dir + base : dir + '/' + base;
}

exports.resolve = resolve;
exports.normalize = normalize;
exports.isAbsolute = isAbsolute;
exports.join = join;
exports.relative = relative;
exports.toNamespacedPath = toNamespacedPath;
exports.dirname = dirname;
exports.basename = basename;
exports.extname = extname;
exports.format = format;
exports.parse = parse;
exports.sep = '/';
exports.delimiter = ':';
exports.win32 = exports;
exports.posix = exports;
exports._makeLong = toNamespacedPath;

// v0.10's deprecated path.exists/existsSync (moved to fs); not enumerable,
// as later versions no longer have them.
var warnedExists = {};
function warnExists(name) {
  if (warnedExists[name]) return;
  warnedExists[name] = true;
  if (typeof console === 'object' && console !== null && typeof console.error === 'function') {
    console.error('path.' + name + ' is now called `fs.' + name + '`.');
  }
}
Object.defineProperty(exports, 'exists', {
  configurable: true, writable: true, enumerable: false,
  value: function exists(p, callback) {
    warnExists('exists');
    return require('fs').exists(p, callback);
  }
});
Object.defineProperty(exports, 'existsSync', {
  configurable: true, writable: true, enumerable: false,
  value: function existsSync(p) {
    warnExists('existsSync');
    return require('fs').existsSync(p);
  }
});
