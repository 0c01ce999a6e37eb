// v0.10 differs: util.p (inspect each argument to stderr) and util.exec
// (child_process.exec) still exist as deprecated aliases; each warns once,
// before its first call's output. Node 20 removed both.
var util = require('util');
console.log(typeof util.p, typeof util.exec);
util.p('a string', { k: [1, 2] }, 3);
util.p(null);
util.exec('echo from-exec', function (err, stdout) {
  console.log('exec:', err, JSON.stringify(stdout));
});
