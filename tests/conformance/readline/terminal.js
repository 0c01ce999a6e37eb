// Terminal mode over streams: line editing keys, history, completion and
// the signal events, checked through 'line' events and rl.line / rl.cursor.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var output = new PassThrough();
output.resume();
function completer(line) {
  var words = ['hello', 'help', 'world'];
  var hits = words.filter(function (w) { return w.indexOf(line) === 0; });
  return [hits, line];
}
var rl = readline.createInterface({ input: input, output: output, terminal: true, completer: completer });
var lines = [];
rl.on('line', function (l) { lines.push(l); });
function state(label) {
  console.log(label, JSON.stringify(rl.line), rl.cursor);
}
function send(s) { input.write(s); }

console.log('terminal', rl.terminal);
send('abc');
state('typed');
send('\x1b[D\x1b[D');
state('left x2');
send('X');
state('insert');
send('\x7f');
state('backspace');
send('\x01');
state('ctrl-a');
send('\x05');
state('ctrl-e');
send('\x1b[3~');
state('delete at end');
send('\x01\x1b[3~');
state('delete at start');
send('\x0b');
state('ctrl-k');
send('one two');
send('\x17');
state('ctrl-w');
send('\x15');
state('ctrl-u');
send('first\r');
send('second\r\n');
send('third\n');
state('after enter');
send('\x1b[A');
state('up');
send('\x1b[A');
state('up up');
send('\x1b[B');
state('down');
send('\x1b[B');
state('down down');
send('wo\t');
state('tab single');
send('\x15he\t');
state('tab common');
send('\x15');
rl.on('SIGINT', function () { console.log('SIGINT', JSON.stringify(rl.line)); });
send('zz\x03');
rl.on('close', function () { console.log('close'); });
send('\x15');
send('\x04');
console.log('lines', JSON.stringify(lines));
console.log('history', JSON.stringify(rl.history));
