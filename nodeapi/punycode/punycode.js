'use strict';
// Node's 'punycode' module: Punycode (RFC 3492) and IDNA label mapping,
// written from the RFC. Behaviour follows the punycode.js bundled with
// Node v20 (email addresses keep their local part, strict digit checks);
// `version` is v0.10's.

var maxInt = 2147483647;
var base = 36;
var tMin = 1;
var tMax = 26;
var skew = 38;
var damp = 700;
var initialBias = 72;
var initialN = 128;
var delimiter = '-';

var regexPunycode = /^xn--/;
var regexNonASCII = /[^\0-\x7F]/;
var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;

var messages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input'
};

function error(type) {
  throw new RangeError(messages[type]);
}

var floor = Math.floor;
var fromCharCode = String.fromCharCode;

// mapDomain applies fn to each label of a domain name or of the domain part
// of an email address.
function mapDomain(domain, fn) {
  domain = String(domain);
  var prefix = '';
  var parts = domain.split('@');
  if (parts.length > 1) {
    prefix = parts[0] + '@';
    domain = parts[1];
  }
  var labels = domain.replace(regexSeparators, '.').split('.');
  for (var i = 0; i < labels.length; i++) {
    labels[i] = fn(labels[i]);
  }
  return prefix + labels.join('.');
}

// ucs2decode returns the code points of a string; a lone surrogate is kept
// as its own code point.
function ucs2decode(string) {
  var out = [];
  var len = string.length;
  for (var i = 0; i < len; i++) {
    var c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      var d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        out.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

// ucs2encode builds a string from code points (RangeError for invalid ones,
// as String.fromCodePoint).
function ucs2encode(codePoints) {
  var n = codePoints.length;
  var chunk = 4096;
  if (n <= chunk) return String.fromCodePoint.apply(null, codePoints);
  var parts = [];
  for (var i = 0; i < n; i += chunk) {
    parts.push(String.fromCodePoint.apply(null, Array.prototype.slice.call(codePoints, i, i + chunk)));
  }
  return parts.join('');
}

// digitOf maps a basic code point to its digit value, or base if it is none.
function digitOf(cp) {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30 + 26;
  if (cp >= 0x41 && cp <= 0x5A) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7A) return cp - 0x61;
  return base;
}

// digitChar maps a digit to its lower-case basic code point.
function digitChar(d) {
  return d < 26 ? d + 0x61 : d - 26 + 0x30;
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

// adapt is RFC 3492's bias adaptation.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? floor(delta / damp) : delta >> 1;
  delta += floor(delta / numPoints);
  var k = 0;
  while (delta > ((base - tMin) * tMax) >> 1) {
    delta = floor(delta / (base - tMin));
    k += base;
  }
  return floor(k + (base - tMin + 1) * delta / (delta + skew));
}

function decode(input) {
  var output = [];
  var len = input.length;
  var n = initialN;
  var bias = initialBias;
  var i = 0;
  var basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (var j = 0; j < basic; j++) {
    var c = input.charCodeAt(j);
    if (c >= 0x80) error('not-basic');
    output.push(c);
  }
  var index = basic > 0 ? basic + 1 : 0;
  while (index < len) {
    var oldi = i;
    var w = 1;
    for (var k = base; ; k += base) {
      if (index >= len) error('invalid-input');
      var digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) error('invalid-input');
      if (digit > floor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      var t = threshold(k, bias);
      if (digit < t) break;
      if (w > floor(maxInt / (base - t))) error('overflow');
      w *= base - t;
    }
    var out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (floor(i / out) > maxInt - n) error('overflow');
    n += floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

function encode(input) {
  var cps = ucs2decode(input);
  var len = cps.length;
  var n = initialN;
  var delta = 0;
  var bias = initialBias;
  var out = [];
  var j, cp;
  for (j = 0; j < len; j++) {
    cp = cps[j];
    if (cp < 0x80) out.push(cp);
  }
  var basicLength = out.length;
  var handled = basicLength;
  if (basicLength > 0) out.push(0x2D);
  while (handled < len) {
    var m = maxInt;
    for (j = 0; j < len; j++) {
      cp = cps[j];
      if (cp >= n && cp < m) m = cp;
    }
    var hp1 = handled + 1;
    if (m - n > floor((maxInt - delta) / hp1)) error('overflow');
    delta += (m - n) * hp1;
    n = m;
    for (j = 0; j < len; j++) {
      cp = cps[j];
      if (cp < n && ++delta > maxInt) error('overflow');
      if (cp === n) {
        var q = delta;
        for (var k = base; ; k += base) {
          var t = threshold(k, bias);
          if (q < t) break;
          out.push(digitChar(t + (q - t) % (base - t)));
          q = floor((q - t) / (base - t));
        }
        out.push(digitChar(q));
        bias = adapt(delta, hp1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return charCodesToString(out);
}

function charCodesToString(codes) {
  var chunk = 4096;
  if (codes.length <= chunk) return fromCharCode.apply(null, codes);
  var parts = [];
  for (var i = 0; i < codes.length; i += chunk) {
    parts.push(fromCharCode.apply(null, codes.slice(i, i + chunk)));
  }
  return parts.join('');
}

function toUnicode(input) {
  return mapDomain(input, function (label) {
    return regexPunycode.test(label) ? decode(label.slice(4).toLowerCase()) : label;
  });
}

function toASCII(input) {
  return mapDomain(input, function (label) {
    return regexNonASCII.test(label) ? 'xn--' + encode(label) : label;
  });
}

exports.version = '1.2.0';
exports.ucs2 = { decode: ucs2decode, encode: ucs2encode };
exports.decode = decode;
exports.encode = encode;
exports.toASCII = toASCII;
exports.toUnicode = toUnicode;
