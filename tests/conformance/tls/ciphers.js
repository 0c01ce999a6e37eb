// Cipher choice with a `ciphers` list: honorCipherOrder picks the server's
// first suite the client offers; a list of TLS 1.2 suites only keeps the
// connection on TLS 1.2.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };

var cases = [
  { label: 'server order, TLSv1.2', server: { ciphers: 'AES256-SHA:AES128-SHA', honorCipherOrder: true, maxVersion: 'TLSv1.2' } },
  { label: 'server order over the client, TLSv1.2', server: { ciphers: 'AES256-SHA:AES128-SHA', honorCipherOrder: true, maxVersion: 'TLSv1.2' },
    client: { ciphers: 'AES128-SHA:AES256-SHA' } },
  { label: 'ECDHE first, TLSv1.2', server: { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384:AES128-GCM-SHA256', honorCipherOrder: true, maxVersion: 'TLSv1.2' } },
  // v0.10 differs: v0.10 had no TLS 1.3, and a list of TLS 1.2 suites
  // still chooses the suite (v20 negotiates TLS 1.3: TLS_AES_256_GCM_SHA384).
  { label: 'TLS 1.2 list without maxVersion', server: { ciphers: 'AES256-SHA:AES128-SHA', honorCipherOrder: true } },
  { label: 'list with TLS 1.3 names', server: { ciphers: 'TLS_AES_128_GCM_SHA256:AES256-SHA' } },
];

function run(i) {
  var t = cases[i];
  if (!t) return;
  var so = Object.assign({ key: read('agent-key.pem'), cert: read('agent-cert.pem') }, t.server);
  var server = tls.createServer(so, function (s) { s.end(); });
  server.listen(0, '127.0.0.1', function () {
    var co = Object.assign({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, t.client || {});
    var c = tls.connect(co, function () {
      var ci = c.getCipher();
      console.log(t.label + ':', c.getProtocol(), ci.name, ci.standardName);
      c.resume();
    });
    c.on('error', function (e) { console.log(t.label + ': error', e.code); });
    c.on('close', function () { server.close(); run(i + 1); });
  });
}
run(0);
