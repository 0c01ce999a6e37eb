// readline/promises: question() returns a promise of the answer.
var readline = require('readline/promises');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var output = new PassThrough();
var written = [];
output.on('data', function (d) { written.push(String(d)); });
var rl = readline.createInterface({ input: input, output: output, terminal: false });
rl.question('Q? ').then(function (a) {
  console.log('answer', JSON.stringify(a));
  console.log('written', JSON.stringify(written.join('')));
  rl.close();
  return rl.question('again? ');
}).catch(function (e) {
  console.log('after close', e.code);
});
input.write('forty-two\n');
