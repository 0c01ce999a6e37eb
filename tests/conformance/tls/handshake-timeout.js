// A server's handshakeTimeout: a client that never speaks TLS.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var server = tls.createServer({
  key: fs.readFileSync(F + 'agent-key.pem'), cert: fs.readFileSync(F + 'agent-cert.pem'), handshakeTimeout: 100,
});
var c;
server.on('tlsClientError', function (e, sock) {
  console.log('tlsClientError', e.code, e.message, sock instanceof tls.TLSSocket);
  server.close();
  c.destroy();
});
server.on('secureConnection', function () { console.log('unexpected secureConnection'); });
server.listen(0, '127.0.0.1', function () {
  c = net.connect(server.address().port, '127.0.0.1');
});
