// v0.10's string form of fs.read/fs.readSync: (fd, length, position,
// encoding[, cb]) reads into a new buffer and gives back the decoded string.
// v0.10 differs: v20 throws ERR_INVALID_ARG_TYPE for a number in place of
// the buffer.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isonode-lr-'));
var p = path.join(dir, 'f.txt');
fs.writeFileSync(p, 'héllo world');
var fd = fs.openSync(p, 'r');
console.log('readSync', JSON.stringify(fs.readSync(fd, 6, 0, 'utf8')));
console.log('readSync hex', JSON.stringify(fs.readSync(fd, 3, 8, 'hex')));
console.log('readSync past end', JSON.stringify(fs.readSync(fd, 4, 100, 'utf8')));
try { fs.readSync(fd, 4, 0, 'nope'); } catch (e) { console.log('bad encoding', e.code); }
fs.read(fd, 5, 7, 'utf8', function (err, str, n) {
  console.log('read', err, JSON.stringify(str), n);
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true });
});
