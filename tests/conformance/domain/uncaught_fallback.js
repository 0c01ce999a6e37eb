// An error outside any domain, or in a domain without an 'error' listener,
// is an ordinary uncaught exception.
var domain = require('domain');
var d = domain.create();
process.on('uncaughtException', function (er) {
  console.log('uncaughtException', er.message, 'domain' in er, process.domain);
});
d.run(function () {
  setTimeout(function () {
    throw new Error('no listener');
  }, 1);
});
setTimeout(function () {
  throw new Error('no domain');
}, 5);
