// v0.10 differs: a cleartext stream's .socket is the socket it is layered on
// (v20's TLSSocket has no .socket); address() and the remote address and
// port are that socket's, on both ends.
var tls = require('tls');
var fs = require('fs');
var net = require('net');
var F = __dirname + '/fixtures/';
var slog = [];

var server = tls.createServer({
  key: fs.readFileSync(F + 'agent-key.pem'),
  cert: fs.readFileSync(F + 'agent-cert.pem'),
}, function (s) {
  slog.push('server: socket is a net.Socket ' + (s.socket instanceof net.Socket));
  slog.push('server: same address ' + (s.address().port === s.socket.address().port));
  slog.push('server: same remote ' + (s.remoteAddress === s.socket.remoteAddress && s.remotePort === s.socket.remotePort));
  s.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
    console.log('client: socket is a net.Socket', c.socket instanceof net.Socket);
    console.log('client: same address', c.address().port === c.socket.address().port);
    console.log('client: remote', c.remoteAddress, c.remotePort === server.address().port);
    console.log('client: .socket not enumerable', Object.keys(c).indexOf('socket') === -1);
  });
  c.on('end', function () {
    server.close();
  });
  c.resume();
});
process.on('exit', function () { console.log(slog.join('\n')); });
