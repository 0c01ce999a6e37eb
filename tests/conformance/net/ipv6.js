// IPv6 loopback, and the default dual-stack listen: an IPv4 client shows
// up as an IPv4-mapped IPv6 address.
var net = require('net');
var v6 = net.createServer(function (s) {
  console.log('v6 server: remote', s.remoteAddress, s.remoteFamily);
  s.end('six');
});
v6.listen(0, '::1', function () {
  var a = v6.address();
  console.log('v6 address', a.address, a.family);
  var c = net.connect({ port: a.port, host: '::1' }, function () {
    console.log('client', c.remoteAddress, c.remoteFamily, c.localAddress);
  });
  c.resume();
  c.on('end', function () { v6.close(); dual(); });
});
function dual() {
  var d = net.createServer(function (s) {
    console.log('dual server: remote', s.remoteAddress, s.remoteFamily, s.localAddress);
    s.end();
  });
  d.listen(0, function () {
    console.log('dual address', d.address().address, d.address().family);
    var c = net.connect(d.address().port, '127.0.0.1');
    c.resume();
    c.on('end', function () { d.close(); });
  });
}
