// server.headersTimeout / requestTimeout (Node v18+; v0.10 had neither): a
// slowloris client trickling header lines, or a body, past the limit gets
// 408 and a closed connection, or 'clientError' with ERR_HTTP_REQUEST_TIMEOUT;
// other clients are served meanwhile. Options are validated.
var http = require('http'), net = require('net');

function trickle(port, head, piece, cb) {
  var c = net.connect(port, function () {
    c.write(head);
    var t = setInterval(function () { if (c.writable) c.write(piece); }, 40);
    var got = [];
    // the server may close while a piece is on its way: a reset is expected
    c.on('error', function () {});
    c.on('data', function (d) { got.push(String(d)); if (/408/.test(d)) clearInterval(t); });
    c.on('close', function () { clearInterval(t); cb(got.join('')); });
  });
}

function tryServer(opts) {
  try {
    var s = http.createServer(opts);
    console.log('ok', s.headersTimeout, s.requestTimeout);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

var server = http.createServer({ connectionsCheckingInterval: 50, headersTimeout: 300, requestTimeout: 900 }, function (req, res) {
  res.setHeader('Content-Length', 2);
  res.end('ok');
});
console.log('defaults', http.createServer().headersTimeout, http.createServer().requestTimeout);
tryServer({ requestTimeout: 1000 });
tryServer({ requestTimeout: 0 });
tryServer({ headersTimeout: 'x' });
tryServer({ requestTimeout: -1 });
tryServer({ headersTimeout: 2000, requestTimeout: 1000 });

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  trickle(port, 'GET / HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n', function (out) {
    console.log('headers too slow:', JSON.stringify(out));
    // a quick client is still served
    http.get({ port: port, host: '127.0.0.1', path: '/', agent: false }, function (res) {
      console.log('quick client:', res.statusCode);
      res.resume();
      res.on('end', function () {
        server.on('clientError', function (e, socket) {
          console.log('clientError', e.code, e.message);
          socket.destroy();
        });
        trickle(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n', 'a', function (out2) {
          console.log('body too slow:', JSON.stringify(out2.replace(/^[\s\S]*?\r\n\r\nok/, '<answer>')));
          server.close(function () { console.log('closed'); });
        });
      });
    });
  });
});
