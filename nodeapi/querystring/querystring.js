'use strict';
// Node's querystring module. Character-level work is in Go (binding); this
// file is the API: argument defaults, and the calls through `exports` that
// let users override querystring.escape / querystring.unescape.

var QS = exports;
var hasOwn = Object.prototype.hasOwnProperty;

function toStr(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) return String(v);
  return '' + v;
}

function qsEscape(str) {
  return binding.escape(toStr(str));
}

function qsUnescape(s, decodeSpaces) {
  return binding.unescape(toStr(s), !!decodeSpaces);
}

var Buf;
function unescapeBuffer(s, decodeSpaces) {
  if (!Buf) Buf = require('buffer').Buffer;
  var bytes = binding.unescapeBytes(toStr(s), !!decodeSpaces);
  return typeof Buf.from === 'function' && Buf.from !== Uint8Array.from ?
    Buf.from(bytes) : new Buf(bytes);
}

function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
  }
  return '';
}

// Default encoding: strings through escape, finite numbers as-is unless
// their text needs escaping (1e+21).
function encodeDefault(v) {
  switch (typeof v) {
    case 'string': return v.length ? binding.escape(v) : '';
    case 'number':
      if (!isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? '' + v : binding.escape('' + v);
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
  }
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = QS.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  var conv = encode === qsEscape ? encodeDefault :
    function (v) { return encode(stringifyPrimitive(v)); };
  if (obj === null || typeof obj !== 'object') return '';
  if (encode === qsEscape) return binding.stringify(obj, String(sep), String(eq));
  var keys = Object.keys(obj);
  var parts = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var v = obj[k];
    var ks = conv(k) + eq;
    if (Array.isArray(v)) {
      for (var j = 0; j < v.length; j++) parts.push(ks + conv(v[j]));
    } else {
      parts.push(ks + conv(v));
    }
  }
  return parts.join(sep);
}

function addPair(obj, k, v) {
  if (hasOwn.call(obj, k)) {
    var cur = obj[k];
    if (Array.isArray(cur)) cur.push(v);
    else obj[k] = [cur, v];
  } else {
    Object.defineProperty(obj, k, {
      value: v, writable: true, enumerable: true, configurable: true
    });
  }
}

function parse(qs, sep, eq, options) {
  var obj = {};
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  var decode = QS.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  var fast = decode === qsUnescape;
  var r = binding.parse(qs, sep, eq, maxKeys, fast);
  if (!Array.isArray(r)) return r;
  var decoded = r[0];
  for (var i = 1; i < r.length; i += 2) {
    var k = r[i], v = r[i + 1];
    if (!decoded) {
      if (k.length) k = decodeStr(k, decode);
      if (v.length) v = decodeStr(v, decode);
    }
    addPair(obj, k, v);
  }
  return obj;
}

function decodeStr(s, decode) {
  try {
    return decode(s);
  } catch (e) {
    return QS.unescape(s, true);
  }
}

QS.unescapeBuffer = unescapeBuffer;
QS.unescape = qsUnescape;
QS.escape = qsEscape;
QS.stringify = QS.encode = stringify;
QS.parse = QS.decode = parse;
