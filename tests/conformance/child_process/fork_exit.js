// process.exit in the child ends only the child; its code reaches 'exit'.
var cp = require('child_process');
var child = cp.fork(__dirname + '/helpers/exit_child.js', ['3'], { silent: true });
var out = [];
child.stdout.on('data', function (d) { out.push(d); });
child.on('exit', function (code, sig) {
  console.log('exit', code, sig);
});
child.on('close', function (code, sig) {
  console.log('close', code, sig, JSON.stringify(Buffer.concat(out).toString()));
  var c0 = cp.fork(__dirname + '/helpers/exit_child.js', ['0'], { silent: true });
  c0.on('exit', function (code) { console.log('exit 0 child', code); });
});
