// A peer that resets the connection mid-write: the writer gets an error
// (ECONNRESET or EPIPE, whichever the kernel reports first), then 'close'
// with hadError true.
var net = require('net');
var big = Buffer.alloc(1024 * 1024, 'z');
var server = net.createServer(function (s) {
  s.on('error', function (e) {
    console.log('server error', e.code === 'ECONNRESET' || e.code === 'EPIPE', e.syscall === 'write' || e.syscall === 'read');
  });
  s.on('close', function (hadError) {
    console.log('server close', hadError);
    server.close();
  });
  (function pump() {
    while (s.write(big)) {}
    s.once('drain', pump);
  })();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', function () {
    // Closing with unread data makes the kernel send RST.
    c.destroy();
  });
  c.on('close', function (hadError) { console.log('client close', hadError); });
});
