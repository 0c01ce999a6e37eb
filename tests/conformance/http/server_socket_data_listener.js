// A 'data' listener on a server connection's socket (added in 'connection',
// or later in a request handler) sees the bytes of the requests that
// follow, and the server still answers them (Node parses the socket
// itself until someone else reads it, then through 'data' as well).
// v0.10 differs: its server read through socket.ondata, and a 'data'
// listener on the socket got nothing; v20 behaves as here.
var http = require('http');
var net = require('net');

var seen = { early: 0, late: 0 };
var server = http.createServer(function (req, res) {
  if (req.url === '/1') {
    req.socket.on('data', function (d) { seen.late += d.length; });
  }
  res.end('ok ' + req.url);
});
server.on('connection', function (socket) {
  socket.on('data', function (d) { seen.early += d.length; });
});

var n = 0;
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var out = [];
  c.on('data', function (d) {
    out.push(d);
    var text = Buffer.concat(out).toString();
    var answers = text.match(/ok \/\d/g) || [];
    if (answers.length > n) {
      n = answers.length;
      if (n < 3) c.write('GET /' + (n + 1) + ' HTTP/1.1\r\nHost: x\r\n' + (n === 2 ? 'Connection: close\r\n' : '') + '\r\n');
    }
  });
  c.on('end', function () {
    console.log((Buffer.concat(out).toString().match(/ok \/\d/g) || []).join(', '));
    console.log('bytes seen by the listener added in connection:', seen.early, 'in the first request:', seen.late);
    server.close();
  });
  c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
});
