// A request line whose method is already invalid is rejected before the line
// ends: the parse error does not wait for CRLF.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) { res.end(); });
server.on('clientError', function (err, socket) {
  console.log('clientError', err.code, err.bytesParsed);
  socket.destroy();
});
var inputs = ['hello wor', 'GET / HTTP/1.1\r\nHost: x\r\n\r\nBOGUS /x', 'G\x01T'];
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === inputs.length) return server.close();
    var c = net.connect(port, '127.0.0.1');
    c.on('data', function () {});
    c.on('error', function () {}); // the server may reset it first
    c.on('close', function () { console.log('closed', i); next(); });
    c.write(inputs[i++]);
  })();
});
