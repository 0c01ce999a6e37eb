// v0.10 differs: server.timeout defaults to 120000 ms in v0.10 (0 in v20).
// Timeouts: server.setTimeout with a listener (the listener decides), the
// default action (the socket is destroyed), and the client's req.setTimeout
// and `timeout` option.
var http = require('http');
var net = require('net');

console.log('server.timeout default:', http.createServer().timeout === 120000 ? 'v0.10 (120000)' : 'v20 (0)');

var server = http.createServer(function (req, res) {
  if (req.url === '/hang') return; // never answers
  res.end('ok');
});
server.setTimeout(50, function (socket) {
  console.log('server timeout event, destroying');
  socket.destroy();
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var req = http.get({ host: '127.0.0.1', port: port, path: '/hang' });
  req.on('error', function (e) { console.log('client error:', e.code, e.message); });
  req.on('close', function () {
    console.log('client close');
    step2(port);
  });
});

function step2(port) {
  server.removeAllListeners('timeout');
  server.setTimeout(50); // no listener: the socket is destroyed
  var s = net.connect(port, '127.0.0.1');
  s.on('close', function () {
    console.log('idle raw socket closed by server');
    step3(port);
  });
  s.resume();
}

function step3(port) {
  server.setTimeout(0);
  var req = http.get({ host: '127.0.0.1', port: port, path: '/hang' });
  req.setTimeout(30, function () {
    console.log('client req timeout');
    req.destroy();
  });
  req.on('error', function (e) { console.log('client error after timeout:', e.code); });
  req.on('close', function () {
    var req2 = http.get({ host: '127.0.0.1', port: port, path: '/hang', timeout: 30 });
    req2.on('timeout', function () {
      console.log('client option timeout');
      req2.destroy();
    });
    req2.on('error', function (e) { console.log('req2 error:', e.code); });
    req2.on('close', function () { server.close(); server.closeAllConnections && server.closeAllConnections(); });
  });
}
