// A forked child's argv, env (a copy, or options.env), cwd and channel state.
// The second child starts after the first has exited, so the order of the
// lines does not depend on scheduling.
var cp = require('child_process');
var path = require('path');
process.env.FORK_TEST_VAR = 'copied';
var child = cp.fork(path.join(__dirname, 'helpers', 'info_child.js'), ['one', 2]);
process.env.FORK_TEST_VAR = 'changed after fork';
child.on('message', function (m) { console.log('default:', JSON.stringify(m)); });
child.on('exit', function (code) {
  console.log('child exit', code);
  var c2 = cp.fork('info_child.js', [], {
    env: { FORK_TEST_VAR: 'explicit', PATH: process.env.PATH },
    cwd: path.join(__dirname, 'helpers')
  });
  c2.on('message', function (m) { console.log('options:', JSON.stringify(m)); });
  c2.on('exit', function (code) { console.log('c2 exit', code); });
});
