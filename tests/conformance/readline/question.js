// question(), setPrompt/prompt and write() in non-terminal mode: the prompt
// text goes to output, answers come from input.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var Writable = require('stream').Writable;

var written = [];
var output = new Writable({
  write: function (chunk, enc, cb) { written.push(String(chunk)); cb(); }
});
var input = new PassThrough();
var rl = readline.createInterface(input, output);
console.log('terminal', rl.terminal);
console.log('prompt', JSON.stringify(rl.getPrompt()));

rl.question('Name? ', function (answer) {
  console.log('answer', JSON.stringify(answer));
  console.log('prompt restored', JSON.stringify(rl.getPrompt()));
  rl.setPrompt('cmd> ');
  rl.prompt();
  rl.once('line', function (line) {
    console.log('line', JSON.stringify(line));
    rl.write('written line\n');
  });
});
input.write('Ada\n');
setTimeout(function () {
  input.write('go\n');
  setTimeout(function () {
    rl.on('line', function (l) { console.log('late line', JSON.stringify(l)); });
    rl.close();
    console.log('output', JSON.stringify(written.join('')));
    console.log('closed', rl.closed === true);
  }, 10);
}, 10);
