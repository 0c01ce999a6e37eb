// exec / execFile: callback values, errors, timeout, maxBuffer, encoding.
// maxBuffer follows Node >= 12 (RangeError ERR_CHILD_PROCESS_STDIO_MAXBUFFER),
// not v0.10's 'stdout maxBuffer exceeded.' (a documented choice of isonode).
var cp = require('child_process');
var steps = [];
function step(fn) { steps.push(fn); }
function next() { var f = steps.shift(); if (f) f(); else console.log('done'); }

step(function () {
  cp.exec('echo out; echo err 1>&2', function (err, stdout, stderr) {
    console.log('exec ok', err, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  });
});
step(function () {
  cp.exec('echo partial; echo oops 1>&2; exit 3', function (err, stdout, stderr) {
    console.log('exec fail', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    next();
  });
});
step(function () {
  cp.exec('sleep 5', { timeout: 100 }, function (err, stdout) {
    console.log('timeout', JSON.stringify(err.message), err.code, err.killed, err.signal, JSON.stringify(stdout));
    next();
  });
});
step(function () {
  cp.exec('sleep 5', { timeout: 100, killSignal: 'SIGKILL' }, function (err) {
    console.log('killSignal', err.code, err.killed, err.signal);
    next();
  });
});
step(function () {
  cp.exec('head -c 5000 /dev/zero | tr "\\0" x', { maxBuffer: 100 }, function (err, stdout) {
    console.log('maxBuffer', err.name, err.code, err.message, stdout.length);
    next();
  });
});
step(function () {
  cp.exec('printf "\\001\\002\\377"', { encoding: 'buffer' }, function (err, stdout, stderr) {
    console.log('buffer', Buffer.isBuffer(stdout), stdout.length, stdout[2], Buffer.isBuffer(stderr));
    next();
  });
});
step(function () {
  cp.exec('printf hello', { encoding: 'hex' }, function (err, stdout) {
    console.log('hex', stdout);
    next();
  });
});
step(function () {
  cp.execFile('/bin/echo', ['a', 'b c'], function (err, stdout) {
    console.log('execFile', err, JSON.stringify(stdout));
    next();
  });
});
step(function () {
  cp.execFile('/bin/sh', ['-c', 'exit 9'], function (err) {
    console.log('execFile fail', err.code, err.cmd, JSON.stringify(err.message));
    next();
  });
});
step(function () {
  cp.execFile('echo $HOME_X', { shell: true, env: { HOME_X: 'from-env', PATH: process.env.PATH } }, function (err, stdout) {
    console.log('execFile shell', JSON.stringify(stdout));
    next();
  });
});
step(function () {
  cp.exec('pwd', { cwd: '/' }, function (err, stdout) {
    console.log('cwd', JSON.stringify(stdout));
    next();
  });
});
step(function () {
  var c = cp.exec('cat', function (err, stdout) {
    console.log('stdin to exec', JSON.stringify(stdout));
    next();
  });
  c.stdin.write('line 1\n');
  c.stdin.end('line 2\n');
});
next();
