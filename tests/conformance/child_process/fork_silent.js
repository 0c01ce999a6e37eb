// silent: true gives the parent the child's stdout and stderr as streams;
// without it the child writes to the parent's own stdout.
var cp = require('child_process');
var child = cp.fork(__dirname + '/helpers/silent_child.js', [], { silent: true });
var out = [], err = [];
console.log('streams', !!child.stdout, !!child.stderr, !!child.stdin);
child.stdout.on('data', function (d) { out.push(d); });
child.stderr.on('data', function (d) { err.push(d); });
child.on('close', function (code) {
  console.log('silent close', code);
  console.log('stdout:', JSON.stringify(Buffer.concat(out).toString()));
  console.log('stderr:', JSON.stringify(Buffer.concat(err).toString()));
  var loud = cp.fork(__dirname + '/helpers/silent_child.js', [], { stdio: ['pipe', 'inherit', 'pipe', 'ipc'] });
  loud.stderr.resume();
  loud.on('close', function (code) { console.log('inherit close', code, loud.stdout === null); });
});
