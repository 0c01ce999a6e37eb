// WHATWG URL: parsing (special schemes, percent-encode sets, IPv4/IPv6,
// IDNA, file URLs, relative resolution), getters, setters, errors,
// URL.canParse / URL.parse, toString / toJSON, the global.
var url = require('url');
var URL = url.URL;
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function parts(u) {
  return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname,
    u.port, u.pathname, u.search, u.hash];
}
function p(label, s, base) {
  try {
    show(label, parts(base === undefined ? new URL(s) : new URL(s, base)));
  } catch (e) {
    show(label, [e.name, e.code, e.message, e.input, e.base]);
  }
}

p('basic', 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash');
p('case', 'HTTP://EXAMPLE.COM:80/A');
p('default-port', 'https://x:443/');
p('port-max', 'http://x:65535/');
p('port-too-big', 'http://x:65536/');
p('port-bad', 'http://x:8a/');
p('path-set', 'http://x/ "<>`{}|\\^\'');
p('query-set', 'http://x/?"<>`{}|\\^\' #"<>`{}|\\^\'');
p('non-special-query', 'foo://x/?"\' #"');
p('userinfo-set', 'http://a b:c@d@x/');
p('dots', 'http://x/a/./b/../../c/%2e%2E/d/.');
p('backslash', 'http:\\\\x\\a\\b');
p('opaque', 'mailto:a@b.com?subject=hi there');
p('opaque-trailing-space', 'sc:x y ');
p('non-special-host', 'foo://a%20b:12/ x');
p('non-special-bad-host', 'foo://a b/');
p('ipv4-forms', 'http://0xc0.0250.1/');
p('ipv4-number', 'http://3232235521/');
p('ipv4-bad', 'http://1.2.3.256/');
p('ipv4-ends-in-number', 'http://foo.09/');
p('ipv6', 'http://[0:0:1:0:0:0:0:0]:8080/');
p('ipv6-v4', 'http://[::ffff:1.2.3.4]/');
p('ipv6-bad', 'http://[1:::2]/');
p('idna', 'http://MAÑANA.com/');
p('idna-fullwidth', 'http://ＡＢＣ.com/');
p('idna-dots', 'http://a\u3002b/');
p('idna-bad-punycode', 'http://xn--a.com/');
p('percent-host', 'http://ex%61mple.com/');
p('forbidden-host', 'http://a%00b/');
p('file', 'file:///etc/passwd');
p('file-localhost', 'file://localhost/etc');
p('file-drive', 'file:///c|/x/../..');
p('blob', 'blob:https://x.com:81/uuid');
p('trim', '  \t http://x/\n a \r  ');
p('lone-surrogate', 'http://x/\ud800');
p('relative', '../c?d#e', 'http://u:p@h:8/a/b');
p('relative-query', '?y', 'http://x/a/b?c#d');
p('relative-empty', '', 'http://x/a/b?c#d');
p('relative-scheme', 'https:c', 'http://x/a/b');
p('relative-opaque-base', '#x', 'foo:bar');
p('relative-opaque-base-bad', 'x', 'foo:bar');
p('relative-file', 'C:/x', 'file:///a/b');
p('invalid', 'foo');
p('invalid-base', 'x', 'bad');
p('url-base', 'c', new URL('http://x/a/b'));
p('non-string', 5);
try { new URL(); } catch (e) { show('no-args', [e.name, e.code, e.message]); }
try { URL('http://x'); } catch (e) { show('no-new', e.name); }

var u = new URL('http://x.com/p');
[['protocol', 'ftp'], ['protocol', 'foo'], ['protocol', 'HTTPS:'], ['username', 'a b'], ['password', '@:'],
 ['host', 'y.com:99'], ['hostname', 'z.com:1'], ['hostname', 'Q.com'], ['port', '8080abc'], ['port', 'x'],
 ['port', ''], ['port', '443'], ['port', '99999'], ['pathname', 'a b/../c?#'], ['search', 'x=1 2#'],
 ['search', '?y'], ['hash', 'f g'], ['hash', '#h'], ['search', ''], ['hash', ''], ['host', ''],
 ['href', 'http://new.example/z?q#f']].forEach(function (kv) {
  u[kv[0]] = kv[1];
  show('set ' + kv[0] + '=' + kv[1], u.href);
});
try { u.href = 'bad'; } catch (e) { show('set-href-bad', [e.name, e.code, e.message, e.input, u.href]); }
var f = new URL('file:///x');
f.username = 'u'; f.port = '1'; f.host = 'h';
show('file-setters', f.href);
var m = new URL('mailto:a@b');
m.pathname = 'x'; m.host = 'y'; m.hash = 'z';
show('opaque-setters', m.href);
var o = new URL('sc:x y ?q');
o.search = '';
show('opaque-strip', [o.href, o.pathname]);

show('toString', [String(new URL('http://x')), new URL('http://x').toJSON(), JSON.stringify({ u: new URL('http://x/y') })]);
show('toStringTag', Object.prototype.toString.call(new URL('http://x')));
show('keys', Object.keys(new URL('http://x')));
show('proto-keys', Object.keys(URL.prototype));
show('canParse', [URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'), URL.canParse('x', 'bad')]);
show('URL.parse', [URL.parse('x', 'http://y/z').href, URL.parse('nope')]);
try { URL.canParse(); } catch (e) { show('canParse-no-args', [e.code, e.message]); }
show('global', [typeof globalThis.URL, globalThis.URL === URL, Object.keys(globalThis).indexOf('URL')]);
var sp = new URL('http://x/?a=1').searchParams;
show('searchParams-same', sp === new URL('http://x/?a=1').searchParams ? 'bad' : 'fresh-per-url');
