// fork's execPath option runs the module with another executable (here
// /bin/sh), which isonode must start as an OS process.
var fork = require('child_process').fork;
var path = require('path');
var child = fork(path.join(__dirname, 'helpers', 'print_args.sh'), ['a', 'b'], { execPath: '/bin/sh', silent: true });
console.log('spawnargs tail', child.spawnargs.slice(-2).join(' '));
var out = '';
child.stdout.on('data', function (d) { out += d; });
child.on('close', function (code, signal) {
  console.log('child said', JSON.stringify(out));
  console.log('close', code, signal);
});
