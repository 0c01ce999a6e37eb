// Connecting to an IP address makes a 'lookup' event too (before
// 'connect'), as connecting to a host name does.
// v0.10 differs: Node 20 emits 'lookup' for host names only. The golden
// follows v0.10.
var net = require('net');
var server = net.createServer(function (c) { c.end(); server.close(); });
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('lookup', function (err, ip, family, host) { console.log('lookup', err, ip, family, host); });
  c.on('connect', function () { console.log('connect'); });
  c.on('close', function () { console.log('close'); });
  c.resume();
});
