// Non-terminal readline over a PassThrough: lines end at \n, \r\n and \r,
// also across chunks; the last partial line comes out at 'end'; events.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough();
var rl = readline.createInterface({ input: input, terminal: false });
var events = [];
rl.on('line', function (line) { events.push('line ' + JSON.stringify(line)); });
rl.on('pause', function () { events.push('pause'); });
rl.on('resume', function () { events.push('resume'); });
rl.on('close', function () {
  events.push('close');
  console.log(events.join('\n'));
  console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line));
});

input.write('one\ntwo\r\nthree\rfour');
input.write(' continued\n');
input.write('crlf split\r');
input.write('\nafter split\n');
input.write('\n\n');
input.write(Buffer.from([0xe2, 0x98]));
input.write(Buffer.from([0x83, 0x0a]));
input.end('no newline at end');
