// What terminal mode writes: the prompt refresh, echo of typed text,
// cursor moves, the line end.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var output = new PassThrough();
var out = [];
output.on('data', function (d) { out.push(String(d)); });
var rl = readline.createInterface({ input: input, output: output, terminal: true, prompt: 'P> ' });
rl.on('line', function (l) { out.push('<line ' + l + '>'); });
function step(label, s) {
  if (s !== undefined) input.write(s);
  console.log(label, JSON.stringify(out.join('')));
  out = [];
}
step('start');
rl.prompt();
step('prompt');
step('a', 'a');
step('b', 'b');
step('left', '\x1b[D');
step('right', '\x1b[C');
step('backspace', '\x7f');
step('insert in middle', '\x1b[DZ');
step('home', '\x1b[H');
step('end', '\x1b[F');
step('enter', '\r');
rl.question('What? ', function (a) { out.push('<answer ' + a + '>'); });
step('question');
step('answer', 'yes\r');
rl.close();
step('close');
