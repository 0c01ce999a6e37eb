// A domain 'error' handler that throws, with no outer domain: the process
// dies with that error, exit code 7.
var domain = require('domain');
var d = domain.create();
d.on('error', function (er) {
  console.log('handler got', er.message);
  throw new Error('handler failed');
});
d.run(function () {
  process.nextTick(function () {
    throw new Error('first');
  });
});
