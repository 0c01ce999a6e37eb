// Output a child wrote before exiting arrives ('data', then 'end') before
// its 'exit' event, then 'close' comes last.
var cp = require('child_process');
var runs = 0;
function one() {
  var ev = [];
  var p = cp.spawn('sh', ['-c', 'echo hi'], { stdio: ['ignore', 'pipe', 'ignore'] });
  p.stdout.on('data', function (d) { ev.push('data:' + String(d).trim()); });
  p.stdout.on('end', function () { ev.push('end'); });
  p.on('exit', function (code) { ev.push('exit:' + code); });
  p.on('close', function () {
    ev.push('close');
    console.log(ev.join(' '));
    if (++runs < 5) one();
  });
}
one();
