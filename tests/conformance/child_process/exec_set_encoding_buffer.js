// exec with encoding 'buffer' and a caller-set encoding on child.stdout:
// the callback gets the strings the stream produced.
var exec = require('child_process').exec;
var child = exec('printf abc', { encoding: 'buffer' }, function (err, stdout) {
  console.log('result', err, typeof stdout, JSON.stringify(stdout));
});
child.stdout.setEncoding('hex');
