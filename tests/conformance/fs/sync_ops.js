// Synchronous file operations: success paths.
var fs = require('fs');
var h = require('./helpers/tmp');
h.setup();

var fd = fs.openSync('a.txt', 'w');
console.log('fd is number', typeof fd === 'number' && fd > 2);
console.log('writeSync buffer', fs.writeSync(fd, Buffer.from('hello world'), 0, 11, null));
console.log('writeSync string', fs.writeSync(fd, ' and more', null, 'utf8'));
console.log('writeSync string default', fs.writeSync(fd, '!'));
console.log('writeSync positional', fs.writeSync(fd, Buffer.from('H'), 0, 1, 0));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log('fstat size', fs.fstatSync(fd).size);
fs.closeSync(fd);
console.log('readFileSync', fs.readFileSync('a.txt', 'utf8'));

fd = fs.openSync('a.txt', 'r');
var buf = Buffer.alloc(20);
console.log('readSync', fs.readSync(fd, buf, 0, 5, null), buf.toString('utf8', 0, 5));
console.log('readSync cont', fs.readSync(fd, buf, 5, 6, null), buf.toString('utf8', 0, 11));
console.log('readSync pos', fs.readSync(fd, buf, 0, 5, 6), buf.toString('utf8', 0, 5));
console.log('readSync eof', fs.readSync(fd, buf, 0, 5, 1000));
fs.closeSync(fd);

fd = fs.openSync('a.txt', 'r+');
fs.ftruncateSync(fd, 5);
fs.ftruncateSync(fd);
console.log('after ftruncate', fs.fstatSync(fd).size);
fs.closeSync(fd);
fs.writeFileSync('a.txt', 'abcdef');
fs.truncateSync('a.txt', 3);
console.log('truncate', JSON.stringify(fs.readFileSync('a.txt', 'utf8')));
fs.truncateSync('a.txt');
console.log('truncate 0', fs.statSync('a.txt').size);

fs.writeFileSync('b.txt', 'B');
fs.renameSync('b.txt', 'c.txt');
console.log('rename', fs.existsSync('b.txt'), fs.existsSync('c.txt'));

console.log('mkdir', fs.mkdirSync('dir'));
console.log('mkdir mode', fs.mkdirSync('dir2', 0o700), (fs.statSync('dir2').mode & 0o777).toString(8));
console.log('mkdir recursive', fs.mkdirSync('dir/x/y/z', { recursive: true }));
console.log('mkdir recursive exists', fs.mkdirSync('dir/x', { recursive: true }));
fs.writeFileSync('dir/f1', '1');
fs.writeFileSync('dir/f2', '2');
console.log('readdir', fs.readdirSync('dir').sort());
console.log('readdir types', fs.readdirSync('dir', { withFileTypes: true })
  .sort(function (a, b) { return a.name < b.name ? -1 : 1; })
  .map(function (d) { return d.name + ':' + (d.isDirectory() ? 'dir' : d.isFile() ? 'file' : '?'); }));
console.log('readdir buffer', Buffer.isBuffer(fs.readdirSync('dir', 'buffer')[0]));
fs.rmdirSync('dir2');
console.log('rmdir', fs.existsSync('dir2'));

fs.linkSync('c.txt', 'hard.txt');
console.log('link nlink', fs.statSync('c.txt').nlink, fs.readFileSync('hard.txt', 'utf8'));
fs.symlinkSync('c.txt', 'sym.txt');
fs.symlinkSync('dir', 'symdir', 'dir');
console.log('readlink', fs.readlinkSync('sym.txt'), fs.readlinkSync('symdir'));
console.log('readlink buffer', fs.readlinkSync('sym.txt', 'buffer'));
console.log('lstat', fs.lstatSync('sym.txt').isSymbolicLink(), fs.statSync('sym.txt').isSymbolicLink());
console.log('realpath', fs.realpathSync('symdir/x/../f1') === fs.realpathSync('dir/f1'),
  fs.realpathSync('sym.txt') === process.cwd() + '/c.txt');
console.log('realpath native', fs.realpathSync.native('.') === process.cwd());

fs.chmodSync('c.txt', 0o600);
console.log('chmod', (fs.statSync('c.txt').mode & 0o777).toString(8));
fs.chmodSync('c.txt', '644');
console.log('chmod string', (fs.statSync('c.txt').mode & 0o777).toString(8));
fd = fs.openSync('c.txt', 'r');
fs.fchmodSync(fd, 0o640);
console.log('fchmod', (fs.statSync('c.txt').mode & 0o777).toString(8));
var st = fs.statSync('c.txt');
fs.chownSync('c.txt', st.uid, st.gid);
fs.fchownSync(fd, st.uid, st.gid);
fs.lchownSync('sym.txt', st.uid, st.gid);
console.log('chown ok');

fs.utimesSync('c.txt', 1000000, 2000000);
st = fs.statSync('c.txt');
console.log('utimes', st.atime.getTime(), st.mtime.getTime(), st.mtimeMs);
fs.utimesSync('c.txt', new Date(3000000000), new Date(4000000500));
st = fs.statSync('c.txt');
console.log('utimes Date', st.atime.getTime(), st.mtime.getTime());
fs.utimesSync('c.txt', '5000', '6000');
console.log('utimes string', fs.statSync('c.txt').mtime.getTime());
fs.futimesSync(fd, 7000, 8000.5);
st = fs.statSync('c.txt');
console.log('futimes', st.atime.getTime(), st.mtime.getTime());
fs.closeSync(fd);

fs.accessSync('c.txt');
fs.accessSync('c.txt', fs.R_OK | fs.W_OK);
console.log('access ok', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);

fs.copyFileSync('c.txt', 'copy.txt');
console.log('copyFile', fs.readFileSync('copy.txt', 'utf8'), (fs.statSync('copy.txt').mode & 0o777).toString(8));
fs.copyFileSync('a.txt', 'copy.txt');
console.log('copyFile overwrite', fs.statSync('copy.txt').size);

var t = fs.mkdtempSync('tmp-');
console.log('mkdtemp', /^tmp-[A-Za-z0-9]{6}$/.test(t), fs.statSync(t).isDirectory());

fs.unlinkSync('hard.txt');
console.log('unlink', fs.existsSync('hard.txt'));
fs.rmSync('copy.txt');
fs.rmSync('nothing-here', { force: true });
fs.rmSync('dir', { recursive: true });
fs.rmdirSync(t, { recursive: true });
console.log('rm', fs.existsSync('copy.txt'), fs.existsSync('dir'), fs.existsSync(t));
console.log('left', fs.readdirSync('.').sort());
