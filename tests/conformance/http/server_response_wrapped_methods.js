// Middleware and agents wrap a response's or a socket's methods (on-headers
// wraps res.writeHead to add fields at the last moment, byte counters wrap
// socket.write, APM agents patch ServerResponse.prototype): the wrappers
// run for responses made by end() alone too.
var http = require('http');
var rawClient = require('./helpers/raw').rawClient;

var calls = [];
var proto = http.ServerResponse.prototype;
var assignSocket = proto.assignSocket;
var detachSocket = proto.detachSocket;
proto.assignSocket = function (socket) {
  calls.push('assignSocket');
  return assignSocket.call(this, socket);
};
proto.detachSocket = function (socket) {
  calls.push('detachSocket');
  return detachSocket.call(this, socket);
};

var server = http.createServer(function (req, res) {
  var writeHead = res.writeHead;
  res.writeHead = function () {
    res.setHeader('X-Added-Last', 'yes');
    calls.push('writeHead wrapper');
    return writeHead.apply(this, arguments);
  };
  var socket = req.socket;
  if (!socket._counted) {
    socket._counted = true;
    var write = socket.write;
    socket.write = function (chunk) {
      calls.push('socket.write ' + (typeof chunk === 'string' ? 'string' : 'buffer'));
      return write.apply(this, arguments);
    };
  }
  res.end('body');
});

server.listen(0, '127.0.0.1', function () {
  var c = rawClient(server.address().port, function (all) {
    var text = all.toString();
    console.log('X-Added-Last sent:', /X-Added-Last: yes/.test(text));
    console.log('bodies:', (text.match(/body/g) || []).length);
    // (how many writes a response takes is the server's business: runs
    // of socket.write calls are shown once)
    console.log(calls.filter(function (c, i) { return c !== calls[i - 1]; }).join('\n'));
    proto.assignSocket = assignSocket;
    proto.detachSocket = detachSocket;
    server.close();
  });
  c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
