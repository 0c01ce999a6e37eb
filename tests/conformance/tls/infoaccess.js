// getPeerCertificate() reports the Authority Information Access extension
// as infoAccess (OCSP and CA Issuers URIs), and omits it when absent.
var tls = require('tls');
var fs = require('fs');
var util = require('util');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };

function check(cert, next) {
  var server = tls.createServer({ key: read('agent-key.pem'), cert: read(cert) }, function (s) { s.end(); });
  server.listen(0, '127.0.0.1', function () {
    var c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, function () {
      var p = c.getPeerCertificate();
      console.log(cert, 'authorized', c.authorized, 'has infoAccess', 'infoAccess' in p);
      if (p.infoAccess) {
        console.log(' OCSP', JSON.stringify(p.infoAccess['OCSP - URI']), 'CA Issuers', JSON.stringify(p.infoAccess['CA Issuers - URI']));
        console.log(' null prototype', Object.getPrototypeOf(p.infoAccess) === null, 'keys', Object.keys(p.infoAccess).join('|'));
        console.log(' follows subjectaltname', Object.keys(p).indexOf('infoAccess') === Object.keys(p).indexOf('subjectaltname') + 1);
      }
      c.resume();
    });
    c.on('close', function () { server.close(); next(); });
  });
}
check('aia-cert.pem', function () { check('agent-cert.pem', function () {}); });
