// socket.bytesRead before connecting, while data flows and after close;
// an idle timeout set before the connection exists (the client's) and one
// set on an accepted socket, both kept from firing by reads and writes and
// firing once the traffic stops.
// v0.10 differs: bytesRead was a plain property there, so assigning it
// after close keeps the value assigned (Node 20 has a getter only and
// ignores the assignment).
var net = require('net');
var server = net.createServer(function (s) {
  s.setTimeout(300, function () { console.log('server timeout, read', s.bytesRead); s.end(); });
  s.on('data', function (d) { s.write(d); });
});
server.listen(0, function () {
  var c = net.connect({ port: server.address().port, timeout: 0 });
  console.log('before connect', c.bytesRead);
  c.setTimeout(100);
  var n = 0, got = 0;
  c.on('timeout', function () { console.log('client timeout after', n, 'sends'); });
  c.on('data', function (d) { got += d.length; });
  var iv = setInterval(function () {
    if (++n === 6) { clearInterval(iv); return; }
    c.write('hello');
  }, 40);
  c.on('end', function () { console.log('end; client read', c.bytesRead, got); });
  c.on('close', function () {
    console.log('closed; client read', c.bytesRead);
    c.bytesRead = 5; console.log('assigned', c.bytesRead);
    server.close();
  });
});
