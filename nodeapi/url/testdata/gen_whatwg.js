// Regenerates whatwg_node.json with /usr/bin/node: node gen_whatwg.js > whatwg_node.json
var inputs = [
  ['http://example.com/a/b?c#d'], ['HTTP://EXAMPLE.COM:80/'], ['https://x:443/'], ['https://x:0443/'],
  ['http://x:65535/'], ['http://x:65536/'], ['http://x:/'], ['http://x:8a/'], ['http://:80/'],
  ['http://u:p@x/'], ['http://u@x/'], ['http://:p@x/'], ['http://u:@x/'], ['http://@x/'], ['http://a@b@c/'],
  ['http://u:p:q@x/'], ['http://ü:ö@x/'], ['http://x/ü?ü#ü'], ['http://x/ "<>`{}|\\^\''],
  ['http://x/?"<>`{}|\\^\' #"<>`{}|\\^\''], ['foo://x/?"<>\' #"'], ['http://x/%zz%41'],
  ['http://x/a/./b/../../c'], ['http://x/a/%2E%2e/b'], ['http://x/..'], ['http://x/a/..'], ['http://x/a/.'],
  ['http:\\\\x\\a\\b'], ['http:x'], ['http:/x'], ['http:///x'], ['http:////x/y'], ['foo:/x'], ['foo:x'],
  ['foo://'], ['foo:///x'], ['foo://x:12/a'], ['foo://[::1]/'], ['foo://a b/'], ['foo://a%zz/'], ['foo://a<b/'],
  ['http://[1:2:3:4:5:6:7:8]/'], ['http://[1::]/'], ['http://[::]/'], ['http://[1:0:0:2::3:0]/'], ['http://[1::2:3:4:5:6:7:8]/'],
  ['http://[::1.2.3.4]/'], ['http://[::1.2.3]/'], ['http://[1:2:3:4:5:6:1.2.3.4]/'], ['http://[::1.2.3.04]/'], ['http://[:1]/'],
  ['http://[1:::2]/'], ['http://[g::]/'], ['http://[::1]:8080/'], ['http://[0:0:1:0:0:0:0:0]/'], ['http://[1:0:0:1:0:0:1:0]/'],
  ['http://192.168.0.1/'], ['http://0300.0250.0.1/'], ['http://0xc0.0xa8.0.1/'], ['http://3232235521/'], ['http://192.168.1/'],
  ['http://4294967295/'], ['http://4294967296/'], ['http://1.2.3.4./'], ['http://1.2.3.4../'], ['http://0x/'], ['http://09/'],
  ['http://1.2.3.256/'], ['http://256.1/'], ['http://foo.09/'], ['http://foo.0x4/'], ['http://foo.1a/'], ['http://1a.2/'],
  ['http://%31%32%37.0.0.1/'], ['http://ex%61mple.com/'], ['http://a%00b/'], ['http://a%25b/'], ['http://a\u0000b/'],
  ['http://Ex\u00e1mple.com/'], ['http://\u4e2d\u6587.com/'], ['http://xn--fiq228c.com/'], ['http://XN--FIQ228C.com/'], ['http://xn--/'],
  ['http://\uff21.com/'], ['http://a\u3002b\uff0ec\uff61d/'], ['http://ab\u00adc/'], ['http://a b/'], ['http://a^b/'], ['http://a|b/'],
  ['http://a%41b/'], ['http://%zz/'], ['http:// /'], ['http://\u0130/'],
  ['file:///etc/passwd'], ['file://localhost/etc'], ['file://host/share'], ['file:/x'], ['file:x'], ['file:c:/x'], ['file:///c|/x/../..'],
  ['file://C:/x'], ['file:///C:'], ['file:..'], ['file:///x/..'], ['file://LOCALHOST/a'], ['FILE:///a'], ['file:?q'], ['file:#f'],
  ['non-special:opaque path  '], ['data:text/plain,hello world'], ['javascript:alert(1)'], ['mailto:a@b.com?subject=hi there'],
  ['blob:https://x.com/uuid'], ['blob:foo:bar'], ['blob:ftp://x'], ['ws://x:80/'], ['wss://x:443/'], ['ftp://x:21/'],
  ['  \t http://x/\n a \r  '], ['http://x/\u0001'], ['sc://\u0001/'], ['sc://x/\u007f'], ['a:\ud800'],
  ['?q', 'http://x/a/b?c#d'], ['#f', 'http://x/a/b?c#d'], ['', 'http://x/a/b?c#d'], ['c', 'http://x/a/b?c#d'], ['../c', 'http://x/a/b?c#d'],
  ['/c', 'http://x/a/b?c#d'], ['//y/c', 'http://x/a/b?c#d'], ['\\\\y', 'http://x/a/b'], ['https:c', 'http://x/a/b'], ['http:c', 'http://x/a/b'],
  ['http:/c', 'http://x/a/b'], ['x', 'foo:bar'], ['#x', 'foo:bar'], ['x', 'foo:/bar/baz'], ['../../../../x', 'foo:/a/b'],
  ['//h/p', 'foo:/a'], ['x', 'file:///a/b'], ['C:/x', 'file:///a/b'], ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/'],
  ['//h', 'file:///a'], ['?q', 'file:///a?b'], ['x', 'bad'], ['http://x', 'bad'], ['', 'foo:bar#x'],
  ['http://a.b.c.d.e.f.g.h/'], ['http://a..b/'], ['http://.x/'], ['http://x./'], ['http://\u200c.com/'],
];
var out = inputs.map(function (p) {
  try {
    var u = p.length > 1 ? new URL(p[0], p[1]) : new URL(p[0]);
    return [p, [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]];
  } catch (e) {
    return [p, null];
  }
});
console.log(JSON.stringify(out, null, 0).replace(/\],\[\[/g, '],\n[['));
