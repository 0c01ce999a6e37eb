// cluster: two workers each create an http server on port 0; the port is
// shared (the primary picks it once) and connections spread over the
// workers. The primary requests until both workers answered.
var cluster = require('cluster');
var http = require('http');
if (cluster.isPrimary) {
  var ports = [];
  var listening = 0;
  cluster.fork();
  cluster.fork();
  cluster.on('listening', function (w, addr) {
    ports.push(addr.port);
    if (++listening === 2) {
      console.log('same port:', ports[0] === ports[1] && ports[0] > 0);
      run(ports[0]);
    }
  });
  function run(port) {
    var seen = {};
    var count = 0;
    function one() {
      count++;
      http.get({ host: '127.0.0.1', port: port, path: '/', agent: false }, function (res) {
        var body = [];
        res.setEncoding('utf8');
        res.on('data', function (d) { body.push(d); });
        res.on('end', function () {
          var b = JSON.parse(body.join(''));
          seen[b.id] = true;
          if (b.port !== port) console.log('worker saw another port');
          var both = seen[1] && seen[2];
          if (both || count >= 100) {
            console.log('both workers answered:', !!both);
            console.log('status', res.statusCode);
            cluster.disconnect(function () { console.log('disconnected'); });
          } else {
            one();
          }
        });
      }).on('error', function (e) { console.log('request error', e.code); cluster.disconnect(); });
    }
    one();
  }
  var exited = 0;
  cluster.on('exit', function (w, code, sig) {
    if (++exited === 2) console.log('all exited', code, sig);
  });
} else {
  var server = http.createServer(function (req, res) {
    res.setHeader('Connection', 'close');
    res.end(JSON.stringify({ id: cluster.worker.id, port: server.address().port }));
  });
  server.listen(0, '127.0.0.1');
}
