// A socket keeps the process alive only while it is doing something, as a
// libuv handle does: connecting, reading, or writing. A connected socket
// that is paused, with nothing left to write, lets the process end (here
// the server and its side of the connection are unref'd).
var net = require('net');
var server = net.createServer(function (c) {
  console.log('server: connection');
  c.unref();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    console.log('client: connected, paused', c.isPaused());
    // a write in flight keeps the loop alive until it is done
    c.write('x', function () { console.log('client: write done'); });
  });
  c.pause();
});
server.unref();
setTimeout(function () { console.log('timer fired: the paused socket kept the process alive'); }, 5000).unref();
process.on('exit', function (code) { console.log('exit', code); });
