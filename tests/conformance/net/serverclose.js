// server.close: stops accepting at once, 'close' (and its callback) only
// after the last connection ended; getConnections counts them.
var net = require('net');
var socks = [];
var server = net.createServer(function (s) {
  socks.push(s);
  s.resume();
  if (socks.length === 2) {
    server.getConnections(function (err, n) {
      console.log('connections', err, n);
      server.close(function (err) { console.log('close callback', err); });
      console.log('listening after close()', server.listening, server.address());
      var late = net.connect(port, '127.0.0.1');
      late.on('error', function (e) { console.log('late connect', e.code); });
      setTimeout(function () {
        console.log('ending first');
        socks[0].end();
        setTimeout(function () {
          server.getConnections(function (err, n) { console.log('connections', n); });
          console.log('ending second');
          socks[1].end();
        }, 50);
      }, 50);
    });
  }
});
server.on('close', function () { console.log('close event'); });
var port;
server.listen(0, '127.0.0.1', function () {
  port = server.address().port;
  for (var i = 0; i < 2; i++) {
    var c = net.connect(port, '127.0.0.1');
    c.resume();
  }
});
var s2 = net.createServer();
s2.close(function (err) { console.log('not running:', err.code, err.message); });
