// close() pauses the input and emits 'pause' then 'close' once; lines of
// the same chunk still come out; later chunks do not.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
var ev = [];
['pause', 'resume', 'close'].forEach(function (e) { rl.on(e, function () { ev.push(e); }); });
rl.on('line', function (l) {
  ev.push('line:' + l);
  if (l === 'b') rl.close();
});
input.write('a\nb\nc\n');
input.write('d\n');
setTimeout(function () {
  rl.close();
  console.log(ev.join(' '));
  console.log('input paused', input.isPaused());
  var rl2 = readline.createInterface({ input: new PassThrough() });
  rl2.on('pause', function () { console.log('rl2 pause'); });
  rl2.on('resume', function () { console.log('rl2 resume'); });
  rl2.pause();
  rl2.pause();
  rl2.resume();
  rl2.resume();
  rl2.close();
}, 20);
