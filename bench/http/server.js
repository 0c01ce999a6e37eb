// The hello-world server of examples/hello-server.js on a port given as
// argv[2] (0: any), printing "listening <port>" once it listens.
var http = require('http');
var server = http.createServer(function (req, res) {
  res.writeHead(200, {'Content-Type': 'text/plain'});
  res.end('Hello World\n');
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', function () {
  console.log('listening ' + server.address().port);
});
