// ---- WHATWG URL and URLSearchParams (parsing and encoding in Go) ----

var kComps = Symbol('components');     // [href, origin, protocol, …]
var kParams = Symbol('searchParams');  // URL -> its URLSearchParams
var kList = Symbol('list');            // URLSearchParams -> [n0, v0, n1, …]
var kURL = Symbol('url');              // URLSearchParams -> owning URL

var H = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5,
  HOSTNAME = 6, PORT = 7, PATHNAME = 8, SEARCH = 9, HASH = 10;

function nodeError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', {
    value: code, writable: true, enumerable: true, configurable: true
  });
  return e;
}

function describe(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'function') return 'function ' + v.name;
  if (typeof v === 'object') {
    var c = v.constructor;
    return c && c.name ? 'an instance of ' + c.name : 'an instance of Object';
  }
  var s = typeof v === 'string' ? "'" + (v.length > 25 ? v.slice(0, 25) + '...' : v) + "'" :
    String(v);
  if (typeof v === 'bigint') s += 'n';
  return 'type ' + typeof v + ' (' + s + ')';
}

function argTypeError(name, expected, v) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" argument must be ' + expected + '. Received ' + describe(v));
}

function invalidURL(input, base) {
  var e = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

function toUSV(v) {
  if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return binding.toUSV('' + v);
}

function isURL(v) {
  return v !== null && typeof v === 'object' && Array.isArray(v[kComps]);
}

function URL(input, base) {
  if (!(this instanceof URL)) {
    throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  }
  if (arguments.length === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
  }
  input = toUSV(input);
  if (base !== undefined) base = toUSV(base);
  var c = binding.parse(input, base);
  if (c === null) throw invalidURL(input, base);
  Object.defineProperty(this, kComps, { value: c, writable: true });
  Object.defineProperty(this, kParams, { value: null, writable: true });
}

function comps(u) {
  if (!isURL(u)) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URL');
  }
  return u[kComps];
}

function setComps(u, c) {
  u[kComps] = c;
}

// After the URL's query changed, refresh its URLSearchParams.
function refreshParams(u) {
  var p = u[kParams];
  if (p) p[kList] = binding.formDecode(u[kComps][SEARCH].slice(1));
}

function getter(i) {
  return function () { return comps(this)[i]; };
}

function setter(name, after) {
  return function (v) {
    var c = comps(this);
    var n = binding.set(c[H], name, toUSV(v));
    if (n) setComps(this, n);
    if (after) after(this);
  };
}

var urlProps = {
  href: {
    get: getter(H),
    set: function (v) {
      comps(this);
      v = toUSV(v);
      var c = binding.parse(v, undefined);
      if (c === null) throw invalidURL(v);
      setComps(this, c);
      refreshParams(this);
    }
  },
  origin: { get: getter(ORIGIN) },
  protocol: { get: getter(PROTOCOL), set: setter('protocol') },
  username: { get: getter(USERNAME), set: setter('username') },
  password: { get: getter(PASSWORD), set: setter('password') },
  host: { get: getter(HOST), set: setter('host') },
  hostname: { get: getter(HOSTNAME), set: setter('hostname') },
  port: { get: getter(PORT), set: setter('port') },
  pathname: { get: getter(PATHNAME), set: setter('pathname') },
  search: { get: getter(SEARCH), set: setter('search', refreshParams) },
  searchParams: {
    get: function () {
      var c = comps(this);
      if (!this[kParams]) {
        var p = new URLSearchParams();
        p[kList] = binding.formDecode(c[SEARCH].slice(1));
        p[kURL] = this;
        this[kParams] = p;
      }
      return this[kParams];
    }
  },
  hash: { get: getter(HASH), set: setter('hash') }
};

URL.prototype.toString = function toString() { return comps(this)[H]; };
Object.keys(urlProps).forEach(function (k) {
  var d = urlProps[k];
  d.enumerable = true;
  d.configurable = true;
  Object.defineProperty(URL.prototype, k, d);
});
URL.prototype.toJSON = function toJSON() { return comps(this)[H]; };
Object.defineProperty(URL.prototype, 'toString', { enumerable: true });
Object.defineProperty(URL.prototype, 'toJSON', { enumerable: true });
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function checkArgs(n, what) {
  if (n === 0) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + what + '" argument must be specified');
  }
}

URL.canParse = function canParse(input, base) {
  checkArgs(arguments.length, 'url');
  input = toUSV(input);
  if (base !== undefined) base = toUSV(base);
  return binding.parse(input, base) !== null;
};

URL.parse = function parse(input, base) {
  checkArgs(arguments.length, 'url');
  try {
    return new URL(input, base);
  } catch (e) {
    if (e && e.code === 'ERR_INVALID_URL') return null;
    throw e;
  }
};

// ---- URLSearchParams ----

function checkParams(p) {
  if (!p || typeof p !== 'object' || !Array.isArray(p[kList])) {
    throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
  }
  return p[kList];
}

// Push the list's serialization into the owning URL's query.
function update(p) {
  var u = p[kURL];
  if (!u) return;
  var s = binding.formEncode(p[kList]);
  var n = binding.set(u[kComps][H], 'search', s);
  if (n) u[kComps] = n;
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  var list = [];
  Object.defineProperty(this, kList, { value: list, writable: true });
  Object.defineProperty(this, kURL, { value: null, writable: true });
  if (init === undefined || init === null) return;
  if (typeof init === 'object' || typeof init === 'function') {
    var method = init[Symbol.iterator];
    if (method === this[Symbol.iterator] && Array.isArray(init[kList])) {
      this[kList] = init[kList].slice();
    } else if (method !== undefined && method !== null) {
      if (typeof method !== 'function') {
        throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
      }
      var it = method.call(init);
      for (var step = it.next(); !step.done; step = it.next()) {
        var pair = step.value;
        if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[Symbol.iterator] !== 'function') {
          throw nodeError(TypeError, 'ERR_INVALID_TUPLE',
            'Each query pair must be an iterable [name, value] tuple');
        }
        var items = [];
        var pit = pair[Symbol.iterator]();
        for (var ps = pit.next(); !ps.done; ps = pit.next()) items.push(ps.value);
        if (items.length !== 2) {
          throw nodeError(TypeError, 'ERR_INVALID_TUPLE',
            'Each query pair must be an iterable [name, value] tuple');
        }
        list.push(toUSV(items[0]), toUSV(items[1]));
      }
    } else {
      var keys = Reflect.ownKeys(init);
      for (var i = 0; i < keys.length; i++) {
        var k = keys[i];
        var d = Reflect.getOwnPropertyDescriptor(init, k);
        if (typeof k === 'string' && d !== undefined && d.enumerable) {
          list.push(toUSV(k), toUSV(init[k]));
        }
      }
    }
    return;
  }
  var s = toUSV(init);
  if (s[0] === '?') s = s.slice(1);
  this[kList] = binding.formDecode(s);
}

function need(n, want, names) {
  if (n < want) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS', names);
  }
}

var USP = URLSearchParams.prototype;
var uspMethods = {
  append: function append(name, value) {
    var l = checkParams(this);
    need(arguments.length, 2, 'The "name" and "value" arguments must be specified');
    l.push(toUSV(name), toUSV(value));
    update(this);
  },
  delete: function (name, value) {
    var l = checkParams(this);
    need(arguments.length, 1, 'The "name" argument must be specified');
    name = toUSV(name);
    var out = [];
    if (value !== undefined) {
      value = toUSV(value);
      for (var i = 0; i < l.length; i += 2) {
        if (!(l[i] === name && l[i + 1] === value)) out.push(l[i], l[i + 1]);
      }
    } else {
      for (var j = 0; j < l.length; j += 2) {
        if (l[j] !== name) out.push(l[j], l[j + 1]);
      }
    }
    this[kList] = out;
    update(this);
  },
  get: function get(name) {
    var l = checkParams(this);
    need(arguments.length, 1, 'The "name" argument must be specified');
    name = toUSV(name);
    for (var i = 0; i < l.length; i += 2) if (l[i] === name) return l[i + 1];
    return null;
  },
  getAll: function getAll(name) {
    var l = checkParams(this);
    need(arguments.length, 1, 'The "name" argument must be specified');
    name = toUSV(name);
    var out = [];
    for (var i = 0; i < l.length; i += 2) if (l[i] === name) out.push(l[i + 1]);
    return out;
  },
  has: function has(name, value) {
    var l = checkParams(this);
    need(arguments.length, 1, 'The "name" argument must be specified');
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (var i = 0; i < l.length; i += 2) {
      if (l[i] === name && (value === undefined || l[i + 1] === value)) return true;
    }
    return false;
  },
  set: function set(name, value) {
    var l = checkParams(this);
    need(arguments.length, 2, 'The "name" and "value" arguments must be specified');
    name = toUSV(name);
    value = toUSV(value);
    var out = [];
    var found = false;
    for (var i = 0; i < l.length; i += 2) {
      if (l[i] !== name) {
        out.push(l[i], l[i + 1]);
      } else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this[kList] = out;
    update(this);
  },
  sort: function sort() {
    var l = checkParams(this);
    // Stable sort by name, comparing UTF-16 code units.
    var idx = [];
    for (var i = 0; i < l.length; i += 2) idx.push(i);
    idx.sort(function (a, b) {
      var x = l[a], y = l[b];
      if (x < y) return -1;
      if (x > y) return 1;
      return a - b;
    });
    var out = [];
    for (var j = 0; j < idx.length; j++) out.push(l[idx[j]], l[idx[j] + 1]);
    this[kList] = out;
    update(this);
  },
  entries: function entries() { checkParams(this); return makeIterator(this, 'entries'); },
  forEach: function forEach(callback, thisArg) {
    checkParams(this);
    if (typeof callback !== 'function') throw argTypeError('callback', 'of type function', callback);
    // The list may change while iterating; re-read it every step.
    for (var i = 0; i < this[kList].length; i += 2) {
      var l = this[kList];
      callback.call(thisArg, l[i + 1], l[i], this);
    }
  },
  keys: function keys() { checkParams(this); return makeIterator(this, 'keys'); },
  values: function values() { checkParams(this); return makeIterator(this, 'values'); },
  toString: function toString() { return binding.formEncode(checkParams(this)); }
};

Object.defineProperty(USP, 'size', {
  get: function () { return checkParams(this).length / 2; },
  enumerable: true,
  configurable: true
});
Object.keys(uspMethods).forEach(function (k) {
  Object.defineProperty(USP, k, {
    value: uspMethods[k], writable: true, enumerable: true, configurable: true
  });
});
Object.defineProperty(USP, Symbol.iterator, {
  value: USP.entries, writable: true, configurable: true
});
Object.defineProperty(USP, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true
});

var iterProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
var kIterState = Symbol('state');
Object.defineProperty(iterProto, 'next', {
  value: function next() {
    var st = this && this[kIterState];
    if (!st) {
      throw nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParamsIterator');
    }
    var l = st.params[kList];
    if (st.index >= l.length) return { value: undefined, done: true };
    var i = st.index;
    st.index += 2;
    var v = st.kind === 'keys' ? l[i] : st.kind === 'values' ? l[i + 1] : [l[i], l[i + 1]];
    return { value: v, done: false };
  },
  writable: true, enumerable: true, configurable: true
});
Object.defineProperty(iterProto, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true
});

function makeIterator(params, kind) {
  var it = Object.create(iterProto);
  Object.defineProperty(it, kIterState, { value: { params: params, kind: kind, index: 0 } });
  return it;
}

// ---- url.format(URL, options) and helpers ----

function formatWHATWG(u, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw argTypeError('options', 'of type object', options);
  }
  options = options || {};
  var opt = function (k, d) { return k in options ? !!options[k] : d; };
  return binding.format(comps(u)[H], opt('fragment', true), opt('unicode', false),
    opt('search', true), opt('auth', true));
}

function domainToASCII(domain) {
  checkArgs(arguments.length, 'domain');
  return binding.domainToASCII(toUSV(domain));
}

function domainToUnicode(domain) {
  checkArgs(arguments.length, 'domain');
  return binding.domainToUnicode(toUSV(domain));
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) {
    throw argTypeError('path', 'of type string or an instance of URL', path);
  }
  if (path.protocol !== 'file:') {
    throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (path.hostname !== '') {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on ' + platform());
  }
  var p = path.pathname;
  if (/%2f/i.test(p)) {
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(p);
}

function platform() {
  return typeof process === 'object' && process && process.platform || 'linux';
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw argTypeError('path', 'of type string', filepath);
  var resolved = require('path').resolve(filepath);
  // path.resolve drops a trailing slash; keep it, as Node does.
  if (filepath.charAt(filepath.length - 1) === '/' &&
      resolved.charAt(resolved.length - 1) !== '/') {
    resolved += '/';
  }
  var out = new URL('file://');
  out.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return out;
}

function urlToHttpOptions(u) {
  var o = {
    protocol: u.protocol,
    hostname: typeof u.hostname === 'string' && u.hostname.charAt(0) === '[' ?
      u.hostname.slice(1, -1) : u.hostname,
    hash: u.hash,
    search: u.search,
    pathname: u.pathname,
    path: (u.pathname || '') + (u.search || ''),
    href: u.href
  };
  if (u.port !== '') o.port = Number(u.port);
  if (u.username || u.password) {
    o.auth = decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password);
  }
  return o;
}

exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.domainToASCII = domainToASCII;
exports.domainToUnicode = domainToUnicode;
exports.pathToFileURL = pathToFileURL;
exports.fileURLToPath = fileURLToPath;
exports.urlToHttpOptions = urlToHttpOptions;
