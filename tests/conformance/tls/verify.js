// Certificate verification on the client: self-signed and unknown-issuer
// certificates, rejectUnauthorized, hostname checks, checkServerIdentity,
// and a peer that closes during the handshake.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };

function serve(key, cert, cb) {
  var server = tls.createServer({ key: read(key), cert: read(cert) }, function (s) {
    s.on('error', function () {});
    s.end('hi');
  });
  server.on('tlsClientError', function () {});
  server.listen(0, '127.0.0.1', function () { cb(server, server.address().port); });
}

function attempt(label, port, opts, next) {
  var o = Object.assign({ port: port, host: '127.0.0.1' }, opts);
  var c = tls.connect(o, function () {
    console.log(label + ': secureConnect authorized=' + c.authorized + ' authorizationError=' + c.authorizationError);
    c.resume();
    c.on('end', function () { next(); });
  });
  c.on('error', function (e) {
    console.log(label + ': error ' + e.code + ' | ' + e.message);
    if (e.reason) console.log(label + ': reason ' + e.reason + ' | host ' + e.host + ' | cert CN ' + e.cert.subject.CN);
    next();
  });
}

var steps = [];
function run() { var s = steps.shift(); if (s) s(run); }

serve('self-key.pem', 'self-cert.pem', function (server, port) {
  steps.push(function (next) { attempt('self-signed default', port, {}, next); });
  steps.push(function (next) { attempt('self-signed rejectUnauthorized=false', port, { rejectUnauthorized: false }, next); });
  steps.push(function (next) { attempt('self-signed trusted as ca', port, { ca: read('self-cert.pem'), servername: 'localhost' }, next); });
  steps.push(function (next) { server.close(); next(); });
  serve('agent-key.pem', 'agent-cert.pem', function (server2, port2) {
    steps.push(function (next) { attempt('unknown issuer', port2, {}, next); });
    steps.push(function (next) { attempt('ca given, IP host', port2, { ca: read('ca-cert.pem') }, next); });
    steps.push(function (next) { attempt('ca given, servername localhost', port2, { ca: read('ca-cert.pem'), servername: 'localhost' }, next); });
    steps.push(function (next) { attempt('wrong ca', port2, { ca: read('self-cert.pem') }, next); });
    // v0.10 differs: the message says "doesn't" (v20: "does not") and authorizationError
    // is that message (v20: the code ERR_TLS_CERT_ALTNAME_INVALID).
    steps.push(function (next) { attempt('wrong name', port2, { ca: read('ca-cert.pem'), servername: 'example.com' }, next); });
    steps.push(function (next) { attempt('wrong name, not rejecting', port2, { ca: read('ca-cert.pem'), servername: 'example.com', rejectUnauthorized: false }, next); });
    steps.push(function (next) {
      attempt('custom checkServerIdentity', port2, {
        ca: read('ca-cert.pem'), servername: 'example.com',
        checkServerIdentity: function (host, cert) {
          console.log('checkServerIdentity called with', host, cert.subject.CN);
          return undefined;
        },
      }, next);
    });
    steps.push(function (next) {
      attempt('checkServerIdentity error', port2, {
        ca: read('ca-cert.pem'),
        checkServerIdentity: function () { var e = new Error('nope'); e.code = 'MY_CODE'; return e; },
      }, next);
    });
    steps.push(function (next) {
      var plain = net.createServer(function (s) { s.once('data', function () { s.end(); }); });
      plain.listen(0, '127.0.0.1', function () {
        attempt('peer closes during handshake', plain.address().port, {}, function () { plain.close(); next(); });
      });
    });
    steps.push(function (next) { server2.close(); next(); });
    run();
  });
});
