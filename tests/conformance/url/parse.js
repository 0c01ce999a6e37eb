// url.parse (legacy API): the Url fields, lowercasing, auto-escaping,
// javascript:, IPv6, file:, hostname limits, punycode, parseQueryString and
// slashesDenoteHost, and the non-string error.
// v0.10 differs: v0.10 does not turn '\' into '/' or drop tabs/newlines
//   inside the URL ('backslash' and 'tab' lines: v0.10 escapes them in the
//   path); v0.10 truncates an over-long label at 63 characters and moves
//   the rest into the path instead of emptying the host ('long-label');
//   v0.10 keeps going on 'http://[::1]x' where v20 throws ('bad-ipv6');
//   the non-string error is v0.10's "Parameter 'url' must be a string, not
//   number" TypeError (v20: ERR_INVALID_ARG_TYPE); with parseQueryString
//   and no query v0.10 sets search to '' (v20: null).
var url = require('url');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function p(label, s, a, b) {
  try {
    show(label, url.parse(s, a, b));
  } catch (e) {
    show(label, [e.name, e.message]);
  }
}

p('spec', 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
p('uppercase', 'HTTP://X.COM/A?B#C');
p('upper-proto-no-slash', 'HTTP:/X/Y');
p('no-path', 'http://x.com');
p('port-empty', 'http://x.com:/');
p('port-bad', 'https://a.com:0x/');
p('colon-host', 'http://a:b/c');
p('space-host', 'http://a b.com/');
p('escapes', 'http://x.com/a{b}|c^d`e\'f"g<h>');
p('hash-space', 'http://x.com#a b');
p('query-no-path', 'http://x.com?a#b');
p('hash-with-q', 'http://x.com/a?b#c?d');
p('percent-kept', 'http://x.com/?x=%zz#%zz');
p('nonascii-path', 'http://a.com/é');
p('trim', '  http://x.com/  ');
p('javascript', 'javascript:alert(1)');
p('javascript-case', 'JavaScript:Foo bar');
p('mailto', 'mailto:a@b.com');
p('xmpp', 'xmpp:a@b');
p('foo', 'foo:bar');
p('sftp', 'sftp://a');
p('file', 'file:///etc/passwd');
p('file-host', 'file://x/y');
p('ipv6', 'http://[::1]:80/x');
p('ipv6-noport', 'http://[fe80::1]/');
p('auth-at', 'http://a@b@c/');
p('auth-escaped', 'http://a%20b@c/');
p('auth-empty', 'http://@x/');
p('auth-colon', 'http://:@x/');
p('underscore', 'http://a_b.com');
p('punycode', 'http://mañana.com/ñ');
p('punycode-2', 'http://☃-⌘.com/');
p('max-length', 'http://' + new Array(6).join(new Array(61).join('a') + '.'));
p('relative', '/foo?a=1#h');
p('relative-2', 'a/b/../c');
p('query-only', '?q');
p('hash-only', '#h');
p('dotdot', 'http://a/b/../c');
p('http-no-slash', 'http:x');
p('http-one-slash', 'http:/x');
p('slashes-no-proto', '//foo/bar');
p('slashes-auth', '//u@x/y');
p('slashesDenoteHost', '//x/y', false, true);
p('parseQueryString', 'http://x/?a=1&a=2&b', true);
p('parseQueryString-empty', 'http://x/', true);
p('backslash', 'http://x.com\\y\\z');
p('tab', 'http://ab\tc.com/x');
p('long-label', 'http://' + new Array(257).join('a'));
p('bad-ipv6', 'http://[::1]x');
p('non-string', 5);
var u = url.parse('http://x.com/');
show('instance', [u instanceof url.Url, u.constructor === url.Url, url.parse(u) === u]);
show('Url-keys', Object.keys(new url.Url()));
