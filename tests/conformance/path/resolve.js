// resolve and relative (resolve uses process.cwd(); the fixture moves to
// '/' so that results are machine independent).
var path = require('path');
var cwd = process.cwd();
console.log(path.resolve() === cwd, path.resolve('') === cwd, path.resolve('.') === cwd);
console.log(path.resolve('x') === path.join(cwd, 'x'));
process.chdir('/');
console.log(path.resolve('/foo/bar', './baz'));
console.log(path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'));
console.log(path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile'));
console.log(JSON.stringify([path.resolve(), path.resolve('a', 'b'), path.resolve('/a', '', 'b'), path.resolve('/a/b', '..', '..', '..'),
  path.resolve('a//b/', './'), path.resolve('/', '..'), path.resolve('//a'), path.resolve('a', '/b', 'c', '/d', 'e/')]));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
var rel = [['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/', '/a'], ['/a', '/'], ['/a', '/a'], ['/a/', '/a'],
  ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/c', '/x/y'], ['', ''], ['a', 'b'],
  ['a/b', 'a'], ['x', '/'], ['/', 'x/y'], ['/a/./b', '/a/b/../c'], ['/page1/page2/foo', '/']];
rel.forEach(function (r) {
  var out = path.relative(r[0], r[1]);
  console.log(JSON.stringify([r[0], r[1], out]), path.resolve(r[0], out) === path.resolve(r[1]));
});
process.chdir('/tmp');
console.log(path.resolve('a'), path.relative('a', '/tmp/b'), path.relative('/tmp', '.'));
