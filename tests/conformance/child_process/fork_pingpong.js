// 10,000 messages each way, in order, copied as JSON.
var cp = require('child_process');
var child = cp.fork(__dirname + '/helpers/echo_child.js');
var N = 10000, next = 0, bad = 0;
child.on('message', function (m) {
  if (m.done !== undefined) { console.log('child counted', m.done); return; }
  if (m.i !== next || m.n !== next) bad++;
  next++;
  if (next === N) {
    console.log('received', next, 'in order:', bad === 0);
    child.send('stop');
  }
});
for (var i = 0; i < N; i++) child.send({ i: i });
var obj = { nested: { a: [1, 2, { b: 'c' }] }, date: new Date(0), undef: undefined, fn: function () {} };
console.log('send returns', child.send(obj) !== undefined);
child.on('disconnect', function () { console.log('disconnect; connected =', child.connected); });
child.on('exit', function (code, sig) { console.log('exit', code, sig); });
child.on('close', function (code, sig) { console.log('close', code, sig); });
