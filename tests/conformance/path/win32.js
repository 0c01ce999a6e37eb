// path.win32 on a POSIX host: drives, UNC shares, device namespaces, both
// separators. Paths resolved against the cwd are shown relative to it.
var path = require('path');
var w = path.win32;
var cwd = w.resolve('.');
function show(label, v) { console.log(label, JSON.stringify(v)); }
console.log(w.sep, w.delimiter, w.win32 === w, w.posix === path, path.win32 === w, path.posix === path);
['c:\\', 'c:\\foo\\', 'c:\\foo\\bar\\baz', '\\foo\\bar', 'c:', 'c:foo\\bar', '\\\\unc\\share',
  '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\bar\\', 'a/b\\c', '\\', ''].forEach(function (p) {
  show('dirname ' + p, w.dirname(p));
});
['\\dir\\basename.ext', 'basename.ext\\\\', 'c:foo', 'c:\\', 'a/b.x/'].forEach(function (p) {
  show('basename ' + p, [w.basename(p), w.basename(p, '.ext'), w.extname(p)]);
});
['./fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//./c', 'a//b//.', '//server/share/dir/file.ext',
  '\\\\server\\share', 'c:', 'c:..\\..\\x', 'ab:\\c', 'x\\..\\b:c', 'a:b', '\\\\?\\C:\\x\\..\\y', '/', '.\\'].forEach(function (p) {
  show('normalize ' + p, w.normalize(p));
});
[['//foo/bar'], ['\\\\foo\\', 'bar'], ['//', '/foo/bar'], ['///foo/bar'], ['c:', 'file'], ['c:.', 'file'],
  ['', 'c:'], ['a', '..', '..', 'b'], ['x', ''], ['\\\\\\/foo/bar']].forEach(function (a) {
  show('join ' + JSON.stringify(a), w.join.apply(w, a));
});
[['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'],
  ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'],
  ['c:/', '//server/share'], ['c:/', '///some//dir'], ['\\\\?\\C:\\a', '..\\b'], ['/x', 'y']].forEach(function (a) {
  show('resolve ' + JSON.stringify(a), w.resolve.apply(w, a));
});
show('resolve cwd', w.resolve('a', 'b') === cwd + '\\a\\b');
[['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/AAAA/bbbb'],
  ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar', '\\\\foo\\baz'], ['\\', '\\a\\b'], ['\\a\\b', '\\']].forEach(function (a) {
  show('relative ' + JSON.stringify(a), w.relative(a[0], a[1]));
});
['//server/file', '\\\\server\\file', 'C:/Users/', 'C:cwd/another', 'directory\\directory', ''].forEach(function (p) {
  show('isAbsolute ' + p, w.isAbsolute(p));
});
['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\foo\\C:', 'file', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', '\\\\server\\share', '\\\\server\\share\\',
  '\\\\server\\share\\x.y', '\\\\?\\UNC\\server\\share'].forEach(function (p) {
  var o = w.parse(p);
  show('parse ' + p, [o, w.format(o)]);
});
show('format', w.format({ dir: 'C:\\a', name: 'b', ext: 'txt' }));
['C:\\foo', '\\\\srv\\share\\x', '\\\\?\\C:\\x', '\\x', 42].forEach(function (p) {
  show('toNamespacedPath ' + p, w.toNamespacedPath(p));
});
show('toNamespacedPath rel', w.toNamespacedPath('rel') === cwd + '\\rel');
try { w.join('a', 1); } catch (e) { console.log(e.name, e.code); }
