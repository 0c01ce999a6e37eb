// TLS handshake and echo over loopback, with a CA-signed server certificate:
// the client's view of the peer certificate and the connection.
var tls = require('tls');
var fs = require('fs');
var crypto = require('crypto');
var F = __dirname + '/fixtures/';
// The server's lines are printed at exit: its events race with the client's.
var slog = [];
function slogf() { slog.push(Array.prototype.join.call(arguments, ' ')); }

var server = tls.createServer({
  key: fs.readFileSync(F + 'agent-key.pem'),
  cert: fs.readFileSync(F + 'agent-cert.pem'),
}, function (s) {
  slogf('server: secureConnection', s.encrypted, s.authorized, String(s.authorizationError), s.getProtocol());
  slogf('server: servername', s.servername, 'alpn', s.alpnProtocol);
  slogf('server: own cert CN', s.getCertificate().subject.CN);
  slogf('server: peer cert', JSON.stringify(s.getPeerCertificate()));
  s.pipe(s);
  s.on('end', function () { slogf('server: end'); });
  s.on('close', function () { server.close(); });
});

server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: 'localhost', ca: fs.readFileSync(F + 'ca-cert.pem') }, function () {
    console.log('client: secureConnect', c.encrypted, c.authorized, String(c.authorizationError));
    console.log('client: protocol', c.getProtocol(), 'cipher version', c.getCipher().version, typeof c.getCipher().name);
    console.log('client: alpn', c.alpnProtocol, 'remotePort ok', c.remotePort === server.address().port);
    var cert = c.getPeerCertificate();
    console.log('subject', JSON.stringify(cert.subject));
    console.log('issuer', JSON.stringify(cert.issuer));
    console.log('subjectaltname', cert.subjectaltname);
    console.log('valid_from', cert.valid_from);
    console.log('valid_to', cert.valid_to);
    console.log('fingerprint', cert.fingerprint);
    console.log('fingerprint256', cert.fingerprint256);
    console.log('serialNumber', cert.serialNumber);
    console.log('bits', cert.bits, 'exponent', cert.exponent, 'ca', cert.ca);
    console.log('ext_key_usage', JSON.stringify(cert.ext_key_usage));
    console.log('raw', Buffer.isBuffer(cert.raw), crypto.createHash('sha1').update(cert.raw).digest('hex'));
    console.log('issuerCertificate (not detailed)', cert.issuerCertificate);
    var d = c.getPeerCertificate(true);
    console.log('detailed issuer CN', d.issuerCertificate.subject.CN, d.issuerCertificate.ca);
    console.log('root links to itself', d.issuerCertificate.issuerCertificate === d.issuerCertificate);
    var big = Buffer.alloc(300000);
    for (var i = 0; i < big.length; i++) big[i] = i % 251;
    c.write('hello ');
    c.write(big);
    c.end('bye');
  });
  var got = [];
  c.on('data', function (d) { got.push(d); });
  c.on('end', function () {
    var all = Buffer.concat(got);
    console.log('client: end', all.length, all.slice(0, 6).toString(), all.slice(-3).toString(),
      crypto.createHash('md5').update(all).digest('hex'));
  });
  c.on('close', function (hadError) { console.log('client: close', hadError); });
  var serverClosed = false;
  server.on('close', function () { serverClosed = true; });
  process.on('exit', function () { console.log(slog.join('\n')); console.log('server closed', serverClosed); });
});
