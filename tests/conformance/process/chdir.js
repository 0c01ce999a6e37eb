// cwd/chdir, and chdir's Node-style error.
var path = require('path');
var start = process.cwd();
process.chdir('..');
console.log('moved up', process.cwd() === path.dirname(start));
process.chdir(start);
console.log('back', process.cwd() === start);
try { process.chdir('/no/such/dir'); } catch (e) { console.log(e.code, e.syscall, e.errno < 0, /^ENOENT: no such file or directory, chdir /.test(e.message)); }
try { process.chdir(42); } catch (e) { console.log(e.name, e.code); }
