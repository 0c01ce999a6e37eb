// Callbacks scheduled inside a domain run in it: nextTick, setInterval,
// setTimeout, setImmediate and fs callbacks; a throw from any of them goes
// to the domain's 'error' handler with err.domain and err.domainThrown.
// v0.10 differs: the handler runs with the domain still active
// (process.domain === d); Node v20 exits it first.
var domain = require('domain');
var fs = require('fs');
var d = domain.create();
var log = [];
d.on('error', function (er) {
  log.push('error ' + er.message + ' ' + (er.domain === d) + ' ' + er.domainThrown +
    ' active=' + (process.domain === d));
});
d.run(function () {
  log.push('run active=' + (process.domain === d) + ' ' + (domain.active === d));
  process.nextTick(function () {
    log.push('tick active=' + (process.domain === d));
    var i = setInterval(function () {
      clearInterval(i);
      log.push('interval active=' + (process.domain === d));
      setTimeout(function () {
        fs.stat('/this file does not exist', function (er) {
          log.push('stat active=' + (process.domain === d) + ' ' + er.code);
          setImmediate(function () {
            throw new Error('from immediate');
          });
          throw new Error('from stat');
        });
      }, 1);
    }, 1);
  });
});
log.push('after run active=' + process.domain);
process.nextTick(function () {
  log.push('outside tick active=' + process.domain);
});
process.on('exit', function (code) {
  log.push('exit ' + code + ' stack=' + domain._stack.length);
  console.log(log.join('\n'));
});
