// https: a connection that fails before its TLS handshake completes is
// reported by 'tlsClientError' and, as an https.Server is a tls.Server, by
// 'clientError' (first) when someone listens for it.
var https = require('https');
var net = require('net');
var fs = require('fs');
var F = __dirname + '/../tls/fixtures/';

var server = https.createServer({
  key: fs.readFileSync(F + 'agent-key.pem'),
  cert: fs.readFileSync(F + 'agent-cert.pem'),
  handshakeTimeout: 50
}, function () { console.log('no request expected'); });

server.on('tlsClientError', function (err, socket) {
  console.log('tlsClientError', err.code, 'encrypted socket:', socket.encrypted === true);
});
server.on('clientError', function (err, socket) {
  console.log('clientError', err.code);
  socket.destroy();
});

server.listen(0, function () {
  var c = net.connect(server.address().port);
  c.on('close', function () {
    console.log('client connection closed');
    server.close();
  });
});
