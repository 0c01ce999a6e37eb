// A socket a server accepted and sent to a child still counts as one of
// the server's connections: server.close() waits until the child has
// closed it.
var fork = require('child_process').fork;
var net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', function (m, socket) {
    if (m !== 'socket') return;
    setTimeout(function () {
      socket.destroy();
      process.send('destroyed');
    }, 50);
  });
} else {
  var child = fork(__filename, ['child']);
  var destroyed = false;
  child.on('message', function (m) {
    if (m === 'destroyed') destroyed = true;
  });
  var server = net.createServer(function (socket) {
    child.send('socket', socket);
    server.close(function () {
      console.log('server closed after the child destroyed the socket:', destroyed);
      child.kill();
    });
  });
  server.listen(0, '127.0.0.1', function () {
    net.connect(server.address().port, '127.0.0.1').resume();
  });
}
