// pause/resume is flow control: while the client is paused the server's
// writes back up (write returns false), the client buffers a bounded
// amount, and after resume every byte arrives and 'drain' fires.
var net = require('net');
var TOTAL = 8 * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024, 'a');
var server = net.createServer(function (s) {
  var sent = 0, sawFalse = false;
  function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!s.write(chunk)) { sawFalse = true; s.once('drain', pump); return; }
    }
    s.end();
    console.log('server: all written, write returned false at some point:', sawFalse);
  }
  pump();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var received = 0;
  c.on('data', function (d) { received += d.length; });
  c.pause();
  console.log('paused', c.isPaused());
  setTimeout(function () {
    var buffered = c.readableLength;
    console.log('client buffered bounded:', buffered <= 1024 * 1024, 'received while paused:', received);
    c.resume();
  }, 300);
  c.on('end', function () {
    console.log('client: end, received all:', received === TOTAL);
    server.close();
  });
});
