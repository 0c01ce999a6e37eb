// A bound dgram socket can be sent to a forked child, which then receives
// on it (the parent's socket stays open and bound).
var dgram = require('dgram');
var fork = require('child_process').fork;

if (process.argv[2] === 'child') {
  var sock;
  process.on('message', function (m, handle) {
    if (m === 'socket') {
      sock = handle;
      console.log('child got a', handle instanceof dgram.Socket ? 'dgram.Socket' : typeof handle, 'bound to the same port:', handle.address().port === process.argv[3] - 0);
      sock.once('message', function (buf) { process.send('received ' + buf); });
    } else if (m === 'stop') {
      sock.close();
      process.disconnect();
    }
  });
} else {
  var server = dgram.createSocket('udp4');
  var client = dgram.createSocket('udp4');
  server.on('message', function () {});
  server.bind(0, '127.0.0.1', function () {
    var port = server.address().port;
    var child = fork(__filename, ['child', String(port)]);
    child.send('socket', server);
    var timer = setInterval(function () {
      client.send(Buffer.from('ping'), 0, 4, port, '127.0.0.1');
    }, 5);
    child.on('message', function (m) {
      console.log('child says:', m);
      clearInterval(timer);
      console.log('parent socket still bound:', server.address().port === port);
      child.send('stop');
      server.close();
      client.close();
    });
  });
}
