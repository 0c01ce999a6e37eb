// http: the HTTP versions the parser takes in request and status lines
// (0.9, 1.0, 1.1 and 2.0, as llhttp), and which of them are answered as
// keep-alive.
var http = require('http');
var net = require('net');

var versions = ['0.9', '1.0', '1.1', '1.2', '2.0', '2.1', '3.0', '0.0'];
var server = http.createServer(function (req, res) {
  res.end('v=' + req.httpVersion + ' major=' + req.httpVersionMajor + ' minor=' + req.httpVersionMinor);
});
server.on('clientError', function (err, socket) {
  console.log('  clientError', err.code);
  socket.destroy();
});

function requests(i, done) {
  if (i === versions.length) return done();
  var v = versions[i];
  var c = net.connect(server.address().port, function () {
    c.end('GET / HTTP/' + v + '\r\nHost: x\r\n\r\n');
  });
  var out = [];
  c.on('data', function (d) { out.push(d); });
  c.on('close', function () {
    var text = Buffer.concat(out).toString();
    var lines = text.split('\r\n');
    var conn = lines.filter(function (l) { return /^connection:/i.test(l); })[0];
    var body = /v=\S+ major=\d+ minor=\d+/.exec(text);
    console.log('request HTTP/' + v + ':', JSON.stringify(lines[0]), conn || '', body ? body[0] : '');
    requests(i + 1, done);
  });
}

function responses(i, done) {
  if (i === versions.length) return done();
  var v = versions[i];
  var raw = net.createServer(function (c) {
    c.end('HTTP/' + v + ' 200 OK\r\nContent-Length: 2\r\n\r\nok');
  });
  raw.listen(0, function () {
    var req = http.get({ port: raw.address().port, agent: false }, function (res) {
      var body = [];
      res.on('data', function (d) { body.push(d); });
      res.on('end', function () {
        console.log('response HTTP/' + v + ':', res.httpVersion, res.statusCode, Buffer.concat(body).toString());
        raw.close();
        responses(i + 1, done);
      });
    });
    req.on('error', function (e) {
      console.log('response HTTP/' + v + ': error', e.code);
      raw.close();
      responses(i + 1, done);
    });
  });
}

server.listen(0, function () {
  requests(0, function () {
    server.close();
    responses(0, function () {});
  });
});
