// A missing command: 'error' arrives asynchronously with Node's fields.
var cp = require('child_process');
var c = cp.spawn('no-such-command-isonode', ['a', 'b']);
console.log('pid', c.pid);
var sync = true;
c.on('error', function (e) {
  console.log('error sync?', sync, e.message, e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs));
});
c.on('exit', function () { console.log('exit (not expected)'); });
c.on('close', function (code, sig) {
  console.log('close', code, sig);
  cp.execFile('no-such-command-isonode', ['x'], function (err, stdout, stderr) {
    console.log('execFile', err.code, err.syscall, err.path, JSON.stringify(err.spawnargs), err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
    var r = cp.spawnSync('no-such-command-isonode', ['y']);
    console.log('spawnSync', r.error.message, r.error.code, r.error.syscall, r.status, r.signal, r.output);
    try { cp.execFileSync('no-such-command-isonode'); } catch (e) { console.log('execFileSync', e.code, e.message); }
    var bad = cp.spawn('/bin/sh', ['-c', 'true'], { cwd: '/no/such/dir/isonode' });
    bad.on('error', function (e) { console.log('bad cwd', e.code, e.syscall); });
  });
});
sync = false;
