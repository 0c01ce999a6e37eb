// v0.10 differs: a socket's destroy() releases its place in socket.server's
// count even when the caller set socket.server itself, and only once however
// often destroy() is called (Node 20 counts only the sockets its server
// accepted, and dropped server.connections). The golden follows v0.10.
var net = require('net');
var server = new net.Server();
server.connections = 3;
var s = new net.Socket();
s.server = server;
s.destroy();
console.log('after destroy', server.connections);
s.destroy();
console.log('after a second destroy', server.connections);

// an accepted socket's count drops once too; 'close' comes when none is left
var srv = net.createServer(function (c) {
  console.log('accepted, connections', srv.connections);
  c.destroy();
  c.destroy();
  console.log('destroyed twice, connections', srv.connections);
  srv.close(function () { console.log('server closed'); });
});
srv.listen(0, '127.0.0.1', function () {
  net.connect(srv.address().port, '127.0.0.1').resume();
});
