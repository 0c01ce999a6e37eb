// An 'uncaughtException' listener keeps the process alive after a throw.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('still running'); }, 5);
throw new Error('top level');
