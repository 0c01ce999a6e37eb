// child.send(msg, socket): the parent accepts a connection (paused, as
// Node's manual does it) and hands it to the child, which answers it.
// The child's report and the client's reply travel different ways, so the
// parent prints them in a fixed order once both are in.
var cp = require('child_process');
var net = require('net');
var child = cp.fork(__dirname + '/helpers/socket_child.js');
var report = null, reply = null, closed = false;
var server = net.createServer({ pauseOnConnect: true }, function (sock) {
  console.log('parent: connection');
  child.send('socket', sock);
  console.log('parent: sent; socket detached =', sock._handle === null);
});
function done() {
  if (report === null || reply === null || !closed) return;
  console.log('child saw:', JSON.stringify(report));
  console.log('client got:', JSON.stringify(reply));
  console.log('child: socket closed');
  server.close(function () { console.log('parent: server closed'); });
}
child.on('message', function (m) {
  if (m === 'ready') {
    server.listen(0, '127.0.0.1', function () {
      var client = net.connect(server.address().port, '127.0.0.1', function () {
        client.write('ping');
      });
      var got = [];
      client.setEncoding('utf8');
      client.on('data', function (d) { got.push(d); });
      client.on('end', function () { reply = got.join(''); done(); });
    });
  } else if (m === 'closed') {
    closed = true;
    done();
  } else {
    report = m;
    done();
  }
});
child.on('exit', function (code, sig) { console.log('child exit', code, sig); });
