// url.resolve and url.resolveObject: the documented examples, RFC 3986
// reference resolution examples, protocol-relative and cross-protocol
// references, non-slashed protocols.
var url = require('url');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }

show('doc1', url.resolve('/one/two/three', 'four'));
show('doc2', url.resolve('http://example.com/', '/one'));
show('doc3', url.resolve('http://example.com/one', '/two'));
var base = 'http://a/b/c/d;p?q';
['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
 '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http://x/y', 'https://x', 'mailto:a@b', '//x:8/y'
].forEach(function (r) { show('rfc ' + r, url.resolve(base, r)); });
show('no-base-path', url.resolve('http://x.com', 'a'));
show('relative-base', url.resolve('a/b/c', '../../../d'));
show('relative-base-2', url.resolve('/a/b', '../../../d'));
show('mailto-base', url.resolve('mailto:a@b.com', 'c@d.com'));
show('mailto-query', url.resolve('mailto:a@b.com', '?subject=x'));
show('foo-base', url.resolve('foo:bar/baz', 'qux'));
show('file', url.resolve('file:///a/b', 'c'));
show('protocol-relative', url.resolve('https://a.com/x', '//b.com/y'));
show('cross-protocol', url.resolve('http://a.com/x', 'ftp:b.com/y'));
show('cross-protocol-2', url.resolve('http://a.com/x', 'https:/y'));
show('hash-only', url.resolve('http://a.com/x?y#z', '#w'));
show('empty', url.resolve('http://a.com/x?y#z', ''));
var ro = url.resolveObject('http://a.com/b/c?d', '../e?f#g');
show('resolveObject', ro);
show('resolveObject-instance', ro instanceof url.Url);
show('resolveObject-no-source', url.resolveObject('', 'x'));
show('Url-resolve', url.parse('http://a.com/b/c').resolve('d'));
show('Url-resolveObject', url.parse('http://a.com/b/c').resolveObject('/d?e').href);
