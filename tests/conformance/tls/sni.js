// SNI: SNICallback picks the certificate by the client's servername;
// addContext with a wildcard; ALPN negotiation.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
var ca = read('ca-cert.pem');

var slog = [];
var otherCtx = tls.createSecureContext({ key: read('other-key.pem'), cert: read('other-cert.pem') });
var server = tls.createServer({
  key: read('agent-key.pem'),
  cert: read('agent-cert.pem'),
  ALPNProtocols: ['h2', 'http/1.1'],
  SNICallback: function (name, cb) {
    slog.push('SNICallback ' + name);
    if (name === 'other.example') cb(null, otherCtx);
    else cb(null, null);
  },
}, function (s) {
  slog.push('server: servername=' + s.servername + ' alpn=' + s.alpnProtocol);
  s.end(String(s.servername));
});

var server2 = tls.createServer({ key: read('agent-key.pem'), cert: read('agent-cert.pem') }, function (s) {
  slog.push('server2: servername=' + s.servername);
  s.end('x');
});
server2.addContext('*.wild.example', { key: read('other-key.pem'), cert: read('other-cert.pem') });

function attempt(srv, opts, next) {
  var c = tls.connect(Object.assign({ port: srv.address().port, host: '127.0.0.1', ca: ca }, opts), function () {
    var cert = c.getPeerCertificate();
    console.log('servername ' + opts.servername + ': authorized=' + c.authorized + ' CN=' + cert.subject.CN +
      ' alpn=' + c.alpnProtocol);
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) { got += d; });
    c.on('end', function () { console.log('  got ' + got); next(); });
  });
  c.on('error', function (e) { console.log('servername ' + opts.servername + ': error ' + e.code); next(); });
}

server.listen(0, '127.0.0.1', function () {
  server2.listen(0, '127.0.0.1', function () {
    var steps = [
      function (next) { attempt(server, { servername: 'localhost' }, next); },
      function (next) { attempt(server, { servername: 'other.example', ALPNProtocols: ['http/1.1'] }, next); },
      function (next) { attempt(server, { servername: 'other.example', ALPNProtocols: ['h2', 'http/1.1'] }, next); },
      function (next) { attempt(server, { servername: 'nope.example', rejectUnauthorized: false }, next); },
      function (next) { attempt(server2, { servername: 'a.wild.example' }, next); },
      function (next) { attempt(server2, { servername: 'localhost' }, next); },
    ];
    (function run() {
      var s = steps.shift();
      if (s) return s(run);
      server.close();
      server2.close();
      console.log(slog.join('\n'));
    })();
  });
});
