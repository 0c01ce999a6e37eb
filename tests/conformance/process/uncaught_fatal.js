// An uncaught error prints file:line, the line, a caret and the stack, then exits 1.
process.on('exit', function (code) { console.log('exit event', code); });
console.log('before');
function fail() {
  throw new Error('boom');
}
setTimeout(fail, 1);
