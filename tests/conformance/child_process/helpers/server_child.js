// Receives a listening server from the parent and answers its connections.
var net = require('net');
var server;
var n = 0;
process.on('message', function (m, h) {
  if (m === 'stop') {
    server.close(function () {
      process.send({ connections: n });
      process.disconnect();
    });
    return;
  }
  server = h;
  console.log('child: got', m, h instanceof net.Server);
  server.on('connection', function (sock) {
    n++;
    sock.end('from child\n');
  });
  process.send({ listening: server.listening, port: server.address().port });
});
