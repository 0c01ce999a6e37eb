// bytesWritten counts bytes, not characters, and includes what is written
// while the socket is still connecting (queued until the connection is up),
// without counting it twice once it goes out; bufferSize is what waits.
// Such a write returns false (queued in memory); 'drain' follows once the
// queue went out, unless the socket is ending by then, as here.
// v0.10 differs: Node 20 returns true there (below the high-water mark) and
// so emits no 'drain'. The golden follows v0.10.
var net = require('net');
var server = net.createServer(function (s) {
  var got = [];
  s.on('data', function (d) { got.push(d); });
  s.on('end', function () {
    console.log('server got', Buffer.concat(got).toString());
    s.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, 'localhost');
  console.log('connecting', c.connecting, 'bytesWritten', c.bytesWritten);
  var r = c.write('L\u2019État, ', function () {
    console.log('first write done, bytesWritten', c.bytesWritten);
  });
  console.log('write while connecting returned', r);
  c.once('drain', function () { console.log('drain'); });
  console.log('after a write while connecting', c.bytesWritten);
  c.write(Buffer.from('c\u2019est '));
  console.log('after a second write', c.bytesWritten, 'bufferSize', c.bufferSize);
  c.end('moi');
  c.on('connect', function () { console.log('connected, bytesWritten', c.bytesWritten); });
  c.on('close', function () { console.log('closed, bytesWritten', c.bytesWritten); });
  c.resume();
});
