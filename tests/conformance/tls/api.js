// Module surface: constants, getCiphers, createSecureContext (passphrase,
// mismatched key, bad PEM), checkServerIdentity, protocol version limits.
var tls = require('tls');
var net = require('net');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };

console.log('DEFAULT_MIN_VERSION', tls.DEFAULT_MIN_VERSION, 'DEFAULT_MAX_VERSION', tls.DEFAULT_MAX_VERSION);
console.log('DEFAULT_ECDH_CURVE', tls.DEFAULT_ECDH_CURVE);
var ciphers = tls.getCiphers();
console.log('getCiphers', Array.isArray(ciphers), ['aes128-gcm-sha256', 'ecdhe-rsa-aes128-gcm-sha256', 'tls_aes_128_gcm_sha256'].map(function (n) { return ciphers.indexOf(n) >= 0; }).join(','));
console.log('types', typeof tls.TLSSocket, typeof tls.Server, typeof tls.createServer, typeof tls.connect, typeof tls.SecureContext);
console.log('TLSSocket is a net.Socket', new tls.TLSSocket(new net.Socket()) instanceof net.Socket);
console.log('Server is a net.Server', tls.createServer({}) instanceof net.Server);

var ctx = tls.createSecureContext({ key: read('agent-key-enc.pem'), passphrase: 'secret', cert: read('agent-cert.pem') });
console.log('encrypted key with passphrase', typeof ctx.context);
var ctx2 = tls.createSecureContext({ key: [{ pem: read('agent-key-enc.pem'), passphrase: 'secret' }], cert: read('agent-cert.pem') });
console.log('key array with per-key passphrase', typeof ctx2.context);
function tryIt(label, fn) {
  try { fn(); console.log(label + ': ok'); } catch (e) { console.log(label + ': throws ' + e.code); }
}
tryIt('wrong passphrase', function () { tls.createSecureContext({ key: read('agent-key-enc.pem'), passphrase: 'nope', cert: read('agent-cert.pem') }); });
tryIt('key does not match cert', function () { tls.createSecureContext({ key: read('other-key.pem'), cert: read('agent-cert.pem') }); });
tryIt('no cipher match', function () { tls.createSecureContext({ ciphers: 'NOT-A-CIPHER' }); });
tryIt('known cipher', function () { tls.createSecureContext({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' }); });
tryIt('bad minVersion', function () { tls.createSecureContext({ minVersion: 'TLSv9' }); });

var cert = { subject: { CN: 'ignored' }, subjectaltname: 'DNS:*.example.com, DNS:foo.org, IP Address:10.0.0.1' };
[['a.example.com', cert], ['example.com', cert], ['a.b.example.com', cert], ['FOO.org.', cert], ['10.0.0.1', cert],
 ['10.0.0.2', cert], ['x.com', { subject: { CN: 'x.com' } }], ['y.com', { subject: { CN: 'x.com' } }],
 ['x.com', { subject: {} }]].forEach(function (t) {
  var e = tls.checkServerIdentity(t[0], t[1]);
  console.log('checkServerIdentity ' + t[0] + ': ' + (e ? e.code + ' | ' + e.reason : 'ok'));
});

var server = tls.createServer({ key: read('agent-key.pem'), cert: read('agent-cert.pem'), maxVersion: 'TLSv1.2' }, function (s) {
  s.end();
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, ca: read('ca-cert.pem'), host: 'localhost' }, function () {
    console.log('maxVersion TLSv1.2: protocol ' + c.getProtocol() + ', cipher version ' + c.getCipher().version);
    c.resume();
    c.on('end', function () {
      var c2 = tls.connect({ port: server.address().port, ca: read('ca-cert.pem'), host: 'localhost', minVersion: 'TLSv1.3' }, function () {
        console.log('unexpected secureConnect');
      });
      c2.on('error', function (e) {
        clientLine = 'minVersion TLSv1.3 against TLSv1.2 server: error ' + e.code;
        both();
      });
    });
  });
});
// The server's and the client's events race: print both once both came.
var serverLine, clientLine;
function both() {
  if (!serverLine || !clientLine) return;
  console.log(clientLine);
  console.log(serverLine);
  server.close();
}
server.on('tlsClientError', function (e) { serverLine = 'server tlsClientError ' + e.code; both(); });
