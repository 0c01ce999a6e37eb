// A 'data' listener that destroys its socket and then writes to it: the
// write fails through its callback with ERR_STREAM_DESTROYED (the fast
// path's shortcut to the socket being read sees it closed).
var net = require('net');
var server = net.createServer(function (s) {
  s.on('data', function (d) {
    s.destroy();
    var r = s.write(d, function (err) { console.log('write cb', err && err.code); });
    console.log('write after destroy returns', r);
    server.close();
  });
  s.on('error', function (e) { console.log('server socket error', e.code); });
  s.on('close', function () { console.log('server socket close'); });
});
server.listen(0, function () {
  var c = net.connect(server.address().port, function () { c.write('x'); });
  c.on('close', function () { console.log('client close'); });
  c.on('error', function (e) { console.log('client error', e.code); });
});
