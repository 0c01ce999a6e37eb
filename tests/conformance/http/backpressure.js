// Large bodies with backpressure both ways: the server writes 8 MiB to a
// client that pauses, res.write returns false and 'drain' follows; the client
// uploads 8 MiB honouring req.write's return value.
var http = require('http');
var crypto = null;

var SIZE = 8 * 1024 * 1024;
var chunk = Buffer.alloc(64 * 1024, 'z');

var server = http.createServer(function (req, res) {
  if (req.method === 'POST') {
    var n = 0;
    req.on('data', function (d) { n += d.length; });
    req.on('end', function () { res.end('uploaded ' + n); });
    return;
  }
  var left = SIZE, sawFalse = false, drains = 0;
  res.writeHead(200, { 'Content-Length': SIZE });
  function pump() {
    while (left > 0) {
      left -= chunk.length;
      if (!res.write(chunk)) { sawFalse = true; res.once('drain', function () { drains++; pump(); }); return; }
    }
    res.end();
    console.log('server: write returned false:', sawFalse, 'drained:', drains > 0);
  }
  pump();
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  http.get({ host: '127.0.0.1', port: port, path: '/big' }, function (res) {
    var n = 0, paused = false;
    res.on('data', function (d) {
      n += d.length;
      if (!paused && n > 1024 * 1024) {
        paused = true;
        res.pause();
        setTimeout(function () { res.resume(); }, 50);
      }
    });
    res.on('end', function () {
      console.log('client received', n, 'paused once:', paused);
      upload(port);
    });
  });
});

function upload(port) {
  var req = http.request({ host: '127.0.0.1', port: port, method: 'POST', path: '/up' }, function (res) {
    var b = '';
    res.on('data', function (d) { b += d; });
    res.on('end', function () {
      console.log('client upload response:', b, 'saw false:', sawFalse);
      server.close();
    });
  });
  var left = SIZE, sawFalse = false;
  (function pump() {
    while (left > 0) {
      left -= chunk.length;
      if (!req.write(chunk)) { sawFalse = true; req.once('drain', pump); return; }
    }
    req.end();
  })();
}
