// require('constants'): v0.10's flat table of errno, signal and fs
// constants, as graceful-fs and other old fs wrappers use it.
var c = require('constants');
var fs = require('fs');
var os = require('os');
console.log('fs flags', c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.O_CREAT, c.O_EXCL, c.O_TRUNC, c.O_APPEND);
console.log('modes', c.S_IFMT, c.S_IFREG, c.S_IFDIR, c.S_IFLNK);
console.log('errno', c.ENOENT, c.EACCES, c.EEXIST, c.EMFILE);
console.log('signals', c.SIGINT, c.SIGTERM, c.SIGKILL);
console.log('same as fs.constants', c.O_CREAT === fs.constants.O_CREAT, c.ENOENT === os.constants.errno.ENOENT);
console.log('frozen', Object.isFrozen(c));
// v0.10's table also carried crypto's OpenSSL constants
var cc = require('constants');
console.log('crypto', cc.DH_NOT_SUITABLE_GENERATOR, cc.RSA_PKCS1_OAEP_PADDING, cc.RSA_PKCS1_PADDING);
