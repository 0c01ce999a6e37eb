// http: a response header folded over several lines (obsolete line folding)
// reaches the client as one value, each continuation trimmed and joined
// without a separator; a folded Content-Length is still a parse error, and a
// request with a folded header is still refused.
// v0.10 differs: v20's llhttp rejects folding in responses too
// (HPE_INVALID_HEADER_TOKEN); the golden's first two lines are v0.10's.
var http = require('http');
var net = require('net');

var replies = [
  'HTTP/1.1 200 OK\r\nContent-Type: text/plain;\r\n x-unix-mode=0600;\r\n\t name="hello.txt"  \r\nX-A: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok',
  'HTTP/1.1 200 OK\r\nX-Long: a\r\n b\r\n c\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n 2\r\nConnection: close\r\n\r\nx'
];
var n = 0;
var raw = net.createServer(function (c) {
  var reply = replies[n++];
  c.on('data', function () {});
  c.on('error', function () {});
  // the reply in pieces, split inside the folded lines
  var parts = [reply.slice(0, 40), reply.slice(40, 41), reply.slice(41)];
  c.write(parts[0]);
  setTimeout(function () { if (c.writable) c.write(parts[1]); }, 10);
  setTimeout(function () { if (c.writable) c.end(parts[2]); }, 20);
});

function get(i) {
  if (i === replies.length) {
    raw.close();
    return requestSide();
  }
  var req = http.get({ port: raw.address().port, agent: false }, function (res) {
    var body = [];
    res.on('data', function (d) { body.push(d); });
    res.on('end', function () {
      console.log('reply ' + i + ':', JSON.stringify(res.headers['content-type'] || res.headers['x-long']), res.headers['x-a'], JSON.stringify(Buffer.concat(body).toString()));
      get(i + 1);
    });
  });
  req.on('error', function (e) {
    console.log('reply ' + i + ': error', e.code);
    get(i + 1);
  });
}

function requestSide() {
  var server = http.createServer(function () { console.log('no request expected'); });
  server.on('clientError', function (e, socket) {
    console.log('request with a folded header:', e.code);
    socket.destroy();
    server.close();
  });
  server.listen(0, function () {
    net.connect(server.address().port, function () {
      this.end('GET / HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n');
    });
  });
}

raw.listen(0, function () { get(0); });
