// parse and format (added after v0.10).
var path = require('path');
['/home/user/dir/file.txt', '', '/', '//', 'a', '/a', 'a/b', 'a/b/', '.bashrc', '/x/.bashrc', 'a.b.c', 'dir/',
 '/..', '/...', '..', '.', 'a/..b', 'x.', '/a//b//', 'a/.', '/foo/bar.tar.gz'].forEach(function (p) {
  var o = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(o), JSON.stringify(path.format(o)));
});
console.log(JSON.stringify(Object.keys(path.parse('/a/b.c'))));
[{ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' },
 { root: '/', base: 'file.txt', ext: 'ignored' },
 { root: '/', name: 'file', ext: '.txt' },
 { root: '/', name: 'file', ext: 'txt' },
 { dir: 'd', name: 'n', ext: '.e' },
 { root: '/' }, {}, { root: '/r/', base: 'b' }, { dir: '/', base: 'b' }, { root: '/', dir: '/', base: 'b' },
 { name: 'x' }, { ext: '.y' }, { base: '', name: 'n' }].forEach(function (o) {
  console.log(JSON.stringify(o), JSON.stringify(path.format(o)));
});
