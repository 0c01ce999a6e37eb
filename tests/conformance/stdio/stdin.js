// process.stdin is a Readable (not read here: the fixture's stdin is not
// under its control), paused until someone reads; openStdin is v0.10's.
var stream = require('stream');
var stdin = process.stdin;
console.log(stdin instanceof stream.Readable, stdin instanceof stream.Stream, stdin.fd);
console.log(typeof stdin.setEncoding, typeof stdin.pause, typeof stdin.resume, typeof stdin.read, typeof stdin.pipe);
console.log('readable', stdin.readable, 'flowing', stdin.readableFlowing);
console.log('same object', process.stdin === stdin);
console.log(typeof process.openStdin);
var tty = require('tty');
console.log(typeof tty.isatty, tty.isatty(-1), tty.isatty(1.5), tty.isatty('0'), tty.isatty(987654));
console.log(typeof tty.ReadStream, typeof tty.WriteStream);
console.log(typeof tty.ReadStream.prototype.setRawMode);
['getWindowSize', 'getColorDepth', 'hasColors', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown'].forEach(function (m) {
  console.log(m, typeof tty.WriteStream.prototype[m]);
});
var depth = tty.WriteStream.prototype.getColorDepth;
console.log('depths', depth({ TERM: 'xterm-256color' }), depth({ TERM: 'dumb' }), depth({ COLORTERM: 'truecolor' }),
  depth({}), depth({ TERM: 'xterm' }), depth({ FORCE_COLOR: '0' }), depth({ TERM: 'xterm', NO_COLOR: '' }),
  depth({ FORCE_COLOR: '2' }), depth({ FORCE_COLOR: '3' }));
var fake = { getColorDepth: depth, hasColors: tty.WriteStream.prototype.hasColors };
console.log('hasColors', fake.hasColors(256, { TERM: 'xterm-256color' }), fake.hasColors({ TERM: 'xterm' }), fake.hasColors(2, { TERM: 'dumb' }), fake.hasColors(17, { TERM: 'xterm' }));
try {
  new tty.WriteStream(-1);
} catch (e) {
  console.log(e.name, e.code);
}
