// cluster 'listening': on the worker object and on cluster in the primary,
// with {address, port, addressType}; server.address() in a worker reports
// the shared address; worker.disconnect() closes the worker's servers (the
// worker then exits, and the port refuses connections).
var cluster = require('cluster');
var net = require('net');
if (cluster.isPrimary) {
  console.log('policy', cluster.schedulingPolicy === cluster.SCHED_RR, cluster.SCHED_NONE, cluster.SCHED_RR);
  var w = cluster.fork();
  var port;
  w.on('listening', function (addr) {
    port = addr.port;
    console.log('worker listening', addr.address, addr.addressType, typeof addr.port, addr.port > 0, w.state);
  });
  cluster.on('listening', function (worker, addr) {
    console.log('cluster listening', worker.id, addr.address, addr.addressType, addr.port === port);
  });
  var msg = null;
  w.on('message', function (m) { msg = m; if (port) setImmediate(connect); });
  w.once('listening', function () { if (msg) setImmediate(connect); });
  function connect() {
    var m = msg;
    console.log('message', JSON.stringify(m.addr.address), m.addr.family, m.addr.port === port);
    var c = net.connect(port, '127.0.0.1', function () {
      c.end();
    });
    c.on('data', function (d) { console.log('reply', String(d)); });
    c.on('close', function () { w.disconnect(); });
  }
  w.on('disconnect', function () { console.log('worker disconnect', w.exitedAfterDisconnect); });
  w.on('exit', function (code, sig) {
    console.log('worker exit', code, sig, w.exitedAfterDisconnect);
    var c = net.connect(port, '127.0.0.1');
    c.on('connect', function () { console.log('still listening?'); c.destroy(); });
    c.on('error', function (e) { console.log('after exit', e.code); });
  });
} else {
  var server = net.createServer(function (c) { c.end('hi from ' + cluster.worker.id); });
  server.listen(0, '127.0.0.1', function () {
    process.send({ addr: server.address() });
  });
}
