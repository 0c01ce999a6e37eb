// Connecting to a port nobody listens on fails with ECONNREFUSED.
var net = require('net');
var s = net.createServer().listen(0, '127.0.0.1', function () {
  var port = s.address().port;
  s.close(function () {
    var c = net.connect({ port: port, host: '127.0.0.1' });
    c.on('connect', function () { console.log('unexpected connect'); });
    c.on('error', function (e) {
      console.log('message ok', e.message === 'connect ECONNREFUSED 127.0.0.1:' + port, e.code, e.errno, e.syscall, e.address, e.port === port);
      console.log('keys', e instanceof Error, Object.keys(e).join(','));
    });
    c.on('close', function (hadError) { console.log('close', hadError, c.destroyed); });
  });
});
