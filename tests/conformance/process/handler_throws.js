// An 'uncaughtException' listener that throws makes that error fatal.
process.on('uncaughtException', function (e) {
  console.log('handler got', e.message);
  throw new Error('from handler');
});
setTimeout(function () { throw new Error('original'); }, 1);
