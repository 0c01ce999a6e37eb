// allowHalfOpen: the server keeps writing after the client ended its side;
// without it, the server's side is ended right after 'end'.
var net = require('net');
var serverClosed = false;
var server = net.createServer({ allowHalfOpen: true }, function (s) {
  console.log('server allowHalfOpen', s.allowHalfOpen);
  var got = [];
  s.on('data', function (d) { got.push(d); });
  s.on('end', function () {
    console.log('server: end', Buffer.concat(got).toString(), 'writable', s.writable);
    setTimeout(function () {
      s.write('late reply');
      s.end();
    }, 20);
  });
  s.on('close', function () { serverClosed = true; });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1', function () { c.end('request'); });
  console.log('client allowHalfOpen', c.allowHalfOpen);
  var got = [];
  c.on('data', function (d) { got.push(d); });
  c.on('finish', function () { console.log('client: finish, readable', c.readable); });
  c.on('end', function () { console.log('client: end', Buffer.concat(got).toString()); });
  c.on('close', function () {
    console.log('client: close');
    setTimeout(function () { console.log('server socket closed', serverClosed); }, 50);
    second();
  });
});
function second() {
  var s2 = net.createServer(function (s) {
    s.on('end', function () { console.log('s2 end, writable after tick?'); setImmediate(function () { console.log('writableEnded', s.writableEnded); }); });
    s.resume();
  });
  s2.listen(0, '127.0.0.1', function () {
    var c = net.connect(s2.address().port, '127.0.0.1', function () { c.end(); });
    c.resume();
    c.on('end', function () { console.log('c2 end (server ended its side)'); });
    c.on('close', function () { s2.close(); server.close(); });
  });
}
