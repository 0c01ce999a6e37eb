// Many sockets ready at once (one epoll wait reports them together): each
// 'data' callback is still followed by its own nextTick callbacks and
// promise jobs before the next socket's 'data' runs, as Node runs each
// read as its own callback. A throw in one handler reaches
// 'uncaughtException' and the other sockets' data still arrives.
var net = require('net');
var N = 20;
var log = [];
var got = 0;
var thrown = 0;
process.on('uncaughtException', function (e) { thrown++; log.push('uncaught ' + e.message); });
var server = net.createServer(function (s) {
  s.on('data', function (d) {
    var id = String(d);
    log.push('data ' + id);
    process.nextTick(function () {
      log.push('tick ' + id);
      Promise.resolve().then(function () { log.push('tick-job ' + id); });
    });
    Promise.resolve().then(function () {
      log.push('job ' + id);
      process.nextTick(function () { log.push('job-tick ' + id); });
    });
    if (++got === N) finish();
    if (id === '7') throw new Error('boom ' + id);
  });
});
var clients = [];
server.listen(0, '127.0.0.1', function () {
  var connected = 0;
  for (var i = 0; i < N; i++) {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      // write from every client only once all are connected, in one go,
      // so that the server finds them ready together
      if (++connected === N) clients.forEach(function (c, i) { c.write(String(i)); });
    });
    clients.push(c);
  }
});
function finish() {
  setTimeout(function () {
    // every data line is followed by its own five lines, in Node's order
    var ok = true;
    for (var i = 0; i < log.length; ) {
      var m = /^data (\d+)$/.exec(log[i]);
      if (!m) { ok = false; console.log('unexpected', log[i]); break; }
      var id = m[1];
      var want = ['data ' + id, 'tick ' + id, 'job ' + id, 'tick-job ' + id, 'job-tick ' + id];
      if (id === '7') want = ['data 7', 'uncaught boom 7', 'tick 7', 'job 7', 'tick-job 7', 'job-tick 7'];
      var have = log.slice(i, i + want.length);
      if (have.join() !== want.join()) { ok = false; console.log('after data', id, 'got', have.join(', ')); }
      i += want.length;
    }
    console.log('sockets', got, 'uncaught', thrown, 'in order', ok);
    clients.forEach(function (c) { c.destroy(); });
    server.close();
  }, 50);
}
