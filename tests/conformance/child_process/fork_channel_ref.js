// A forked child's IPC channel keeps it alive only while it has 'message'
// or 'disconnect' listeners: a child that only sends ends by itself, one
// whose listener is removed ends then, one that keeps listening waits.
var cp = require('child_process');
var path = require('path');
var modes = ['send-only', 'once', 'listen'];
(function next(i) {
  if (i === modes.length) return;
  var c = cp.fork(path.join(__dirname, 'helpers', 'listener_child.js'), [modes[i]]);
  c.on('message', function (m) {
    console.log(m);
    if (m === 'once ready') c.send('ping');
    if (m === 'listen ready') c.send('ping');
    if (m === 'listen got ping') c.disconnect();
  });
  c.on('exit', function (code, sig) {
    console.log(modes[i], 'exit', code, sig);
    next(i + 1);
  });
})(0);
