// Unlike v0.10, which destroyed the socket without an answer, isonode
// answers 400 as v20 does (431 for oversized headers).
// Malformed requests get 400 Bad Request and the connection is closed; the
// server keeps serving. A 'clientError' listener receives the parse error.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) { res.setHeader('Content-Length', 2); res.end('ok'); });

function raw(port, data, cb) {
  var s = net.connect(port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () { cb(Buffer.concat(out).toString().replace(/Date: [^\r]*\r\n/g, '').split('\r\n')[0]); });
  s.on('error', function (e) { cb('error ' + e.code); });
  s.write(data);
}

var cases = [
  'FOO / HTTP/1.1\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET / HTTP/1.1\r\nBad Header: x\r\n\r\n',
  'GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n',
  'GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n',
  'GET / HTTP/1.1\r\nX-Big: ' + 'a'.repeat(100 * 1024) + '\r\n\r\n',
  'GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === cases.length) return withListener(port);
    var c = cases[i++];
    raw(port, c, function (line) {
      console.log(JSON.stringify(c.slice(0, 30)), '->', line);
      next();
    });
  })();
});

function withListener(port) {
  server.on('clientError', function (err, socket) {
    console.log('clientError:', err.message.split(':')[0], err.code, Buffer.isBuffer(err.rawPacket));
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n', function (t) {
    console.log('with listener ->', t);
    server.close();
  });
}
