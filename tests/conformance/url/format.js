// url.format on Url objects, plain objects and strings; the documented
// rules: href ignored, protocol with/without ':', slashed protocols, auth,
// host over hostname+port, pathname/search/hash with/without their prefix,
// query objects only without search, escaping of '?' and '#'.
// v0.10 differs: v0.10 adds '//' only when there is a host (v20 always
// adds it for file:), so 'file' and 'file-host' print "file:/…"; and
// without a protocol v0.10 still puts '//' before a host ('no-protocol':
// "//x.com/p", v20 "x.comp").
var url = require('url');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function f(label, o) {
  try {
    show(label, url.format(o));
  } catch (e) {
    show(label, [e.name]);
  }
}

f('string', 'HTTP://X.com/a b');
f('parsed', url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash'));
f('href-ignored', { href: 'http://ignored/', protocol: 'http', host: 'x.com', pathname: '/' });
f('protocol-no-colon', { protocol: 'https', hostname: 'x.com', pathname: 'a' });
f('protocol-colon', { protocol: 'https:', hostname: 'x.com', pathname: '/a' });
f('mailto', { protocol: 'mailto', auth: 'a', hostname: 'b.com' });
f('foo', { protocol: 'foo', host: 'bar' });
f('slashes-true', { protocol: 'foo', slashes: true, host: 'bar', pathname: 'x' });
f('file', { protocol: 'file', pathname: '/etc/passwd' });
f('file-host', { protocol: 'file', host: '', pathname: '/etc' });
f('auth', { protocol: 'http', auth: 'us er:p@ss', hostname: 'x' });
f('host-wins', { protocol: 'http', host: 'a.com:1', hostname: 'b.com', port: 2 });
f('hostname-port', { protocol: 'http', hostname: 'b.com', port: 2 });
f('ipv6-hostname', { protocol: 'http', hostname: '::1', port: 80 });
f('search-wins', { protocol: 'http', host: 'x', search: 'a=1', query: { b: 2 } });
f('query-object', { protocol: 'http', host: 'x', query: { b: [1, 2], c: 'd e' } });
f('query-string-ignored', { protocol: 'http', host: 'x', query: 'b=2' });
f('hash-no-prefix', { protocol: 'http', host: 'x', hash: 'frag' });
f('escape-pathname', { pathname: '/a?b#c' });
f('escape-search', { search: '?a#b#c' });
f('no-protocol', { host: 'x.com', pathname: 'p' });
f('empty', {});
f('relative', { pathname: 'a/b', search: 'q' });
f('javascript', url.parse('javascript:alert(1)'));
