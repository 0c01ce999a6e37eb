// Keypress events and the width helpers of readline.
// v0.10 differs: a data chunk that ends in a lone ESC emits the escape key at
// once (Node 20 waits escapeCodeTimeout for more), and readline exports the
// (hidden) width helpers isFullWidthCodePoint, codePointAt, getStringWidth
// and stripVTControlCharacters, which Node 20 moved to its internals.
var readline = require('readline');
var EventEmitter = require('events').EventEmitter;

function keys(chunks) {
  var input = new EventEmitter();
  var seen = [];
  readline.emitKeypressEvents(input);
  input.on('keypress', function (ch, key) {
    seen.push([ch === undefined ? 'undefined' : JSON.stringify(ch), JSON.stringify(key.sequence), String(key.name)].join(' '));
  });
  chunks.forEach(function (c) { input.emit('data', c); });
  console.log(JSON.stringify(chunks), '->', seen.length ? seen.join(' | ') : '(none yet)');
}
keys(['\x1b']);
keys(['a\x1b']);
keys(['\x1b[31m']);
keys(['\x1b[31m', 'b', '\x1b[39m']);
keys(['\x1b[A\x1bx']);
keys(['\x1b[', 'B']);

console.log('hidden:', Object.keys(readline).indexOf('getStringWidth') === -1);
console.log('full width:', [0x61, 0x3042, 0x8c22, 0xace0, 0x1f251].map(readline.isFullWidthCodePoint).join());
console.log('codePointAt:', readline.codePointAt('\ud800\udc00A', 0).toString(16), readline.codePointAt('\ud800\udc00A', 2).toString(16));
console.log('widths:', ['abcde', '\u53e4\u6c60\u3084', 'A\ud83c\ude00BC', '\x1b[31m> \x1b[39m> ', '\x1b[31m\x1b[39m'].map(readline.getStringWidth).join());
console.log('strip:', JSON.stringify(readline.stripVTControlCharacters('\x1b[31m> \x1b[39m> ')));
