// A spawn that fails (missing command, missing cwd) still has the stdio
// streams it would have piped, already destroyed; the error, then 'close',
// come asynchronously.
var cp = require('child_process');
function run(label, cmd, opts, next) {
  var c = cp.spawn(cmd, [], opts);
  console.log(label, 'streams', !!c.stdin, !!c.stdout, !!c.stderr, c.stdio.length, 'pid', c.pid);
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', function () {
    console.log(label, 'data (wrong)');
  });
  c.on('error', function (e) {
    console.log(label, 'error', e.code, e.syscall);
  });
  c.on('close', function (code, signal) {
    console.log(label, 'close', code, signal);
    if (next) next();
  });
}
run('missing command', 'no-such-command-here', {}, function () {
  run('missing cwd', 'pwd', { cwd: '/no/such/dir' }, function () {
    run('ignored stderr', 'no-such-command-here', { stdio: ['pipe', 'pipe', 'ignore'] });
  });
});
