// The pfx option: PKCS#12 files (PBES2/AES with an SHA-256 MAC, and the
// older 3DES with SHA-1), passphrases, errors, and a server using one.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
function tryIt(label, fn) {
  try { fn(); console.log(label + ': ok'); } catch (e) { console.log(label + ': throws ' + e.name + ' ' + e.code + ' ' + e.message); }
}

tryIt('aes pfx', function () { tls.createSecureContext({ pfx: read('agent.pfx'), passphrase: 'secret' }); });
tryIt('3des pfx', function () { tls.createSecureContext({ pfx: read('agent-3des.pfx'), passphrase: 'secret' }); });
tryIt('pfx array with its own passphrase', function () {
  tls.createSecureContext({ pfx: [{ buf: read('agent.pfx'), passphrase: 'secret' }], passphrase: 'other' });
});
tryIt('no passphrase', function () { tls.createSecureContext({ pfx: read('agent.pfx') }); });
tryIt('wrong passphrase', function () { tls.createSecureContext({ pfx: read('agent-3des.pfx'), passphrase: 'test' }); });
tryIt('not a pfx', function () { tls.createSecureContext({ pfx: 'sample', passphrase: 'test' }); });

var server = tls.createServer({ pfx: read('agent.pfx'), passphrase: 'secret' }, function (s) { s.end('from a pfx server'); });
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, function () {
    console.log('client: authorized', c.authorized, 'peer CN', c.getPeerCertificate().subject.CN);
  });
  var got = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { got += d; });
  c.on('end', function () { console.log('client: got', got); server.close(); });
});
