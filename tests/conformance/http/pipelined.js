// v0.10 differs: no "Keep-Alive: timeout=5" header; res.end(data) is chunked.
// Pipelined requests written in one piece through net are answered in order,
// even when an earlier response is slower.
var http = require('http');
var net = require('net');

var seen = [];
var server = http.createServer(function (req, res) {
  seen.push(req.method + ' ' + req.url);
  var delay = req.url === '/slow' ? 30 : 0;
  setTimeout(function () {
    res.setHeader('Content-Type', 'text/plain');
    res.end('answer to ' + req.url + '\n');
  }, delay);
});

server.listen(0, '127.0.0.1', function () {
  var s = net.connect(server.address().port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () {
    var t = Buffer.concat(out).toString().replace(/Date: [^\r]*\r\n/g, '');
    console.log(t.split('\r\n').join('\\r\\n\n'));
    console.log('server saw:', seen.join(', '));
    server.close();
  });
  s.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /fast HTTP/1.1\r\nHost: x\r\n\r\n' +
    'POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' +
    'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
