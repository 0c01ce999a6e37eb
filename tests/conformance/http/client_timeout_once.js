// req.setTimeout: the request emits 'timeout' once per setTimeout (v0.10's
// socket.setTimeout(msecs, cb) adds a one-time listener), though its socket
// times out again when it idles after a later write.
var http = require('http');
var server = http.createServer(function () {});
server.listen(0, '127.0.0.1', function () {
  var req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'GET' });
  var reqTimeouts = 0, socketTimeouts = 0;
  req.on('error', function (e) { console.log('error', e.code); });
  req.on('close', function () { console.log('close'); server.close(); });
  req.on('socket', function (s) {
    console.log('socket');
    s.on('timeout', function () { socketTimeouts++; });
  });
  req.setTimeout(20);
  req.on('timeout', function () { reqTimeouts++; console.log('request timeout'); });
  setTimeout(function () { console.log('end'); req.end(); }, 60);
  setTimeout(function () {
    console.log('request timeouts', reqTimeouts, 'socket timeouts', socketTimeouts);
    req.destroy();
  }, 200);
});
