// Synchronous error paths: Node's system errors (code, syscall, message
// with path / dest) and argument errors.
var fs = require('fs');
var h = require('./helpers/tmp');
var dir = h.setup();
var t = h.tryIt;

fs.writeFileSync('file', 'x');
fs.mkdirSync('dir');
fs.writeFileSync('dir/inner', 'y');

t('open ENOENT', function () { return fs.openSync('nonex'); });
t('open r+ ENOENT', function () { return fs.openSync('nonex', 'r+'); });
t('open wx EEXIST', function () { return fs.openSync('file', 'wx'); });
t('open ax EEXIST', function () { return fs.openSync('file', 'ax+'); });
t('open w EISDIR', function () { return fs.openSync('dir', 'w'); });
t('open ENOTDIR', function () { return fs.openSync('file/x'); });
t('open bad flag', function () { return fs.openSync('file', 'rw'); });
t('open bad flag type', function () { return fs.openSync('file', {}); });
t('open bad mode', function () { return fs.openSync('file', 'r', 'abc'); });
t('open bad path', function () { return fs.openSync(123); });
t('open null byte', function () { return fs.openSync('fi\u0000le'); });
t('open http URL', function () { return fs.openSync(new URL('http://x/y')); });
t('readFile EISDIR', function () { return fs.readFileSync('dir'); });
t('readFile ENOENT', function () { return fs.readFileSync('nonex'); });
t('readFile bad encoding', function () { return fs.readFileSync('file', 'bogus'); });
t('readFile bad flag', function () { return fs.readFileSync('file', { flag: 'q' }); });
t('close EBADF', function () { return fs.closeSync(999); });
t('close bad fd', function () { return fs.closeSync('a'); });
// v0.10 differs: a negative fd fails with EBADF (v20: ERR_OUT_OF_RANGE).
t('close negative fd', function () { return fs.closeSync(-1); });
t('close float fd', function () { return fs.closeSync(1.5); });
t('read EBADF', function () { return fs.readSync(999, Buffer.alloc(1), 0, 1, 0); });
t('read bad buffer', function () { return fs.readSync(0, 'abc'); });
t('read bad length', function () { return fs.readSync(0, Buffer.alloc(4), 1, 9, 0); });
t('read bad offset', function () { return fs.readSync(0, Buffer.alloc(4), 5, 0, 0); });
t('write EBADF', function () { return fs.writeSync(999, 'x'); });
t('write bad length', function () { return fs.writeSync(1, Buffer.alloc(4), 1, 9, 0); });
t('rename ENOENT', function () { return fs.renameSync('nonex', 'other'); });
t('rename ENOTEMPTY', function () { fs.mkdirSync('d2'); fs.writeFileSync('d2/x', ''); return fs.renameSync('d2', 'dir'); });
t('rename bad arg', function () { return fs.renameSync('file', null); });
t('ftruncate EBADF', function () { return fs.ftruncateSync(999); });
t('truncate ENOENT', function () { return fs.truncateSync('nonex'); });
t('truncate EISDIR', function () { return fs.truncateSync('dir'); });
t('truncate bad len', function () { return fs.truncateSync('file', 'a'); });
t('chown ENOENT', function () { return fs.chownSync('nonex', 0, 0); });
t('chown bad uid', function () { return fs.chownSync('file', 'a', 0); });
t('fchown EBADF', function () { return fs.fchownSync(999, 0, 0); });
t('lchown ENOENT', function () { return fs.lchownSync('nonex', 0, 0); });
t('chmod ENOENT', function () { return fs.chmodSync('nonex', 0o644); });
t('chmod bad mode', function () { return fs.chmodSync('file', 'abc'); });
t('chmod no mode', function () { return fs.chmodSync('file'); });
t('fchmod EBADF', function () { return fs.fchmodSync(999, 0o644); });
t('lchmod', function () { return typeof fs.lchmod + ' ' + typeof fs.lchmodSync; });
t('stat ENOENT', function () { return fs.statSync('nonex'); });
t('stat ENOTDIR', function () { return fs.statSync('file/x'); });
t('stat throwIfNoEntry', function () { return String(fs.statSync('nonex', { throwIfNoEntry: false })); });
t('lstat ENOENT', function () { return fs.lstatSync('nonex'); });
t('fstat EBADF', function () { return fs.fstatSync(999); });
t('link ENOENT', function () { return fs.linkSync('nonex', 'l'); });
t('link EEXIST', function () { return fs.linkSync('file', 'dir'); });
t('symlink EEXIST', function () { return fs.symlinkSync('file', 'dir'); });
t('symlink bad type', function () { return fs.symlinkSync('file', 'sl', 'bogus'); });
t('readlink EINVAL', function () { return fs.readlinkSync('file'); });
t('readlink ENOENT', function () { return fs.readlinkSync('nonex'); });
t('realpath ENOENT', function () { return fs.realpathSync('nonex'); }, dir);
t('unlink ENOENT', function () { return fs.unlinkSync('nonex'); });
t('unlink EISDIR', function () { return fs.unlinkSync('dir'); });
t('rmdir ENOTEMPTY', function () { return fs.rmdirSync('dir'); });
t('rmdir ENOTDIR', function () { return fs.rmdirSync('file'); });
t('rmdir ENOENT', function () { return fs.rmdirSync('nonex'); });
t('mkdir EEXIST', function () { return fs.mkdirSync('dir'); });
t('mkdir ENOENT', function () { return fs.mkdirSync('nonex/a/b'); });
t('mkdir recursive over file', function () { return fs.mkdirSync('file', { recursive: true }); });
t('mkdir recursive ENOTDIR', function () { return fs.mkdirSync('file/a/b', { recursive: true }); });
t('mkdir bad recursive', function () { return fs.mkdirSync('x', { recursive: 1 }); });
t('readdir ENOENT', function () { return fs.readdirSync('nonex'); });
t('readdir ENOTDIR', function () { return fs.readdirSync('file'); });
t('readdir bad encoding', function () { return fs.readdirSync('.', { encoding: 'bogus' }); });
t('utimes ENOENT', function () { return fs.utimesSync('nonex', 1, 2); });
t('utimes bad time', function () { return fs.utimesSync('file', 'a', 2); });
t('futimes EBADF', function () { return fs.futimesSync(999, 1, 1); });
t('fsync EBADF', function () { return fs.fsyncSync(999); });
t('fdatasync EBADF', function () { return fs.fdatasyncSync(999); });
t('access ENOENT', function () { return fs.accessSync('nonex'); });
t('access bad mode', function () { return fs.accessSync('file', 8); });
t('copyFile ENOENT', function () { return fs.copyFileSync('nonex', 'x'); });
t('copyFile EXCL', function () { return fs.copyFileSync('file', 'dir/inner', fs.constants.COPYFILE_EXCL); });
t('mkdtemp ENOENT', function () { return fs.mkdtempSync('nonex/a'); });
t('mkdtemp bad prefix', function () { return fs.mkdtempSync(5); });
t('rm ENOENT', function () { return fs.rmSync('nonex'); });
t('rm EISDIR', function () { return fs.rmSync('dir'); });
t('rm bad option', function () { return fs.rmSync('dir', { recursive: 'yes' }); });
t('exists bad', function () { return fs.existsSync({}); });
t('watch ENOENT', function () { return fs.watch('nonex'); });
t('watchFile no listener', function () { return fs.watchFile('file'); });

try { fs.readFileSync('nonex'); } catch (e) {
  console.log('fields', e.errno, e.code, e.syscall, e.path, e.dest, e instanceof Error);
}
try { fs.renameSync('nonex', 'dest'); } catch (e) {
  console.log('fields', e.errno, e.code, e.syscall, e.path, e.dest, Object.keys(e).sort());
}
