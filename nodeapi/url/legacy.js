'use strict';
// Legacy url API (Node v0.10): url.parse / format / resolve / resolveObject
// and the Url class. WHATWG URL / URLSearchParams follow in whatwg.js.

var querystring = require('querystring');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

var protocolRe = /^([a-z0-9.+-]+:)/i;
var portRe = /:[0-9]*$/;
// Characters that end the host part, and the ones escaped in the rest.
var hostEnders = ['/', '?', '#'];
var delimChars = ['<', '>', '"', '`', ' ', '\r', '\n', '\t'];
var unwiseChars = ['{', '}', '|', '\\', '^', '`'].concat(delimChars);
var escapedChars = ['\''].concat(unwiseChars);
var notHostChars = ['%', '/', '?', ';', '#'].concat(escapedChars);
var maxHostnameLength = 255;
var labelRe = /^[a-z0-9A-Z_-]{0,63}$/;
var labelStartRe = /^([a-z0-9A-Z_-]{0,63})(.*)$/;
var noEscapeProtocols = { 'javascript': true, 'javascript:': true };
var hostlessProtocols = { 'javascript': true, 'javascript:': true };
var slashedProtocols = {
  'http': true, 'https': true, 'ftp': true, 'gopher': true, 'file': true,
  'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true, 'file:': true
};

function isObj(v) { return typeof v === 'object' && v !== null; }

function firstIndex(str, chars) {
  var end = -1;
  for (var i = 0; i < chars.length; i++) {
    var at = str.indexOf(chars[i]);
    if (at !== -1 && (end === -1 || at < end)) end = at;
  }
  return end;
}

function urlParse(u, parseQueryString, slashesDenoteHost) {
  if (u && isObj(u) && u instanceof Url) return u;
  var r = new Url();
  r.parse(u, parseQueryString, slashesDenoteHost);
  return r;
}

Url.prototype.parse = function (u, parseQueryString, slashesDenoteHost) {
  if (typeof u !== 'string') {
    throw new TypeError("Parameter 'url' must be a string, not " + typeof u);
  }
  var rest = u.trim();
  var proto = protocolRe.exec(rest);
  var lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.substr(proto.length);
  }

  var slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@\/]+@[^@\/]+/.test(rest)) {
    slashes = rest.substr(0, 2) === '//';
    if (slashes && !(proto && hostlessProtocols[lowerProto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols[lowerProto] &&
      (slashes || (proto && !slashedProtocols[proto]))) {
    // The auth part ends at the last '@' before the first host ender.
    var hostEnd = firstIndex(rest, hostEnders);
    var at = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (at !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    hostEnd = firstIndex(rest, notHostChars);
    if (hostEnd === -1) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost();
    this.hostname = this.hostname || '';

    var hn = this.hostname;
    var ipv6 = hn[0] === '[' && hn[hn.length - 1] === ']';
    if (!ipv6) {
      var labels = hn.split(/\./);
      for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (!label || labelRe.test(label)) continue;
        // Non-ASCII characters are allowed (they are punycoded below).
        if (labelRe.test(label.replace(/[^\u0000-\u007f]/g, 'x'))) continue;
        var good = labels.slice(0, i);
        var moved = labels.slice(i + 1);
        var m = labelStartRe.exec(label);
        if (m) {
          good.push(m[1]);
          moved.unshift(m[2]);
        }
        if (moved.length) rest = '/' + moved.join('.') + rest;
        this.hostname = good.join('.');
        break;
      }
    }

    if (this.hostname.length > maxHostnameLength) {
      this.hostname = '';
    } else {
      this.hostname = this.hostname.toLowerCase();
    }

    if (!ipv6) {
      var parts = this.hostname.split('.');
      for (var k = 0; k < parts.length; k++) {
        if (/[^A-Za-z0-9_-]/.test(parts[k])) {
          parts[k] = 'xn--' + binding.punycodeEncode(parts[k]);
        }
      }
      this.hostname = parts.join('.');
    }

    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');

    if (ipv6) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!noEscapeProtocols[lowerProto]) {
    for (var e = 0; e < escapedChars.length; e++) {
      var ch = escapedChars[e];
      if (rest.indexOf(ch) === -1) continue;
      var esc = encodeURIComponent(ch);
      if (esc === ch) esc = escape(ch);
      rest = rest.split(ch).join(esc);
    }
  }

  var hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  var qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.substr(qm);
    this.query = rest.substr(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = '';
    this.query = {};
  }
  if (rest) this.pathname = rest;
  if (slashedProtocols[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = '/';
  }
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function () {
  var host = this.host;
  var port = portRe.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.substr(1);
    host = host.substr(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function urlFormat(obj, options) {
  if (typeof obj === 'string') obj = urlParse(obj);
  else if (typeof obj !== 'object' || obj === null) {
    throw new TypeError("Parameter 'urlObj' must be an object, not " +
      (obj === null ? 'null' : typeof obj));
  }
  if (isURL(obj)) {
    return formatWHATWG(obj, options);
  }
  if (!(obj instanceof Url)) return Url.prototype.format.call(obj);
  return obj.format();
}

Url.prototype.format = function () {
  var auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  }
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var host = false;
  var query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') === -1 ?
      this.hostname : '[' + this.hostname + ']');
    if (this.port) host += ':' + this.port;
  }
  if (this.query && isObj(this.query) && Object.keys(this.query).length) {
    query = querystring.stringify(this.query);
  }
  var search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.substr(-1) !== ':') protocol += ':';
  // Slashed protocols get '//' even without a host; others only when the
  // object says so.
  if (this.slashes || (!protocol || slashedProtocols[protocol]) && host !== false) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace(/#/g, '%23');
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function (relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyKeys(from, to, skip) {
  var keys = Object.keys(from);
  for (var i = 0; i < keys.length; i++) {
    if (keys[i] !== skip) to[keys[i]] = from[keys[i]];
  }
}

function setPath(r) {
  if (r.pathname !== null || r.search !== null) {
    r.path = (r.pathname ? r.pathname : '') + (r.search ? r.search : '');
  }
}

// splitAuth moves "user@" from result.host into result.auth (hosts taken
// from the path of a non-slashed protocol may carry it).
function splitAuth(r) {
  var parts = r.host && r.host.indexOf('@') > 0 ? r.host.split('@') : false;
  if (parts) {
    r.auth = parts.shift();
    r.host = r.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function (relative) {
  if (typeof relative === 'string') {
    var rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  var result = new Url();
  copyKeys(this, result);
  // The fragment always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    copyKeys(relative, result, 'protocol');
    if (slashedProtocols[result.protocol] && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different protocol: for non-slashed ones the relative URL is the
    // whole answer.
    if (!slashedProtocols[relative.protocol]) {
      copyKeys(relative, result);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !hostlessProtocols[relative.protocol]) {
      // "http:foo/bar": the first path segment becomes the host.
      var segs = (relative.pathname || '').split('/');
      while (segs.length && !(relative.host = segs.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segs[0] !== '') segs.unshift('');
      if (segs.length < 2) segs.unshift('');
      result.pathname = segs.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  var srcAbs = result.pathname && result.pathname.charAt(0) === '/';
  var relAbs = relative.host ||
    relative.pathname && relative.pathname.charAt(0) === '/';
  var endAbs = relAbs || srcAbs || (result.host && relative.pathname);
  var dropDots = endAbs;
  var src = result.pathname && result.pathname.split('/') || [];
  var relSegs = relative.pathname && relative.pathname.split('/') || [];
  // Non-slashed protocols ("mailto:a@b/c") keep the host in the path.
  var opaque = result.protocol && !slashedProtocols[result.protocol];

  if (opaque) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (src[0] === '') src[0] = result.host;
      else src.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relSegs[0] === '') relSegs[0] = relative.host;
        else relSegs.unshift(relative.host);
      }
      relative.host = null;
    }
    endAbs = endAbs && (relSegs[0] === '' || src[0] === '');
  }

  if (relAbs) {
    result.host = (relative.host || relative.host === '') ? relative.host : result.host;
    result.hostname = (relative.hostname || relative.hostname === '') ?
      relative.hostname : result.hostname;
    result.search = relative.search;
    result.query = relative.query;
    src = relSegs;
  } else if (relSegs.length) {
    src.pop();
    src = src.concat(relSegs);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes.
    if (opaque) {
      result.hostname = result.host = src.shift();
      splitAuth(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!src.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  var last = src.slice(-1)[0];
  var trailingSlash = (result.host || relative.host) &&
    (last === '.' || last === '..') || last === '';

  // Remove '.' and '..' segments, counting the '..' that climb above root.
  var up = 0;
  for (var i = src.length; i >= 0; i--) {
    last = src[i];
    if (last === '.') {
      src.splice(i, 1);
    } else if (last === '..') {
      src.splice(i, 1);
      up++;
    } else if (up) {
      src.splice(i, 1);
      up--;
    }
  }
  if (!endAbs && !dropDots) {
    while (up-- > 0) src.unshift('..');
  }
  if (endAbs && src[0] !== '' && (!src[0] || src[0].charAt(0) !== '/')) {
    src.unshift('');
  }
  if (trailingSlash && (src.join('/').substr(-1) !== '/')) src.push('');

  var isAbs = src[0] === '' || (src[0] && src[0].charAt(0) === '/');
  if (opaque) {
    result.hostname = result.host = isAbs ? '' : src.length ? src.shift() : '';
    splitAuth(result);
  }
  endAbs = endAbs || (result.host && src.length);
  if (endAbs && !isAbs) src.unshift('');

  if (!src.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = src.join('/');
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

exports.Url = Url;
exports.parse = urlParse;
exports.resolve = urlResolve;
exports.resolveObject = urlResolveObject;
exports.format = urlFormat;
