'use strict';
var internalErrors = require('internal/errors');
// Node's 'path' module: the POSIX flavour (the module itself, also
// path.posix) and path.win32.
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

// normalizeParts resolves '.' and '..' in the separated parts of p and
// returns the remaining parts joined with the flavour's separator (no
// leading or trailing one). With aboveRoot, '..' that cannot be resolved is
// kept (relative paths). win selects win32 ('\\' and '/' separate, '\\'
// joins).
function normalizeParts(p, aboveRoot, win) {
  var parts = win ? p.split(winSepRe) : p.split('/');
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
  return out.join(win ? '\\' : '/');
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

function isPosixSep(c) {
  return c === SLASH;
}

// lastPart returns [start, end) of the last name in p at or after from
// (trailing separators ignored); end is from when there is no name.
function lastPart(p, isSep, from) {
  var end = p.length;
  while (end > from && isSep(p.charCodeAt(end - 1))) end--;
  var start = end;
  while (start > from && !isSep(p.charCodeAt(start - 1))) start--;
  return [start, end];
}

function basename(p, suffix) {
  return baseName(p, suffix, false);
}

// baseName is basename for both flavours; win32 skips a drive ('c:').
function baseName(p, suffix, win) {
  checkString(p, 'path');
  if (suffix !== undefined) checkString(suffix, 'suffix');
  var from = win && hasDrive(p) ? 2 : 0;
  var r = lastPart(p, win ? isWinSep : isPosixSep, from);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= p.length) {
    if (suffix === p) return '';
    if (r[1] === from) return p.slice(from);
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
  var r = lastPart(p, isPosixSep, 0);
  return extOf(p.slice(r[0], r[1]));
}

function parse(p) {
  checkString(p, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  var rooted = p.charCodeAt(0) === SLASH;
  if (rooted) ret.root = '/';
  var r = lastPart(p, isPosixSep, 0);
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
  return formatWith(obj, '/');
}

function formatWith(obj, sep) {
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
  return dir === obj.root ? dir + base : dir + sep + base;
}

// ---------------------------------------------------------------- win32
//
// path.win32: '\' and '/' both separate, '\' is written; roots are a drive
// ('c:' relative to that drive's current directory, 'c:\' absolute), a
// single separator, or a UNC share ('\\server\share'). Results follow
// Node v20's path.win32 as it behaves on a POSIX host.

var BSLASH = 92; // '\'
var COLON = 58;
var winSepRe = /[\\/]/;

function isWinSep(c) {
  return c === SLASH || c === BSLASH;
}

function hasDrive(p) {
  if (p.length < 2 || p.charCodeAt(1) !== COLON) return false;
  var c = p.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

// winRoot parses the root of p: end is its length, device the drive, the
// UNC share or (with ns) the '\\?' / '\\.' namespace ('' if none), abs
// whether p is rooted, unc whether the root is a share.
function winRoot(p, ns) {
  var len = p.length;
  if (len > 0 && isWinSep(p.charCodeAt(0))) {
    if (len > 2 && isWinSep(p.charCodeAt(1)) && !isWinSep(p.charCodeAt(2))) {
      var i = 3;
      while (i < len && !isWinSep(p.charCodeAt(i))) i++;
      var server = p.slice(2, i);
      while (i < len && isWinSep(p.charCodeAt(i))) i++;
      if (i < len) {
        var share = i;
        while (i < len && !isWinSep(p.charCodeAt(i))) i++;
        if (ns && (server === '?' || server === '.')) {
          // A device namespace ('\\\\?\\C:\\x', '\\\\.\\PIPE').
          return { end: 4, device: '\\\\' + server, abs: true, unc: false };
        }
        return { end: i, device: '\\\\' + server + '\\' + p.slice(share, i), abs: true, unc: true };
      }
    }
    return { end: 1, device: '', abs: true, unc: false };
  }
  if (hasDrive(p)) {
    if (len > 2 && isWinSep(p.charCodeAt(2))) return { end: 3, device: p.slice(0, 2), abs: true, unc: false };
    return { end: 2, device: p.slice(0, 2), abs: false, unc: false };
  }
  return { end: 0, device: '', abs: false, unc: false };
}

function winNormalize(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return '.';
  if (len === 1) return p === '/' ? '\\' : p;
  var r = winRoot(p, true);
  if (r.unc && r.end === len) return r.device + '\\';
  var tail = r.end < len ? normalizeParts(p.slice(r.end), !r.abs, true) : '';
  if (tail.length === 0 && !r.abs) tail = '.';
  if (tail.length > 0 && isWinSep(p.charCodeAt(len - 1))) tail += '\\';
  if (r.abs) return r.device + '\\' + tail;
  if (r.device === '' && drivelike(p, tail)) return '.\\' + tail;
  return r.device + tail;
}

// drivelike tells whether the normalized relative tail of p could be read
// as a drive path ('a:b') or p has a name ending in ':' (Node's guard
// against relative paths turning into drive paths, CVE-2024-36139).
function drivelike(p, tail) {
  if (tail.length >= 2 && hasDrive(tail)) return true;
  for (var i = p.indexOf(':'); i !== -1; i = p.indexOf(':', i + 1)) {
    if (i === p.length - 1 || isWinSep(p.charCodeAt(i + 1))) return true;
  }
  return false;
}

function winIsAbsolute(p) {
  checkString(p, 'path');
  if (p.length === 0) return false;
  if (isWinSep(p.charCodeAt(0))) return true;
  return p.length > 2 && hasDrive(p) && isWinSep(p.charCodeAt(2));
}

function winJoin() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    var a = arguments[i];
    checkString(a, 'path');
    if (a.length > 0) parts.push(a);
  }
  if (parts.length === 0) return '.';
  var joined = parts.join('\\');
  // Only a first part that starts like a UNC share ('\\name') keeps two
  // leading separators; any other run of them collapses to one.
  var first = parts[0];
  var unc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
    isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
  if (!unc) {
    var n = 0;
    while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
    if (n >= 2) joined = '\\' + joined.slice(n);
  }
  return winNormalize(joined);
}

function winResolve() {
  var device = '';
  var tail = '';
  var abs = false;
  for (var i = arguments.length - 1; i >= -1; i--) {
    var p;
    if (i >= 0) {
      p = arguments[i];
      checkString(p, 'paths[' + i + ']');
      if (p.length === 0) continue;
    } else if (device === '') {
      p = cwd();
    } else {
      // Windows keeps each drive's current directory in the env as '=C:'.
      p = process.env['=' + device] || cwd();
      if (p.slice(0, 2).toLowerCase() !== device.toLowerCase() && p.charCodeAt(2) === BSLASH) {
        p = device + '\\';
      }
    }
    var r = winRoot(p, true);
    if (r.device !== '') {
      if (device === '') device = r.device;
      else if (r.device.toLowerCase() !== device.toLowerCase()) continue;
    }
    if (abs) {
      if (device !== '') break;
      continue;
    }
    tail = p.slice(r.end) + '\\' + tail;
    abs = r.abs;
    if (abs && device !== '') break;
  }
  tail = normalizeParts(tail, !abs, true);
  if (abs) return device + '\\' + tail;
  return device + tail || '.';
}

// winParts splits a resolved path into its names (UNC server and share,
// or the drive, first).
function winParts(p) {
  var s = 0;
  var e = p.length;
  while (s < e && p.charCodeAt(s) === BSLASH) s++;
  while (e > s && p.charCodeAt(e - 1) === BSLASH) e--;
  return s === e ? [] : p.slice(s, e).split('\\');
}

// winRelative compares whole names, case-insensitively. (Node v20 compares
// characters and so answers oddly when one root's text is a prefix of the
// other's, e.g. relative('\\ab', '\\abc') is 'c' there; this gives
// '\\abc', as for any two paths with no name in common.)
function winRelative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = winResolve(from);
  to = winResolve(to);
  if (from === to || from.toLowerCase() === to.toLowerCase()) return '';
  var f = winParts(from.toLowerCase());
  var t = winParts(to);
  var n = Math.min(f.length, t.length);
  var common = 0;
  while (common < n && f[common] === t[common].toLowerCase()) common++;
  if (common === 0 && f.length > 0 && t.length > 0) return to;
  var out = [];
  for (var i = common; i < f.length; i++) out.push('..');
  for (i = common; i < t.length; i++) out.push(t[i]);
  return out.join('\\');
}

function winToNamespacedPath(p) {
  if (typeof p !== 'string' || p.length === 0) return p;
  var r = winResolve(p);
  if (r.length <= 2) return p;
  if (r.charCodeAt(0) === BSLASH) {
    if (r.charCodeAt(1) === BSLASH) {
      var c = r.charCodeAt(2);
      if (c !== 63 && c !== DOT) return '\\\\?\\UNC\\' + r.slice(2); // not '?' or '.'
    }
  } else if (hasDrive(r) && r.charCodeAt(2) === BSLASH) {
    return '\\\\?\\' + r;
  }
  return r;
}

// winDirRoot returns the length of the root dirname and parse keep: the
// drive (with its separator), the single leading separator, or the UNC
// share with the separator after it; -1 when p is only a UNC share.
function winDirRoot(p) {
  var r = winRoot(p, false);
  if (!r.unc) return r.end;
  return r.end === p.length ? -1 : r.end + 1;
}

function winDirname(p) {
  checkString(p, 'path');
  var len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isWinSep(p.charCodeAt(0)) ? p : '.';
  var root = winDirRoot(p);
  if (root === -1) return p;
  var r = lastPart(p, isWinSep, root);
  if (r[1] === root) return root === 0 ? '.' : p.slice(0, root);
  var end = r[0];
  if (end <= root) return root === 0 ? '.' : p.slice(0, root);
  return p.slice(0, end - 1);
}

function winExtname(p) {
  checkString(p, 'path');
  var r = lastPart(p, isWinSep, hasDrive(p) ? 2 : 0);
  return extOf(p.slice(r[0], r[1]));
}

function winParse(p) {
  checkString(p, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  var len = p.length;
  if (len === 0) return ret;
  var root = winDirRoot(p);
  if (root === -1) root = len;
  if (root > 0) ret.root = p.slice(0, root);
  var r = lastPart(p, isWinSep, root);
  if (r[1] === root) {
    ret.dir = ret.root;
    return ret;
  }
  var base = p.slice(r[0], r[1]);
  var ext = extOf(base);
  ret.base = base;
  ret.ext = ext;
  ret.name = base.slice(0, base.length - ext.length);
  ret.dir = r[0] > root ? p.slice(0, r[0] - 1) : ret.root;
  return ret;
}

var win32 = {
  resolve: winResolve,
  normalize: winNormalize,
  isAbsolute: winIsAbsolute,
  join: winJoin,
  relative: winRelative,
  toNamespacedPath: winToNamespacedPath,
  dirname: winDirname,
  basename: function basename(p, suffix) { return baseName(p, suffix, true); },
  extname: winExtname,
  format: function format(obj) { return formatWith(obj, '\\'); },
  parse: winParse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: exports,
  _makeLong: winToNamespacedPath
};
win32.win32 = win32;

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
exports.win32 = win32;
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
