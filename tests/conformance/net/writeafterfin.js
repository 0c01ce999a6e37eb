// A write after the peer ended the connection (allowHalfOpen false, so
// this side ended too) fails with EPIPE, "This socket has been ended by the
// other party"; with allowHalfOpen the socket may still write.
var net = require('net');
var got = [];
process.on('exit', function () { console.log('client got', JSON.stringify(got.join(''))); });
function serve(allowHalfOpen, done) {
  var server = net.createServer({ allowHalfOpen: allowHalfOpen }, function (s) {
    s.on('end', function () {
      setTimeout(function () {
        var r = s.write('late', function (err) {
          console.log('allowHalfOpen', allowHalfOpen, 'write cb', err ? err.code + ' ' + err.message : 'ok');
          if (allowHalfOpen) s.end();
        });
        console.log('allowHalfOpen', allowHalfOpen, 'write returned', r, 'destroyed', s.destroyed);
        server.close(done);
      }, 20);
    });
    s.resume();
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, function () { c.end(); });
    c.setEncoding('utf8');
    c.on('data', function (d) { got.push(d); });
  });
}
serve(false, function () { serve(true, function () { console.log('done'); }); });
