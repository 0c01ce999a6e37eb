// Odds and ends: lookup event, connect forms, ref/unref, setNoDelay and
// setKeepAlive chaining, maxConnections, pauseOnConnect, bufferSize.
var net = require('net');
console.log('exports', ['createServer', 'createConnection', 'connect', 'Server', 'Socket', 'Stream', 'isIP', 'isIPv4', 'isIPv6'].map(function (k) { return typeof net[k]; }).join(' '));
var unrefd = net.createServer().listen(0);
unrefd.unref();
var server = net.createServer({ pauseOnConnect: true }, function (s) {
  console.log('pauseOnConnect: paused', s.isPaused());
  s.resume();
  s.on('data', function (d) { s.end(d); });
});
server.maxConnections = 1;
server.on('drop', function () { console.log('drop event'); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var c = new net.Socket();
  console.log('new socket', c.readyState, c.pending, c.connecting, c.destroyed, c.bytesRead);
  console.log('chain', c.setNoDelay(true) === c, c.setKeepAlive(true, 1000) === c, c.setTimeout(0) === c, c.ref() === c);
  c.on('lookup', function (err, address, family, host) { console.log('lookup', err, address, family, host); });
  c.connect({ port: port, host: 'localhost', family: 4 }, function () {
    console.log('connected via localhost', c.remoteAddress, 'bufferSize', c.bufferSize);
    var c2 = net.createConnection(port, '127.0.0.1');
    c2.on('close', function () { console.log('second connection dropped'); c.write('ping'); });
    c2.on('error', function (e) { console.log('c2 error', e.code); });
    c2.resume();
  });
  c.setEncoding('utf8');
  c.on('data', function (d) { console.log('reply', d); });
  c.on('close', function () { server.close(); });
});
