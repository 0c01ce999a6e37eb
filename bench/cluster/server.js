// A cluster of hello-world workers: argv[2] workers (default 2) sharing port
// argv[3]. Prints "listening <port> <primary pid> <worker pid>…" once every
// worker listens; answers each "report" line on stdin with one JSON line: the
// number of requests each worker served so far, in fork order.
var cluster = require('cluster');
var http = require('http');

if (cluster.isMaster) {
  var n = +(process.argv[2] || 2);
  var port = +(process.argv[3] || 0);
  var workers = [];
  var listening = 0;
  for (var i = 0; i < n; i++) workers.push(cluster.fork({ PORT: String(port) }));
  cluster.on('listening', function (w, addr) {
    if (++listening !== n) return;
    var pids = [process.pid].concat(workers.map(function (w) { return w.process.pid; }));
    console.log('listening ' + addr.port + ' ' + pids.join(' '));
  });
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', function (d) {
    if (d.indexOf('report') < 0) return;
    var served = [], left = n;
    workers.forEach(function (w, idx) {
      w.once('message', function (m) {
        served[idx] = m.served;
        if (--left === 0) console.log(JSON.stringify(served));
      });
      w.send('report');
    });
  });
} else {
  var served = 0;
  http.createServer(function (req, res) {
    served++;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Hello World\n');
  }).listen(+process.env.PORT, '127.0.0.1');
  process.on('message', function (m) {
    if (m === 'report') process.send({ served: served });
  });
}
