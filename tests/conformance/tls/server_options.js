// A server keeps the credentials it was created with as its own properties
// (v0.10's Server#setOptions: key, cert, ca, ...; tests pass server.cert as
// the client's ca), and a self-signed v3 leaf without basic constraints is
// reported as self-signed (DEPTH_ZERO_SELF_SIGNED_CERT), as OpenSSL does.
var tls = require('tls');
var https = require('https');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var key = fs.readFileSync(F + 'leaf-nobc-key.pem', 'ascii');
var cert = fs.readFileSync(F + 'leaf-nobc-cert.pem', 'ascii');

var plain = tls.createServer({ key: key, cert: cert });
console.log('tls server:', plain.key === key, plain.cert === cert, plain.ca);

var server = https.createServer({ key: key, cert: cert }, function (req, res) { res.end('ok'); });
console.log('https server:', server.key === key, server.cert === cert);
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  https.get({ host: '127.0.0.1', port: port, agent: false }, function () {
    console.log('unexpected response');
  }).on('error', function (e) {
    console.log('without ca:', e.code, '|', e.message);
    https.get({ host: '127.0.0.1', port: port, agent: false, ca: server.cert, servername: 'localhost' }, function (res) {
      res.setEncoding('utf8');
      res.on('data', function (d) { console.log('with ca = server.cert:', res.statusCode, d); });
      res.on('end', function () { server.close(); });
    });
  });
});
