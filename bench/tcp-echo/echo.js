// Echo server for bench/tcp-echo: prints "listening <port>", echoes every
// byte back, exits when stdin closes.
var net = require('net');
var server = net.createServer(function (socket) {
  socket.on('data', function (d) { socket.write(d); });
  socket.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () {
  process.stdout.write('listening ' + server.address().port + '\n');
});
process.stdin.on('end', function () { process.exit(0); });
process.stdin.resume();
