// An idle-connection server: accepts connections and keeps them open.
// Prints "listening <port>"; answers each "report" line on stdin with a
// JSON line {conns, rss, heapUsed}, measured after a full GC (run with
// --expose-gc).
var net = require('net');
var conns = 0;
var server = net.createServer(function (c) {
  conns++;
  c.on('close', function () { conns--; });
  c.on('error', function () {});
});
server.listen(0, '127.0.0.1', function () {
  console.log('listening ' + server.address().port);
});
process.stdin.setEncoding('utf8');
process.stdin.on('data', function (d) {
  if (d.indexOf('report') < 0) return;
  if (typeof gc === 'function') { gc(); gc(); }
  var m = process.memoryUsage();
  console.log(JSON.stringify({ conns: conns, rss: m.rss, heapUsed: m.heapUsed }));
});
