// Receives a socket from the parent, reports what it sees and answers.
var net = require('net');
process.on('message', function (m, sock) {
  process.send({ got: m, isSocket: sock instanceof net.Socket,
    remote: sock.remoteAddress, portType: typeof sock.remotePort,
    readable: sock.readable, writable: sock.writable });
  var buf = '';
  sock.setEncoding('utf8');
  sock.on('data', function (d) {
    buf += d;
    if (buf === 'ping') sock.end('pong from child (' + buf + ')');
  });
  sock.on('close', function () {
    process.send('closed');
    process.disconnect();
  });
});
process.send('ready');
