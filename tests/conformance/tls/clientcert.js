// Client certificates: requestCert with and without rejectUnauthorized,
// the server's view of the client's certificate.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
var ca = read('ca-cert.pem');

var slog = [];
function makeServer(reject) {
  var server = tls.createServer({
    key: read('agent-key.pem'), cert: read('agent-cert.pem'), ca: ca,
    requestCert: true, rejectUnauthorized: reject,
  }, function (s) {
    var cert = s.getPeerCertificate();
    slog.push('server(reject=' + reject + '): authorized=' + s.authorized + ' authorizationError=' + s.authorizationError +
      ' peer CN=' + (cert.subject && cert.subject.CN) + ' issuer CN=' + (cert.issuer && cert.issuer.CN) +
      ' serial=' + cert.serialNumber);
    s.end('ok');
  });
  server.on('tlsClientError', function (e, sock) {
    slog.push('server(reject=' + reject + '): tlsClientError ' + (sock instanceof tls.TLSSocket));
  });
  return server;
}

function attempt(label, server, opts, next) {
  var c = tls.connect(Object.assign({ port: server.address().port, host: 'localhost', ca: ca }, opts), function () {
    console.log(label + ': client secureConnect authorized=' + c.authorized);
    c.resume();
    c.on('end', function () { if (!failed) console.log(label + ': client end'); });
  });
  var failed = false;
  c.on('error', function (e) { failed = true; console.log(label + ': client error ' + e.code); });
  c.on('close', function () { next(); });
}

var lax = makeServer(false), strict = makeServer(true);
lax.listen(0, '127.0.0.1', function () {
  strict.listen(0, '127.0.0.1', function () {
    var steps = [
      function (next) { attempt('lax, cert', lax, { key: read('client-key.pem'), cert: read('client-cert.pem') }, next); },
      function (next) { attempt('lax, no cert', lax, {}, next); },
      function (next) { attempt('lax, self-signed cert', lax, { key: read('self-key.pem'), cert: read('self-cert.pem') }, next); },
      function (next) { attempt('strict, no cert', strict, {}, next); },
      function (next) { attempt('strict, cert', strict, { key: read('client-key.pem'), cert: read('client-cert.pem') }, next); },
    ];
    (function run() {
      var s = steps.shift();
      if (s) return s(run);
      lax.close();
      strict.close();
      console.log(slog.join('\n'));
    })();
  });
});
