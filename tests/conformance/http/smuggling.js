// Request smuggling attempts are rejected with 400 and the connection closes:
// Content-Length with Transfer-Encoding, two Content-Lengths, a
// Transfer-Encoding that does not end in chunked, obsolete line folding,
// invalid chunk sizes, a bare LF.
var http = require('http');
var net = require('net');

var requests = 0;
var server = http.createServer(function (req, res) {
  requests++;
  req.resume();
  req.on('end', function () { res.setHeader('Content-Length', 2); res.end('ok'); });
});

function raw(port, data, cb) {
  var s = net.connect(port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () {
    var lines = Buffer.concat(out).toString().split('\r\n').filter(function (l) { return /^HTTP\//.test(l); });
    cb(lines.join(' + '));
  });
  s.write(data);
}

var cases = [
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 6\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 30\r\n\r\nxGET /smuggled HTTP/1.1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n',
  'GET / HTTP/1.1\nHost: x\n\n',
  'GET /fine HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === cases.length) {
      console.log('requests reaching the handler:', requests);
      return server.close();
    }
    var c = cases[i++];
    raw(port, c, function (status) {
      console.log('case', i, '->', status);
      next();
    });
  })();
});
