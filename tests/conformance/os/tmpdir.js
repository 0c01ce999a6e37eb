// tmpdir() reads TMPDIR, TMP, TEMP (in that order), else /tmp; a trailing
// slash is dropped. homedir() reads HOME.
var os = require('os');
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/temp-dir';
console.log(os.tmpdir());
process.env.TMP = '/tmp-dir/';
console.log(os.tmpdir());
process.env.TMPDIR = '/tmpdir-dir//';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.HOME = '/home/someone';
console.log(os.homedir());
