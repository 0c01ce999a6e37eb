// readFile/writeFile/appendFile options, every open flag string, Buffer and
// file: URL paths, fd forms, Stats and Dirent.
var fs = require('fs');
var url = require('url');
var h = require('./helpers/tmp');
var dir = h.setup();

fs.writeFileSync('s.txt', 'héllo', 'utf8');
console.log('utf8', fs.readFileSync('s.txt').length, fs.readFileSync('s.txt', { encoding: 'utf8' }));
fs.writeFileSync('h.txt', '68656c6c6f', { encoding: 'hex' });
console.log('hex', fs.readFileSync('h.txt', 'utf8'), fs.readFileSync('h.txt', 'hex'), fs.readFileSync('h.txt', 'base64'));
fs.writeFileSync('l.txt', 'ÿ', 'latin1');
console.log('latin1', fs.readFileSync('l.txt').length, fs.readFileSync('l.txt', 'latin1'));
fs.writeFileSync('u.txt', 'ab', 'utf16le');
console.log('utf16le', fs.readFileSync('u.txt').length, fs.readFileSync('u.txt', 'ucs2'));
fs.writeFileSync('m.txt', 'x', { mode: 0o600 });
console.log('mode', (fs.statSync('m.txt').mode & 0o777).toString(8));
fs.writeFileSync('t.txt', new Uint8Array([65, 66, 67]));
console.log('typed array', fs.readFileSync('t.txt', 'utf8'));
fs.writeFileSync('t.txt', new DataView(new ArrayBuffer(2)));
console.log('dataview', fs.readFileSync('t.txt').length);
fs.appendFileSync('t.txt', 'Z');
fs.appendFileSync('t.txt', 'Y', { flag: 'a' });
fs.appendFileSync('t.txt', '59', 'hex');
console.log('append', JSON.stringify(fs.readFileSync('t.txt', 'latin1')));
fs.appendFileSync('new.txt', 'created');
console.log('append creates', fs.readFileSync('new.txt', 'utf8'));
fs.writeFileSync('s.txt', 'rewrite', { flag: 'r+' });
console.log('flag r+', fs.readFileSync('s.txt', 'utf8'));

// fd forms
var fd = fs.openSync('fd.txt', 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
fs.appendFileSync(fd, 'ghi');
console.log('fd write', fs.readFileSync('fd.txt', 'utf8'));
fs.closeSync(fd);
fd = fs.openSync('fd.txt', 'r');
fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
console.log('fd readFile rest', fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);

// Buffer and URL paths
console.log('buffer path', fs.readFileSync(Buffer.from('fd.txt'), 'utf8'));
var u = url.pathToFileURL(dir + '/fd.txt');
console.log('URL path', fs.readFileSync(u, 'utf8'), fs.existsSync(u));
console.log('URL string is a path', fs.existsSync('file://' + dir + '/fd.txt'));

// every flag string
function tryFlag(flag, exists) {
  var name = 'flag-' + (exists ? 'old' : 'new');
  if (exists) fs.writeFileSync(name, 'orig');
  else if (fs.existsSync(name)) fs.unlinkSync(name);
  var out = [];
  try {
    var f = fs.openSync(name, flag);
    try { out.push('w=' + fs.writeSync(f, 'XY', 0)); } catch (e) { out.push('w=' + e.code); }
    try { var b = Buffer.alloc(8); out.push('r=' + b.toString('utf8', 0, fs.readSync(f, b, 0, 8, 0))); } catch (e) { out.push('r=' + e.code); }
    fs.closeSync(f);
    out.push('now=' + fs.readFileSync(name, 'utf8'));
  } catch (e) {
    out.push(e.code);
  }
  console.log('flag', JSON.stringify(flag), exists ? 'existing' : 'missing', out.join(' '));
}
['r', 'r+', 'rs', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+', 'as', 'as+', 'xw', 'sr'].forEach(function (f) {
  tryFlag(f, true);
  tryFlag(f, false);
});
tryFlag(fs.constants.O_RDWR | fs.constants.O_CREAT, false);

// Stats
var st = fs.statSync('fd.txt');
var keys = Object.keys(st);
console.log('stats keys', keys.join(','));
console.log('stats types', keys.map(function (k) { return typeof st[k] === 'object' ? (st[k] instanceof Date) : typeof st[k]; }).join(','));
console.log('stats instanceof', st instanceof fs.Stats, st.size, st.nlink, st.blksize > 0, st.mtime.getTime() === Math.floor(st.mtimeMs) || st.mtime.getTime() === Math.round(st.mtimeMs));
['isFile', 'isDirectory', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO', 'isSocket'].forEach(function (m) {
  console.log('stat', m, st[m](), fs.statSync('.')[m](), fs.statSync('/dev/null')[m]());
});
fs.symlinkSync('fd.txt', 'ln');
console.log('lstat link', fs.lstatSync('ln').isSymbolicLink(), fs.lstatSync('ln').isFile());
console.log('fstat', fs.fstatSync(0) instanceof fs.Stats);

// Dirent
fs.mkdirSync('sub');
var ents = fs.readdirSync('.', { withFileTypes: true }).sort(function (a, b) { return a.name < b.name ? -1 : 1; });
ents.forEach(function (d) {
  console.log('dirent', d.name, d instanceof fs.Dirent, d.isFile(), d.isDirectory(), d.isSymbolicLink(), d.path === '.');
});
console.log('constants', fs.constants.O_CREAT, fs.constants.O_EXCL, fs.constants.S_IFMT, fs.constants.COPYFILE_EXCL);
