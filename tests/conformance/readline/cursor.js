// The cursor helpers write ANSI sequences; emitKeypressEvents decodes keys.
var readline = require('readline');
var Writable = require('stream').Writable;
var PassThrough = require('stream').PassThrough;

var chunks = [];
var out = new Writable({ write: function (c, e, cb) { chunks.push(String(c)); cb(); } });
function show(label, r) {
  console.log(label, r, JSON.stringify(chunks.join('')));
  chunks = [];
}
show('cursorTo x', readline.cursorTo(out, 5));
show('cursorTo x y', readline.cursorTo(out, 2, 3));
show('moveCursor +', readline.moveCursor(out, 4, 2));
show('moveCursor -', readline.moveCursor(out, -1, -6));
show('moveCursor 0', readline.moveCursor(out, 0, 0));
show('clearLine -1', readline.clearLine(out, -1));
show('clearLine 1', readline.clearLine(out, 1));
show('clearLine 0', readline.clearLine(out, 0));
show('clearScreenDown', readline.clearScreenDown(out));

var input = new PassThrough();
readline.emitKeypressEvents(input);
var keys = [];
input.on('keypress', function (s, key) {
  keys.push(JSON.stringify(s) + ' ' + key.name + (key.ctrl ? ' ctrl' : '') + (key.meta ? ' meta' : '') +
    (key.shift ? ' shift' : '') + ' ' + JSON.stringify(key.sequence));
});
input.write('aZ5 \r\n\t\x7f\x03\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x1b[1;5C\x1bb\x1bOP\x1b[Z');
input.write('\u00e9\u2603');
setTimeout(function () {
  console.log(keys.join('\n'));
}, 10);
