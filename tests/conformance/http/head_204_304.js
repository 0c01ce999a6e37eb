// v0.10 differs: no "Keep-Alive: timeout=5" header; res.end(data) is chunked.
// HEAD responses carry headers only; 204 and 304 never have a body, even if
// the handler writes one; the client parses the bodiless HEAD response.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  if (req.url === '/204') { res.writeHead(204); res.end('not sent'); return; }
  if (req.url === '/304') { res.writeHead(304, { ETag: '"abc"' }); res.write('nope'); res.end(); return; }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 11 });
  res.end('hello world');
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var s = net.connect(port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () {
    var t = Buffer.concat(out).toString().replace(/Date: [^\r]*\r\n/g, '');
    console.log(t.split('\r\n').join('\\r\\n\n'));
    var req = http.request({ method: 'HEAD', host: '127.0.0.1', port: port, path: '/' }, function (res) {
      console.log('HEAD client:', res.statusCode, res.headers['content-length']);
      res.on('data', function () { console.log('unexpected data'); });
      res.on('end', function () {
        console.log('HEAD end');
        http.get({ host: '127.0.0.1', port: port, path: '/204' }, function (res) {
          res.on('data', function () { console.log('unexpected data'); });
          res.on('end', function () {
            console.log('204 end', res.statusCode);
            server.close();
          });
        });
      });
    });
    req.end();
  });
  s.write('HEAD / HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /204 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /304 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
