// A socket may connect again after it closed: here three rounds, each ended
// by the client (end()) and answered by the server's end(). The accepted
// socket emits 'connect' right after the server's 'connection'.
// v0.10 differs: Node 20's accepted sockets emit no 'connect'. The golden
// follows v0.10.
var net = require('net');
var rounds = 0;
var server = net.createServer(function (s) {
  console.log('server: connection');
  s.on('connect', function () { console.log('server: socket connect'); s.write('hello ' + rounds); });
  s.on('end', function () { s.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('connect', function () { console.log('client: connect, round', rounds); });
  c.on('data', function (d) { console.log('client: data', d); c.end(); });
  c.on('end', function () { console.log('client: end'); });
  c.on('close', function (hadError) {
    console.log('client: close', hadError, 'bytesRead', c.bytesRead);
    if (++rounds < 3) c.connect(port, '127.0.0.1');
    else server.close(function () { console.log('server closed'); });
  });
});
