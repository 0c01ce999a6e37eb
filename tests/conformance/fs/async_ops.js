// Callback API: every function's success and error path, run in sequence;
// callbacks come asynchronously (after the current tick).
var fs = require('fs');
var h = require('./helpers/tmp');
var dir = h.setup();

var steps = [];
function step(name, fn) { steps.push([name, fn]); }
function next() {
  var s = steps.shift();
  if (!s) return console.log('done');
  var sync = true;
  s[1](function (err, a, b) {
    var shown = err ? [err.code, err.syscall, String(err.message).split(dir).join('<tmp>')] : [a, b];
    console.log(s[0] + (sync ? ' (sync!)' : ''), err ? 'error' : 'ok',
      JSON.stringify(shown.filter(function (x) { return x !== undefined; })));
    next();
  });
  sync = false;
}

var fd;
step('open w', function (cb) { fs.open('a.txt', 'w', function (e, f) { fd = f; cb(e, typeof f); }); });
step('write buffer', function (cb) { fs.write(fd, Buffer.from('hello'), 0, 5, null, function (e, n, b) { cb(e, n, String(b)); }); });
step('write string', function (cb) { fs.write(fd, ' world', null, 'utf8', function (e, n, s) { cb(e, n, s); }); });
step('write string short', function (cb) { fs.write(fd, '!', function (e, n, s) { cb(e, n, s); }); });
step('write buffer short', function (cb) { fs.write(fd, Buffer.from('?'), function (e, n) { cb(e, n); }); });
step('fsync', function (cb) { fs.fsync(fd, cb); });
step('fdatasync', function (cb) { fs.fdatasync(fd, cb); });
step('fstat', function (cb) { fs.fstat(fd, function (e, st) { cb(e, st.size, st.isFile()); }); });
step('ftruncate', function (cb) { fs.ftruncate(fd, 11, cb); });
step('futimes', function (cb) { fs.futimes(fd, 100, 200, cb); });
step('fchmod', function (cb) { fs.fchmod(fd, 0o600, cb); });
step('fchown', function (cb) { var st = fs.fstatSync(fd); fs.fchown(fd, st.uid, st.gid, cb); });
step('close', function (cb) { fs.close(fd, cb); });
step('close EBADF', function (cb) { fs.close(fd, cb); });
step('open r', function (cb) { fs.open('a.txt', 'r', function (e, f) { fd = f; cb(e); }); });
step('read', function (cb) {
  var buf = Buffer.alloc(8);
  fs.read(fd, buf, 0, 5, 0, function (e, n, b) { cb(e, n, b === buf ? String(b.slice(0, n)) : 'other buffer'); });
});
step('read current', function (cb) { fs.read(fd, Buffer.alloc(20), 0, 20, null, function (e, n, b) { cb(e, n, String(b.slice(0, n))); }); });
step('read EOF', function (cb) { fs.read(fd, Buffer.alloc(4), 0, 4, null, function (e, n) { cb(e, n); }); });
step('read zero', function (cb) { fs.read(fd, Buffer.alloc(4), 0, 0, null, function (e, n) { cb(e, n); }); });
step('close r', function (cb) { fs.close(fd, cb); });
step('read EBADF', function (cb) { fs.read(fd, Buffer.alloc(4), 0, 4, null, cb); });
step('write EBADF', function (cb) { fs.write(fd, 'x', cb); });
step('open ENOENT', function (cb) { fs.open('nonex', 'r', cb); });
step('open wx EEXIST', function (cb) { fs.open('a.txt', 'wx', cb); });
step('open numeric flags', function (cb) {
  fs.open('n.txt', fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o640, function (e, f) {
    if (!e) fs.closeSync(f);
    cb(e, (fs.statSync('n.txt').mode & 0o777).toString(8));
  });
});
step('stat', function (cb) { fs.stat('a.txt', function (e, st) { cb(e, st.size, st.mtime.getTime()); }); });
step('stat ENOENT', function (cb) { fs.stat('nonex', cb); });
step('lstat', function (cb) { fs.lstat('.', function (e, st) { cb(e, st.isDirectory()); }); });
step('lstat ENOENT', function (cb) { fs.lstat('nonex', cb); });
step('fstat EBADF', function (cb) { fs.fstat(999, cb); });
step('rename', function (cb) { fs.rename('n.txt', 'm.txt', cb); });
step('rename ENOENT', function (cb) { fs.rename('n.txt', 'm.txt', cb); });
step('truncate', function (cb) { fs.truncate('a.txt', 5, function (e) { cb(e, fs.readFileSync('a.txt', 'utf8')); }); });
step('truncate ENOENT', function (cb) { fs.truncate('nonex', 5, cb); });
step('truncate fd', function (cb) { var f = fs.openSync('a.txt', 'r+'); fs.truncate(f, 2, function (e) { fs.closeSync(f); cb(e, fs.statSync('a.txt').size); }); });
step('ftruncate EBADF', function (cb) { fs.ftruncate(999, 1, cb); });
step('chown', function (cb) { var st = fs.statSync('a.txt'); fs.chown('a.txt', st.uid, st.gid, cb); });
step('chown ENOENT', function (cb) { fs.chown('nonex', 0, 0, cb); });
step('lchown ENOENT', function (cb) { fs.lchown('nonex', 0, 0, cb); });
step('fchown EBADF', function (cb) { fs.fchown(999, 0, 0, cb); });
step('chmod', function (cb) { fs.chmod('a.txt', '755', function (e) { cb(e, (fs.statSync('a.txt').mode & 0o777).toString(8)); }); });
step('chmod ENOENT', function (cb) { fs.chmod('nonex', 0o644, cb); });
step('fchmod EBADF', function (cb) { fs.fchmod(999, 0o644, cb); });
step('link', function (cb) { fs.link('a.txt', 'hard', cb); });
step('link EEXIST', function (cb) { fs.link('a.txt', 'hard', cb); });
step('symlink', function (cb) { fs.symlink('a.txt', 'soft', cb); });
step('symlink type', function (cb) { fs.symlink('.', 'softdir', 'dir', cb); });
step('symlink EEXIST', function (cb) { fs.symlink('a.txt', 'soft', cb); });
step('readlink', function (cb) { fs.readlink('soft', cb); });
step('readlink EINVAL', function (cb) { fs.readlink('a.txt', cb); });
step('realpath', function (cb) { fs.realpath('soft', function (e, p) { cb(e, p === dir + '/a.txt'); }); });
step('realpath ENOENT', function (cb) { fs.realpath('nonex', cb); });
step('unlink', function (cb) { fs.unlink('hard', cb); });
step('unlink ENOENT', function (cb) { fs.unlink('hard', cb); });
step('mkdir', function (cb) { fs.mkdir('d', cb); });
step('mkdir mode', function (cb) { fs.mkdir('d2', 0o711, function (e) { cb(e, (fs.statSync('d2').mode & 0o777).toString(8)); }); });
step('mkdir EEXIST', function (cb) { fs.mkdir('d', cb); });
step('mkdir recursive', function (cb) { fs.mkdir('d/e/f', { recursive: true }, cb); });
step('mkdir recursive exists', function (cb) { fs.mkdir('d/e/f', { recursive: true }, cb); });
step('readdir', function (cb) { fs.readdir('d', cb); });
step('readdir types', function (cb) { fs.readdir('d', { withFileTypes: true }, function (e, l) { cb(e, l.map(function (d) { return d.name + d.isDirectory(); })); }); });
step('readdir ENOENT', function (cb) { fs.readdir('nonex', cb); });
step('rmdir', function (cb) { fs.rmdir('d2', cb); });
step('rmdir ENOTEMPTY', function (cb) { fs.rmdir('d', cb); });
step('rmdir recursive', function (cb) { fs.rmdir('d', { recursive: true }, function (e) { cb(e, fs.existsSync('d')); }); });
step('utimes', function (cb) { fs.utimes('a.txt', new Date(5000), 6, function (e) { var st = fs.statSync('a.txt'); cb(e, st.atime.getTime(), st.mtime.getTime()); }); });
step('utimes ENOENT', function (cb) { fs.utimes('nonex', 1, 1, cb); });
step('futimes EBADF', function (cb) { fs.futimes(999, 1, 1, cb); });
step('fsync EBADF', function (cb) { fs.fsync(999, cb); });
step('access', function (cb) { fs.access('a.txt', cb); });
step('access mode', function (cb) { fs.access('a.txt', fs.constants.R_OK, cb); });
step('access ENOENT', function (cb) { fs.access('nonex', cb); });
step('exists', function (cb) { fs.exists('a.txt', function (x) { cb(null, x); }); });
step('exists not', function (cb) { fs.exists('nonex', function (x) { cb(null, x); }); });
step('copyFile', function (cb) { fs.copyFile('a.txt', 'b.txt', function (e) { cb(e, fs.readFileSync('b.txt', 'utf8')); }); });
step('copyFile EXCL', function (cb) { fs.copyFile('a.txt', 'b.txt', fs.constants.COPYFILE_EXCL, cb); });
step('copyFile ENOENT', function (cb) { fs.copyFile('nonex', 'b.txt', cb); });
step('mkdtemp', function (cb) { fs.mkdtemp('t-', function (e, p) { cb(e, /^t-\w{6}$/.test(p)); }); });
step('mkdtemp ENOENT', function (cb) { fs.mkdtemp('nonex/t-', function (e) { cb(null, e.code, e.syscall); }); });
step('rm', function (cb) { fs.rm('b.txt', cb); });
step('rm ENOENT', function (cb) { fs.rm('b.txt', cb); });
step('rm force', function (cb) { fs.rm('b.txt', { force: true }, cb); });
step('rm EISDIR', function (cb) { fs.mkdirSync('x'); fs.rm('x', cb); });
step('rm recursive', function (cb) { fs.writeFileSync('x/y', ''); fs.rm('x', { recursive: true }, cb); });
step('readFile', function (cb) { fs.readFile('a.txt', function (e, b) { cb(e, Buffer.isBuffer(b), String(b)); }); });
step('readFile utf8', function (cb) { fs.readFile('a.txt', 'utf8', cb); });
step('readFile EISDIR', function (cb) { fs.readFile('.', cb); });
step('readFile ENOENT', function (cb) { fs.readFile('nonex', { encoding: 'utf8' }, cb); });
step('writeFile', function (cb) { fs.writeFile('w.txt', 'data', function (e) { cb(e, fs.readFileSync('w.txt', 'utf8')); }); });
step('writeFile wx', function (cb) { fs.writeFile('w.txt', 'data', { flag: 'wx' }, cb); });
step('appendFile', function (cb) { fs.appendFile('w.txt', Buffer.from('+more'), function (e) { cb(e, fs.readFileSync('w.txt', 'utf8')); }); });
step('appendFile ENOENT', function (cb) { fs.appendFile('nonex/w', 'x', cb); });

var order = [];
fs.stat('.', function () {
  order.push('callback');
  console.log('order', JSON.stringify(order));
  next();
});
process.nextTick(function () { order.push('nextTick'); });
order.push('sync');
