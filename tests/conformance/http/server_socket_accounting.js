// What the server's socket reports while the parser takes its bytes:
// bytesRead counts every request byte, a request trickling in slower than
// the idle timeout in total (but not between its parts) is activity, an
// idle keep-alive connection times out once; a response larger than the
// socket buffers, to a client that reads late, finishes once it is out,
// and the next request on the connection is answered after it.
var http = require('http');
var net = require('net');

var big = Buffer.alloc(4 * 1024 * 1024, 'a');
var server = http.createServer(function (req, res) {
  if (req.url === '/big') {
    res.on('finish', function () { console.log('big finish, socket bytesWritten >= body:', req.socket.bytesWritten >= big.length); });
    res.writeHead(200, { 'Content-Length': big.length });
    res.end(big);
    console.log('big end returned, finished', res.finished);
    return;
  }
  res.end('url ' + req.url + ' bytesRead ' + req.socket.bytesRead);
});
server.setTimeout(300, function (socket) {
  console.log('server timeout');
  socket.destroy();
});

function step1(port, done) {
  // a request in three parts 150 ms apart: 300 ms in all, no timeout
  var s = net.connect(port, '127.0.0.1');
  var parts = ['GET /slow HTTP/1.1\r\n', 'Host: x\r\n', '\r\n'];
  var out = [];
  s.on('data', function (d) {
    out.push(d);
    var m = /url \S+ bytesRead \d+/.exec(Buffer.concat(out).toString());
    if (m) {
      console.log(m[0]);
      out = [];
    }
  });
  s.on('close', function () { console.log('slow client closed'); done(); });
  (function send(i) {
    if (i === parts.length) return;
    s.write(parts[i]);
    setTimeout(send, 150, i + 1);
  })(0);
}

function step2(port, done) {
  var s = net.connect(port, '127.0.0.1');
  var got = 0;
  var second = false;
  s.on('data', function (d) {
    got += d.length;
    if (!second && got >= big.length) {
      second = true;
      s.write('GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    }
  });
  s.on('end', function () {
    console.log('client got all of big and more:', got > big.length);
    done();
  });
  s.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n');
  s.pause();
  setTimeout(function () { s.resume(); }, 100);
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  step1(port, function () {
    step2(port, function () { server.close(); });
  });
});
