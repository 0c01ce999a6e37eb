// A REPL on a context object (useGlobal false): function declarations and
// let/const of one line are seen by the next, and a line that only opens an
// object or a function waits for more (the '... ' prompt).
var repl = require('repl');
var Stream = require('stream');

var input = new Stream();
input.readable = true;
input.resume = input.pause = function () {};
var out = [];
var output = new Stream();
output.writable = true;
output.write = function (d) { out.push(String(d)); };

var r = repl.start({ input: input, output: output, prompt: '> ', terminal: false });
r.context.message = 'from the context';
['function blah() { return 1; }', 'blah()', 'const answer = 42', 'answer + 1', 'message',
 '{ a: ', '1 }', '(function () {', '// comment', 'return 7;', '})()', 'function open() {', '.break', '1 + 1']
  .forEach(function (line) { input.emit('data', line + '\n'); });
console.log(JSON.stringify(out.join('')));
r.close();
