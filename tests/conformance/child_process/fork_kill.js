// child.kill() ends only that child: 'exit' with null and the signal.
var cp = require('child_process');
var child = cp.fork(__dirname + '/helpers/wait_child.js');
child.on('message', function (m) {
  console.log('message', m, 'connected', child.connected);
  console.log('kill returns', child.kill());
});
child.on('disconnect', function () { console.log('disconnect'); });
child.on('exit', function (code, sig) {
  console.log('exit', code, sig, 'killed', child.killed, 'signalCode', child.signalCode);
  var c2 = cp.fork(__dirname + '/helpers/wait_child.js');
  c2.on('message', function () { console.log('process.kill returns', process.kill(c2.pid, 'SIGINT')); });
  c2.on('exit', function (code, sig) {
    console.log('second exit', code, sig);
    try { process.kill(c2.pid, 0); } catch (e) { console.log('probe after exit', e.code); }
  });
});
