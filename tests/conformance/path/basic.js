// normalize, join, dirname, basename, extname, isAbsolute, sep, delimiter,
// including the manual's examples and edge cases.
var path = require('path');
console.log(path.normalize('/foo/bar//baz/asdf/quux/..'));
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.dirname('/foo/bar/baz/asdf/quux'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html'));
console.log(path.basename('/foo/bar/baz/asdf/quux.html', '.html'));
console.log(path.extname('index.html'), path.extname('index.'), JSON.stringify(path.extname('index')));
console.log(JSON.stringify('foo/bar/baz'.split(path.sep)), path.sep, path.delimiter);
console.log(JSON.stringify('/usr/bin:/bin:/usr/sbin'.split(path.delimiter)));

var cases = ['', '.', '..', '/', '//', '///', 'a', 'a/', '/a', '//a', '///a', 'a//b', 'a/./b',
  'a/../b', '../a', './a', './', './/', 'a/..', 'a/../', '/..', '/../a', '../../a/../..',
  'a/b/c/../../..', 'a/b/c/../../../', '/a/b/', '.a', 'a.', '..a', 'a..', '...', '.a.b',
  'a.b.c', '/x/.bashrc', 'file.txt/', 'file.txt//', '/a.b/c', 'a.b/', '. ', '/.', '/./',
  'foo/bar.', 'x/.', 'x/..', '/foo/bar/baz/', 'C:\\dir\\file.txt', 'ü/é.ñ', '/a/b/../../../c'];
cases.forEach(function (c) {
  console.log(JSON.stringify([c, path.normalize(c), path.dirname(c), path.basename(c), path.extname(c), path.isAbsolute(c)]));
});

var bases = [['aaa/bbb', 'bbb'], ['aaa/bbb', '/bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb//', 'bbb'],
  ['/aaa/bbb', 'bb'], ['/aaa/bbb', 'b'], ['/aaa/b', 'b'], ['file.js', 'file.js'], ['file.js', '.js'],
  ['file.js/', '.js'], ['file.js//', 'js'], ['a', 'a'], ['/a', 'a'], ['.js', '.js'], ['x.js', 'x.js.js'],
  ['', 'x'], ['/', 'x'], ['a.b', ''], ['a/', 'xa'], ['dir/file.tar.gz', '.gz'], ['dir/file.tar.gz', '.tar.gz'],
  ['a.js', undefined]];
bases.forEach(function (b) {
  console.log(JSON.stringify([b[0], b[1], path.basename(b[0], b[1])]));
});

console.log(JSON.stringify([path.join(), path.join(''), path.join('', ''), path.join('a', ''), path.join('', 'a'),
  path.join('/', 'a'), path.join('a', '/'), path.join('a/', '/b'), path.join('/a', '..', '..'),
  path.join('a', '..', '..'), path.join('.', '.'), path.join('a', './b/', '../c/'), path.join('//a', 'b'),
  path.join('/', '/'), path.join('a', 'b', 'c', 'd', 'e')]));
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('rel'), path.toNamespacedPath(42), path._makeLong('/x'));
console.log(path.posix === path, typeof path.win32.join);
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
