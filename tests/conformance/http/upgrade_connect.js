// Upgrade and CONNECT: the server's 'upgrade' and 'connect' events with the
// socket and the bytes after the head; the client's 'upgrade' and 'connect'.
var http = require('http');

var server = http.createServer(function (req, res) { res.end('plain'); });
server.on('upgrade', function (req, socket, head) {
  console.log('server upgrade:', req.method, req.url, req.headers.upgrade, 'head=' + JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome;');
  socket.on('data', function (d) { socket.write('echo:' + d); });
  socket.on('end', function () { socket.end(); });
});
server.on('connect', function (req, socket, head) {
  console.log('server connect:', req.method, req.url, 'head=' + JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-open;');
  socket.on('data', function (d) { socket.end('tunnel:' + d); });
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var req = http.request({ host: '127.0.0.1', port: port, path: '/chat',
    headers: { 'Connection': 'Upgrade', 'Upgrade': 'echo' } });
  req.on('upgrade', function (res, socket, head) {
    console.log('client upgrade:', res.statusCode, res.headers.upgrade, 'head=' + JSON.stringify(head.toString()));
    socket.on('data', function (d) {
      console.log('client got:', d.toString());
      socket.destroy();
      connect(port);
    });
    socket.write('ping');
  });
  req.end('early');
});

function connect(port) {
  var req = http.request({ host: '127.0.0.1', port: port, method: 'CONNECT', path: 'example.com:443' });
  req.on('connect', function (res, socket, head) {
    console.log('client connect:', res.statusCode, res.statusMessage, 'head=' + JSON.stringify(head.toString()));
    var got = '';
    socket.on('data', function (d) { got += d; });
    socket.on('end', function () {
      console.log('client tunnel got:', got);
      server.close();
    });
    socket.write('data');
  });
  req.end();
}
