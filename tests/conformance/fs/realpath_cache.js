// v0.10 differs: realpath(path, cache, cb) walks the cache before the file
// system (v20 treats the object as options and ignores it): a prefix mapped
// to itself is known real, a prefix mapped elsewhere is replaced by its
// mapping, and only a prefix the cache does not know goes to the disk.
var fs = require('fs');
var path = require('path');
var h = require('./helpers/tmp');
h.setup();

// Every prefix answered by the cache: no file system access at all.
var lies = { '/a': '/a', '/a/b': '/a/b', '/a/b/c': '/a/b', '/a/b/d': '/a/b/d',
  '/x/y/z': '/q' };
console.log('sync prefix walk', fs.realpathSync('/a/b/c/d', lies));
console.log('cache filled', lies['/a/b/c/d']);
console.log('exact hit', fs.realpathSync('/x/y/z', lies));

// A cached prefix pointing at a real directory, the rest on the disk.
fs.mkdirSync('real');
fs.writeFileSync('real/f.txt', 'x');
var dir = fs.realpathSync('.');
var cache = {};
cache['/nowhere'] = '/nowhere';
cache['/nowhere/alias'] = dir + '/real';
var got = fs.realpathSync('/nowhere/alias/f.txt', cache);
console.log('mapped prefix then disk', got === dir + '/real/f.txt');

fs.realpath('/a/b/c/d', lies, function (err, p) {
  console.log('async prefix walk', err, p);
  fs.realpath('/nowhere/alias/missing', cache, function (err2) {
    console.log('async disk error', err2 && err2.code);
  });
});
