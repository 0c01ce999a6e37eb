// A child that throws: the parent keeps running and sees 'exit' with code 1.
var cp = require('child_process');
var child = cp.fork(__dirname + '/helpers/throw_child.js', [], { silent: true });
var err = [];
child.stderr.on('data', function (d) { err.push(d); });
child.on('message', function (m) { console.log('message', m); });
child.on('exit', function (code, sig) {
  console.log('exit', code, sig, 'exitCode', child.exitCode);
  setTimeout(function () {
    console.log('stderr mentions error:', /Error: child failure/.test(Buffer.concat(err).toString()));
    console.log('parent still running');
  }, 20);
});
