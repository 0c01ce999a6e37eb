// getPeerCertificate().subject with less common attributes, among them
// subjectAltName as a name attribute (as in Node's own alice.crt).
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };

var server = tls.createServer({ key: read('agent-key.pem'), cert: read('alice-cert.pem') }, function (s) { s.end(); });
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
    var p = c.getPeerCertificate();
    console.log(JSON.stringify(p.subject));
    console.log('subjectAltName attribute', p.subject.subjectAltName);
    console.log('subjectaltname extension', p.subjectaltname);
    c.resume();
  });
  c.on('close', function () { server.close(); });
});
