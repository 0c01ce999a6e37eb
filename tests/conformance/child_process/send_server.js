// child.send(msg, server): the child gets a Server listening on the same
// socket; once the parent closes its own, the child answers connections.
var cp = require('child_process');
var net = require('net');
var child = cp.fork(__dirname + '/helpers/server_child.js');
var server = net.createServer(function (sock) {
  sock.end('from parent\n');
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  child.send('server', server);
  child.on('message', function (m) {
    if (m.listening !== undefined) {
      console.log('parent: child has server; listening =', m.listening, 'same port =', m.port === port);
      server.close(function () {
        console.log('parent: own server closed');
        // one connection at a time: the lines come in order
        (function next(i) {
          if (i === 3) { child.send('stop'); return; }
          var c = net.connect(port, '127.0.0.1');
          var got = '';
          c.setEncoding('utf8');
          c.on('data', function (d) { got += d; });
          c.on('end', function () {
            console.log('client', i, 'got', JSON.stringify(got));
            next(i + 1);
          });
        })(0);
      });
      return;
    }
    console.log('parent: message', JSON.stringify(m));
  });
});
child.on('exit', function (code, sig) { console.log('child exit', code, sig); });
