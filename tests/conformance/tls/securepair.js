// tls.createSecurePair (v0.10's API): two pairs piped into each other
// through their encrypted streams, cleartext both ways; a context built with
// the native context's setters (setKey, setCert, setCiphers).
// v0.10 differs: v20's deprecated createSecurePair never completes this
// handshake (it prints nothing).
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
var slog = [];

// The server's context is set up through the native context's setters, as v0.10 code did.
var sctx = tls.createSecureContext();
sctx.context.setKey(read('agent-key.pem'));
sctx.context.setCert(read('agent-cert.pem'));
sctx.context.setCiphers('ECDHE-RSA-AES128-GCM-SHA256');
sctx.context.setOptions(0);
try { sctx.context.setCiphers.call({}, 'x'); } catch (e) { console.log('setter on a foreign object:', e.name, e.message); }
var sp = tls.createSecurePair(sctx, true);
var cp = tls.createSecurePair(tls.createSecureContext({ ca: read('ca-cert.pem') }), false, false, false, { servername: 'localhost' });
console.log('types', sp instanceof tls.SecurePair, sp.cleartext instanceof tls.TLSSocket, typeof sp.encrypted.pipe);
sp.encrypted.pipe(cp.encrypted).pipe(sp.encrypted);
sp.on('secure', function () { slog.push('server secure, client authorized ' + sp.cleartext.authorized); });
cp.on('secure', function () {
  console.log('client secure', cp.cleartext.authorized, cp.cleartext.authorizationError, cp.cleartext.getPeerCertificate().subject.CN,
    cp.cleartext.getProtocol(), cp.cleartext.getCipher().name);
  cp.cleartext.write('hello through pairs');
});
sp.cleartext.on('data', function (d) {
  slog.push('server got ' + d);
  sp.cleartext.end('bye');
});
cp.cleartext.on('data', function (d) { console.log('client got', d.toString()); });
cp.cleartext.on('end', function () { console.log('client end'); });
process.on('exit', function () { console.log(slog.join('\n')); });
