'use strict';
var internalErrors = require('internal/errors');
// Node's 'dns' module on the Go binding (dns.go): every query runs on the
// worker pool; failures come back as Node's code strings.

var codeNames = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED',
  'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF',
  'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS',
  'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];

function codedError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return e;
}


function inspectValue(v) {
  return typeof v === 'string' ? "'" + v + "'" : String(v);
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw internalErrors.invalidArgType(name, 'of type function', fn);
}

function validateString(s, name) {
  if (typeof s !== 'string') throw internalErrors.invalidArgType(name, 'of type string', s);
}

// dnsError is the error of a failed query: "queryA ENOTFOUND example.invalid".
// v0.10 differs from later Node in that errno holds the code string (as
// here); later Node puts libuv's negative number there for getaddrinfo.
function dnsError(code, syscall, hostname) {
  var e = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  e.errno = code;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

var DEFAULT_ORDER = 'verbatim';

// lookup(hostname, [options|family], callback)
function lookup(hostname, options, callback) {
  var family = 0, all = false, order = DEFAULT_ORDER;
  if (hostname && typeof hostname !== 'string') throw internalErrors.invalidArgType('hostname', 'of type string', hostname);
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  if (typeof options === 'number') {
    if (options !== 0 && options !== 4 && options !== 6) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'family' must be one of: 0, 4, 6. Received " + inspectValue(options));
    }
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw internalErrors.invalidArgType('options', 'of type object', options);
    if (options.family !== undefined && options.family !== null) {
      var f = options.family;
      if (f === 'IPv4') f = 4;
      else if (f === 'IPv6') f = 6;
      if (f !== 0 && f !== 4 && f !== 6) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
          "The property 'options.family' must be one of: 0, 4, 6. Received " + inspectValue(options.family));
      }
      family = f;
    }
    if (options.hints !== undefined && options.hints !== null) {
      if (typeof options.hints !== 'number') throw internalErrors.invalidArgType('options.hints', 'of type number', options.hints);
      // hints is 0 or a combination of ADDRCONFIG, V4MAPPED and ALL
      if ((options.hints & ~(exports.ADDRCONFIG | exports.V4MAPPED | exports.ALL)) !== 0) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'hints' is invalid. Received " + inspectValue(options.hints));
      }
    }
    if (options.all !== undefined) all = !!options.all;
    if (options.verbatim === false) order = 'ipv4first';
    if (typeof options.order === 'string') order = options.order;
  }
  if (!hostname) {
    process.nextTick(function () {
      if (all) callback(null, []);
      else callback(null, null, family === 6 ? 6 : 4);
    });
    return {};
  }
  var ipf = binding.isIP(hostname);
  if (ipf !== 0) {
    process.nextTick(function () {
      if (all) callback(null, [{ address: hostname, family: ipf }]);
      else callback(null, hostname, ipf);
    });
    return {};
  }
  binding.lookup(hostname, family, function (code, list) {
    if (code) {
      callback(dnsError(code, 'getaddrinfo', hostname));
      return;
    }
    var res = [];
    for (var i = 0; i < list.length; i += 2) res.push({ address: list[i], family: list[i + 1] });
    if (order === 'ipv4first' || order === 'ipv6first') {
      var first = order === 'ipv4first' ? 4 : 6;
      res = res.filter(function (r) { return r.family === first; })
        .concat(res.filter(function (r) { return r.family !== first; }));
    }
    if (all) callback(null, res);
    else callback(null, res[0].address, res[0].family);
  });
  return {};
}

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || +port > 0xFFFF) {
    var e = codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
      "Port should be >= 0 and < 65536. Received " + internalErrors.describe(port) + '.');
    throw e;
  }
  return +port;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments must be specified');
  }
  validateString(address, 'address');
  if (binding.isIP(address) === 0) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'address' is invalid. Received " + inspectValue(address));
  }
  port = validatePort(port);
  validateFunction(callback, 'callback');
  binding.lookupService(address, port, function (code, host, service) {
    if (code) callback(dnsError(code, 'getnameinfo', address));
    else callback(null, host, service);
  });
  return {};
}

var rrtypes = {
  A: 'queryA', AAAA: 'queryAaaa', MX: 'queryMx', TXT: 'queryTxt', SRV: 'querySrv',
  NS: 'queryNs', CNAME: 'queryCname', PTR: 'queryPtr', SOA: 'querySoa', ANY: 'queryAny',
  CAA: 'queryCaa', NAPTR: 'queryNaptr'
};

// Resolver: an independent set of servers and a timeout.
function Resolver(options) {
  if (!(this instanceof Resolver)) return new Resolver(options);
  var timeout = options && options.timeout;
  if (timeout !== undefined && (typeof timeout !== 'number' || timeout !== Math.floor(timeout) || timeout < -1)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "options.timeout" is out of range. It must be an integer >= -1. Received ' + String(timeout));
  }
  this._timeout = timeout === undefined || timeout === -1 ? 0 : timeout;
  this._servers = null;
  this._pending = [];
}

Resolver.prototype._query = function (name, rrtype, ttl, callback) {
  var self = this;
  var syscall = rrtypes[rrtype];
  var req = { cb: callback, done: false };
  this._pending.push(req);
  function finish(err, res) {
    var i = self._pending.indexOf(req);
    if (i >= 0) self._pending.splice(i, 1);
    if (req.done) return;
    req.done = true;
    callback(err, res);
  }
  req.cancel = function () { finish(dnsError('ECANCELLED', syscall, name)); };
  binding.resolve(name, rrtype, this._timeout, this._servers, function (code, recs) {
    if (code) return finish(dnsError(code, syscall, name));
    if (ttl && (rrtype === 'A' || rrtype === 'AAAA')) {
      recs = recs.map(function (a) { return { address: a, ttl: 0 }; });
    }
    finish(null, recs);
  });
  return {};
};

Resolver.prototype.resolve = function (hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  } else if (rrtype === undefined) {
    rrtype = 'A';
  } else if (typeof rrtype !== 'string') {
    // v0.10 differs from later versions (a TypeError): an Error.
    throw new Error('Unknown type "' + rrtype + '"');
  }
  if (!Object.prototype.hasOwnProperty.call(rrtypes, rrtype)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'rrtype' is invalid. Received " + inspectValue(rrtype));
  }
  validateString(hostname, 'name');
  validateFunction(callback, 'callback');
  return this._query(hostname, rrtype, false, callback);
};

function resolver(rrtype) {
  return function (hostname, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    return this._query(hostname, rrtype, !!(options && options.ttl), callback);
  };
}

var methods = {
  resolve4: 'A', resolve6: 'AAAA', resolveMx: 'MX', resolveTxt: 'TXT', resolveSrv: 'SRV',
  resolveNs: 'NS', resolveCname: 'CNAME', resolvePtr: 'PTR', resolveSoa: 'SOA',
  resolveAny: 'ANY', resolveCaa: 'CAA', resolveNaptr: 'NAPTR'
};
Object.keys(methods).forEach(function (m) { Resolver.prototype[m] = resolver(methods[m]); });

Resolver.prototype.reverse = function (ip, callback) {
  validateString(ip, 'ip');
  validateFunction(callback, 'callback');
  if (binding.isIP(ip) === 0) {
    var e = new Error('getHostByAddr EINVAL ' + ip);
    e.code = 'EINVAL';
    e.errno = -22;
    e.syscall = 'getHostByAddr';
    throw e;
  }
  binding.reverse(ip, this._timeout, this._servers, function (code, names) {
    if (code) callback(dnsError(code, 'getHostByAddr', ip));
    else callback(null, names);
  });
  return {};
};

Resolver.prototype.getServers = function () {
  return (this._servers || binding.systemServers()).slice();
};

Resolver.prototype.setServers = function (servers) {
  if (!Array.isArray(servers)) throw internalErrors.invalidArgType('servers', 'an instance of Array', servers);
  var out = [];
  servers.forEach(function (s, i) {
    validateString(s, 'servers[' + i + ']');
    var host = s, port = '';
    var m = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
    if (m) { host = m[1]; port = m[2] || ''; } else if (binding.isIP(s) === 0) {
      m = /^([^:]+):(\d+)$/.exec(s);
      if (m) { host = m[1]; port = m[2]; }
    }
    var f = binding.isIP(host);
    if (f === 0) throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + s);
    if (!port || port === '53') out.push(host);
    else out.push(f === 6 ? '[' + host + ']:' + port : host + ':' + port);
  });
  this._servers = out;
};

Resolver.prototype.cancel = function () {
  this._pending.slice().forEach(function (r) { r.cancel(); });
};

Resolver.prototype.setLocalAddress = function () {};

var defaultResolver = new Resolver();

exports.lookup = lookup;
exports.lookupService = lookupService;
exports.Resolver = Resolver;
exports.getDefaultResultOrder = function () { return DEFAULT_ORDER; };
exports.setDefaultResultOrder = function (order) {
  if (order !== 'verbatim' && order !== 'ipv4first' && order !== 'ipv6first') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received " + inspectValue(order));
  }
  DEFAULT_ORDER = order;
};
exports.setServers = function (s) { return defaultResolver.setServers(s); };
exports.ADDRCONFIG = 32;
exports.ALL = 16;
exports.V4MAPPED = 8;
codeNames.forEach(function (n) { exports[n] = 'E' + n; });
exports.getServers = function () { return defaultResolver.getServers(); };
exports.resolve = function (h, t, cb) { return defaultResolver.resolve(h, t, cb); };
Object.keys(methods).forEach(function (m) {
  exports[m] = function (h, o, cb) { return defaultResolver[m](h, o, cb); };
});
exports.reverse = function (ip, cb) { return defaultResolver.reverse(ip, cb); };

// dns.promises (a later addition): the same calls, returning promises.
function promisify(fn, multi) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var self = this;
    return new Promise(function (resolve, reject) {
      args.push(function (err, a, b) {
        if (err) reject(err);
        else resolve(multi ? multi(a, b) : a);
      });
      fn.apply(self, args);
    });
  };
}

function PromiseResolver(options) {
  if (!(this instanceof PromiseResolver)) return new PromiseResolver(options);
  Resolver.call(this, options);
}
PromiseResolver.prototype = Object.create(Resolver.prototype);
PromiseResolver.prototype.constructor = PromiseResolver;
PromiseResolver.prototype.resolve = function (hostname, rrtype) {
  var self = this;
  if (rrtype === undefined) rrtype = 'A';
  if (typeof rrtype !== 'string') throw internalErrors.invalidArgType('rrtype', 'of type string', rrtype);
  if (!Object.prototype.hasOwnProperty.call(rrtypes, rrtype)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'rrtype' is invalid. Received " + inspectValue(rrtype));
  }
  return promisify(Resolver.prototype.resolve).call(self, hostname, rrtype);
};
Object.keys(methods).forEach(function (m) {
  var cbm = Resolver.prototype[m];
  PromiseResolver.prototype[m] = function (hostname, options) {
    var self = this;
    validateString(hostname, 'name');
    return new Promise(function (resolve, reject) {
      cbm.call(self, hostname, options || {}, function (err, r) { if (err) reject(err); else resolve(r); });
    });
  };
});
PromiseResolver.prototype.reverse = promisify(Resolver.prototype.reverse);

var promiseDefault = new PromiseResolver();
promiseDefault._servers = null;
var promises = {
  lookup: function (hostname, options) {
    var all = options && typeof options === 'object' && options.all;
    return promisify(lookup, function (a, f) { return all ? a : { address: a, family: f }; })
      .apply(null, options === undefined ? [hostname] : [hostname, options]);
  },
  lookupService: promisify(lookupService, function (h, s) { return { hostname: h, service: s }; }),
  Resolver: PromiseResolver,
  getDefaultResultOrder: exports.getDefaultResultOrder,
  setDefaultResultOrder: exports.setDefaultResultOrder,
  getServers: function () { return defaultResolver.getServers(); },
  setServers: function (s) { return defaultResolver.setServers(s); },
  resolve: function (h, t) { promiseDefault._servers = defaultResolver._servers; return promiseDefault.resolve(h, t); },
  reverse: function (ip) { promiseDefault._servers = defaultResolver._servers; return promiseDefault.reverse(ip); }
};
codeNames.forEach(function (n) { promises[n] = 'E' + n; });
Object.keys(methods).forEach(function (m) {
  promises[m] = function (h, o) { promiseDefault._servers = defaultResolver._servers; return promiseDefault[m](h, o); };
});

// dns.promises is a later addition.
exports.promises = promises;
