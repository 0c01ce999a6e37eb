// A second listen on a port in use fails with EADDRINUSE on 'error'.
var net = require('net');
var a = net.createServer();
a.listen(0, function () {
  var port = a.address().port;
  var b = net.createServer();
  b.on('listening', function () { console.log('unexpected listening'); });
  b.on('error', function (e) {
    console.log(e.message === 'listen EADDRINUSE: address already in use :::' + port);
    console.log('fields', e.code, e.errno, e.syscall, e.address, e.port === port, Object.keys(e).join(','));
    console.log('listening', b.listening, b.address());
    var c = net.createServer();
    c.on('error', function (e) {
      console.log('second', e.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port, e.code, e.address);
      a.close();
    });
    c.listen(port, '127.0.0.1');
  });
  b.listen(port);
  console.log('sync after listen');
});
try {
  net.createServer().listen(70000);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
