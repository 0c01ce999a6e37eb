package child_process_test

import "testing"

// Four cluster workers listen on port 0: they share one port, and
// sequential connections go to them in turn (round-robin), so each gets
// exactly a quarter. A server of the primary itself (not a worker) does not
// join the group: it gets EADDRINUSE. Once every worker has disconnected
// (closing its server), the port refuses connections. Run with -race: the
// accept goroutine hands descriptors to the workers' loops.
func TestClusterSharedListenerRoundRobin(t *testing.T) {
	out, errOut, code := run(t, "", map[string]string{
		"main.js": `
var cluster = require('cluster');
var net = require('net');
if (cluster.isPrimary) {
  var n = 4, listening = 0, ports = {};
  for (var i = 0; i < n; i++) cluster.fork();
  cluster.on('listening', function (w, a) {
    ports[a.port] = true;
    if (++listening === n) go(+Object.keys(ports)[0]);
  });
  function go(port) {
    console.log('ports', Object.keys(ports).length);
    var own = net.createServer().listen(port, '127.0.0.1');
    own.on('error', function (e) { console.log('primary listen', e.code); });
    var counts = {}, left = 40;
    (function one() {
      var c = net.connect(port, '127.0.0.1');
      var got = [];
      c.on('data', function (d) { got.push(String(d)); });
      c.on('end', function () {
        var id = got.join('');
        counts[id] = (counts[id] || 0) + 1;
        if (--left > 0) return one();
        console.log('counts', JSON.stringify(Object.keys(counts).sort().map(function (k) { return counts[k]; })));
        cluster.disconnect(function () {
          setTimeout(function () {
            net.connect(port, '127.0.0.1').on('error', function (e) { console.log('after', e.code); });
          }, 50);
        });
      });
    })();
  }
} else {
  net.createServer(function (c) { c.end('' + cluster.worker.id); }).listen(0, '127.0.0.1');
}`,
	})
	want := "ports 1\nprimary listen EADDRINUSE\ncounts [10,10,10,10]\nafter ECONNREFUSED\n"
	if out != want || code != 0 {
		t.Fatalf("got %q (code %d), stderr %q", out, code, errOut)
	}
}
