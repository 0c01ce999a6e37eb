// v0.10 differs: spawn() ignores an options argument that is not an object,
// and execFile() ignores a callback that is not a function (Node v20 throws
// ERR_INVALID_ARG_TYPE for both). A string in the args position throws.
var cp = require('child_process');
var child = cp.spawn('echo', ['spawned'], 'not options');
child.stdout.on('data', function (d) {
  process.stdout.write('spawn: ' + d);
});
child.on('close', function (code) {
  console.log('spawn close', code);
  var c2 = cp.execFile('echo', ['execFile'], {}, 'not a callback');
  c2.stdout.on('data', function (d) {
    process.stdout.write('execFile: ' + d);
  });
  c2.on('close', function (code) {
    console.log('execFile close', code);
  });
});
try {
  cp.spawn('echo', 'a string');
} catch (e) {
  console.log('args string:', e.name);
}
