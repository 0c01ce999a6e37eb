// v0.10 differs: repeated headers outside v0.10's list keep their first value
// (v20 joins most of them with ', ' and cookies with '; ').
// How repeated request headers are joined in req.headers; rawHeaders keeps
// every field as received.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  var keys = Object.keys(req.headers).sort();
  keys.forEach(function (k) { console.log(k + ' = ' + JSON.stringify(req.headers[k])); });
  console.log('rawHeaders:', JSON.stringify(req.rawHeaders));
  res.setHeader('Content-Length', 0);
  res.end();
});

server.listen(0, '127.0.0.1', function () {
  var s = net.connect(server.address().port, '127.0.0.1');
  s.on('data', function () {});
  s.on('end', function () { server.close(); });
  s.write('GET / HTTP/1.1\r\n' +
    'Host: one\r\nHost: two\r\n' +
    'Accept: text/html\r\nACCEPT: application/json\r\n' +
    'Set-Cookie: a=1\r\nset-cookie: b=2\r\n' +
    'Cookie: c=3\r\nCookie: d=4\r\n' +
    'X-Custom: 1\r\nx-custom: 2\r\n' +
    'Content-Type: text/plain\r\nContent-Type: text/html\r\n' +
    'Via: p1\r\nVia: p2\r\n' +
    'Connection: close\r\n' +
    'Weird-Value:   spaced out   \r\n\r\n');
});
