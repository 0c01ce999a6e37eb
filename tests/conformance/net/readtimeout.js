// Chunks a 'data' listener gets count as activity for setTimeout, as
// writes do: the timeout comes after the last of them.
var net = require('net');
var server = net.createServer(function (s) {
  var t0 = Date.now();
  var chunks = 0;
  s.setTimeout(100, function () {
    var el = Date.now() - t0;
    console.log('server timeout after data', chunks > 0, el >= 190 ? 'late enough' : 'too early ' + el);
    s.destroy();
    server.close();
  });
  s.on('data', function () { chunks++; });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var writes = 0;
  var iv = setInterval(function () {
    c.write('x');
    if (++writes === 4) clearInterval(iv);
  }, 30);
  c.on('error', function () {});
  c.on('close', function () { console.log('client closed'); });
});
