// process.exit(code): 'exit' listeners run with the code; nothing after runs.
process.on('exit', function (code) {
  console.log('exit event', code, process.exitCode);
  setTimeout(function () { console.log('timer in exit ran!'); }, 0);
});
setTimeout(function () { console.log('timer ran!'); }, 10);
console.log('before');
process.exit(3);
console.log('after exit ran!');
