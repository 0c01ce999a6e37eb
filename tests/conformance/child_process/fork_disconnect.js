// disconnect from either side: 'disconnect' on both, connected false,
// and the child (kept alive only by its channel) exits.
var cp = require('child_process');
var a = cp.fork(__dirname + '/helpers/wait_child.js');
a.on('message', function (m) {
  console.log('a:', m);
  a.disconnect();
  console.log('a connected after disconnect()', a.connected);
  a.send('too late', function (err) { console.log('send after disconnect:', err && err.code); });
});
a.on('disconnect', function () { console.log('a: disconnect event'); });
a.on('exit', function (code, sig) {
  console.log('a: exit', code, sig);
  var b = cp.fork(__dirname + '/helpers/wait_child.js');
  b.on('message', function () { b.send('disconnect yourself'); });
  b.on('disconnect', function () { console.log('b: disconnect event, connected =', b.connected); });
  b.on('exit', function (code, sig) { console.log('b: exit', code, sig); });
});
