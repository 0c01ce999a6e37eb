// Expect: 100-continue: the default answer (automatic 100 Continue), and a
// 'checkContinue' listener that answers itself; the client's 'continue'.
var http = require('http');

var server = http.createServer(function (req, res) {
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () {
    console.log('request handler got:', body);
    res.end('received ' + body.length);
  });
});

var server2 = http.createServer();
server2.on('checkContinue', function (req, res) {
  console.log('checkContinue:', req.headers.expect);
  if (req.url === '/reject') {
    res.writeHead(417);
    res.end('no');
    return;
  }
  res.writeContinue();
  var body = '';
  req.on('data', function (d) { body += d; });
  req.on('end', function () { res.end('checked ' + body); });
});

function post(port, path, cb) {
  var req = http.request({ host: '127.0.0.1', port: port, method: 'POST', path: path,
    headers: { 'Expect': '100-continue', 'Content-Length': 5 } });
  req.on('continue', function () {
    console.log('client continue');
    req.end('hello');
  });
  req.on('response', function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () { console.log('client response:', res.statusCode, b); cb(); });
  });
  return req;
}

server.listen(0, '127.0.0.1', function () {
  post(server.address().port, '/', function () {
    server.close();
    server2.listen(0, '127.0.0.1', function () {
      var p2 = server2.address().port;
      post(p2, '/ok', function () {
        var req = post(p2, '/reject', function () { server2.close(); });
        req.on('error', function (e) { console.log('error', e.code); });
      });
    });
  });
});
