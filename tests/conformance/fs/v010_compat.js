// v0.10 differs: behaviour where isonode follows Node v0.10 rather than v20.
// - A missing callback is allowed: the operation runs, and an error it ends
//   with is thrown as an uncaught exception (v20 throws ERR_INVALID_ARG_TYPE
//   at the call).
// - writeFile/appendFile/write coerce non-string, non-buffer data with
//   String() (v20 throws ERR_INVALID_ARG_TYPE).
// - realpath's second argument may be a cache object consulted first and
//   filled with results under absolute paths (v20 treats it as options and
//   ignores it).
var fs = require('fs');
var h = require('./helpers/tmp');
h.setup();

fs.writeFileSync('n.txt', 12345);
console.log('coerced number', fs.readFileSync('n.txt', 'utf8'));
fs.appendFileSync('n.txt', true);
console.log('coerced boolean', fs.readFileSync('n.txt', 'utf8'));
var fd = fs.openSync('n.txt', 'w');
console.log('write coerced', fs.writeSync(fd, 42));
fs.closeSync(fd);

var cache = { '/made/up/path': '/resolved' };
console.log('realpath cache hit', fs.realpathSync('/made/up/path', cache));
var real = fs.realpathSync('n.txt', cache);
console.log('realpath cache filled', cache[require('path').resolve('n.txt')] === real);

fs.writeFile('nocb.txt', 'no callback');
fs.mkdir('nocb-dir');
// wait (polling) until both operations have run
var waited = setInterval(function () {
  if (!fs.existsSync('nocb-dir') || !fs.existsSync('nocb.txt') || fs.statSync('nocb.txt').size === 0) return;
  clearInterval(waited);
  console.log('ran without callback', fs.readFileSync('nocb.txt', 'utf8'), fs.existsSync('nocb-dir'));
  try {
    fs.unlink('x', 'not a function');
  } catch (e) {
    console.log('non-function callback', e.code);
  }
  fs.unlink('does-not-exist');
}, 5);
