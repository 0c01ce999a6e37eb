// A socket accepted by a net server, read from first (the first bytes
// sniffed, as servers that speak several protocols on one port do), then
// handed to an http server with emit('connection'): the bytes already read
// and those that follow are parsed in order, for two requests on the
// connection.
var http = require('http');
var net = require('net');
var rawClient = require('./helpers/raw').rawClient;

var httpServer = http.createServer(function (req, res) {
  res.end('seen ' + req.method + ' ' + req.url);
});

var server = net.createServer(function (socket) {
  socket.once('readable', function () {
    var head = socket.read(3);
    console.log('sniffed', JSON.stringify(head.toString()));
    socket.unshift(head);
    httpServer.emit('connection', socket);
  });
});

server.listen(0, '127.0.0.1', function () {
  var c = rawClient(server.address().port, function (all) {
    var text = all.toString();
    console.log((text.match(/seen [A-Z]+ \/[a-z]+/g) || []).join(', '));
    server.close();
  });
  c.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n');
  setTimeout(function () {
    c.write('POST /second HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab');
  }, 50);
});
