// exec still collects the output when the caller sets an encoding on
// child.stdout / child.stderr itself (the chunks are then strings).
var exec = require('child_process').exec;
var seen = [];
var child = exec('printf "one\\ntwo\\n"; printf "err\\n" 1>&2', function (err, stdout, stderr) {
  console.log('err', err);
  console.log('stdout', JSON.stringify(stdout));
  console.log('stderr', JSON.stringify(stderr));
  console.log('chunks are strings', seen.every(function (c) { return typeof c === 'string'; }));
});
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', function (c) { seen.push(c); });
