// Server and client in one script: a POST with a body, request and response
// headers, status lines, http.get with a URL string and a URL object, the
// outgoing-header API.
var http = require('http');

var server = http.createServer(function (req, res) {
  var chunks = [];
  req.on('data', function (d) { chunks.push(d); });
  req.on('end', function () {
    console.log('server:', req.method, req.url, 'HTTP/' + req.httpVersion,
      req.httpVersionMajor, req.httpVersionMinor, 'complete=' + req.complete);
    console.log('server headers:', JSON.stringify(req.headers['x-test']), req.headers['content-type'],
      req.headers['content-length'], req.headers.connection);
    console.log('server rawHeaders has X-Test:', req.rawHeaders.indexOf('X-Test') >= 0);
    console.log('server body:', Buffer.concat(chunks).toString());
    console.log('socket === connection:', req.socket === req.connection, res.socket === req.socket);
    res.setHeader('X-Powered', 'isonode');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    console.log('hasHeader:', res.hasHeader('x-powered'), res.getHeader('X-POWERED'), res.getHeaderNames().join(','));
    res.removeHeader('X-Powered');
    console.log('after remove:', res.hasHeader('x-powered'), JSON.stringify(res.getHeaders()));
    console.log('headersSent before:', res.headersSent);
    res.statusCode = 201;
    res.statusMessage = 'Made It';
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Content-Length', 11);
    res.end('{"ok":true}');
    console.log('headersSent after:', res.headersSent, 'finished:', res.finished);
    res.on('finish', function () { console.log('server res finish'); });
  });
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var body = 'hello=world';
  var req = http.request({
    host: '127.0.0.1', port: port, method: 'post', path: '/submit?x=1',
    headers: { 'X-Test': 'yes', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length }
  }, function (res) {
    console.log('client:', res.statusCode, res.statusMessage, 'HTTP/' + res.httpVersion);
    console.log('client headers:', res.headers['content-type'], res.headers['content-length'],
      JSON.stringify(res.headers['set-cookie']), 'date' in res.headers);
    var got = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { got += d; });
    res.on('end', function () {
      console.log('client body:', got, 'complete=' + res.complete);
      second(port);
    });
  });
  console.log('req.method:', req.method, 'req.path:', req.path, req.getHeader('x-test'));
  req.on('socket', function () { console.log('client socket'); });
  req.end(body);
});

function second(port) {
  http.get('http://127.0.0.1:' + port + '/via-string', function (res) {
    res.resume();
    res.on('end', function () {
      console.log('get string:', res.statusCode);
      http.get(new URL('http://127.0.0.1:' + port + '/via-url?q=1'), function (res2) {
        res2.resume();
        res2.on('end', function () {
          console.log('get URL:', res2.statusCode);
          server.close(function () { console.log('closed'); });
        });
      });
    });
  });
}
