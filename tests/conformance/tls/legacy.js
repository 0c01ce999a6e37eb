// v0.10 behaviour: NODE_TLS_REJECT_UNAUTHORIZED read at connect time,
// SHA-1 signed certificates, encrypted PKCS#8 keys, a sorted getCiphers(),
// and a client socket nobody reads closing with its connection.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
function tryIt(label, fn) {
  try { fn(); console.log(label + ': ok'); } catch (e) { console.log(label + ': throws ' + e.code + ' ' + e.message); }
}

var c = tls.getCiphers();
console.log('getCiphers sorted', JSON.stringify(c) === JSON.stringify(c.slice().sort()), 'has aes256-sha', c.indexOf('aes256-sha') >= 0);

tryIt('pkcs8 aes-256-cbc key with passphrase', function () {
  tls.createSecureContext({ key: read('agent-key-pkcs8-enc.pem'), passphrase: 'secret', cert: read('agent-cert.pem') });
});
tryIt('pkcs8 3des key with passphrase', function () {
  tls.createSecureContext({ key: read('agent-key-pkcs8-3des.pem'), passphrase: 'secret', cert: read('agent-cert.pem') });
});
tryIt('pkcs8 key with wrong passphrase', function () {
  tls.createSecureContext({ key: read('agent-key-pkcs8-enc.pem'), passphrase: 'nope', cert: read('agent-cert.pem') });
});

// Throws before opening a connection: nothing keeps the process alive.
tryIt('connect with a wrong passphrase', function () {
  tls.connect({ port: 1, key: read('agent-key-pkcs8-enc.pem'), passphrase: 'nope', cert: read('agent-cert.pem') });
});

var steps = [];
function run() { var s = steps.shift(); if (s) s(run); }

function serve(opts, handler, cb) {
  var server = tls.createServer(opts, handler);
  server.listen(0, '127.0.0.1', function () { cb(server, server.address().port); });
}

// A server with an encrypted PKCS#8 key, trusted by the client.
steps.push(function (next) {
  serve({ key: read('agent-key-pkcs8-enc.pem'), passphrase: 'secret', cert: read('agent-cert.pem') }, function (s) {
    s.end('x');
  }, function (server, port) {
    var c = tls.connect({ port: port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, function () {
      console.log('pkcs8 server: authorized', c.authorized);
      c.resume();
    });
    c.on('close', function () { server.close(); next(); });
  });
});

// The environment variable, set after start, turns off rejection by default.
steps.push(function (next) {
  serve({ key: read('self-key.pem'), cert: read('self-cert.pem') }, function (s) { s.end('x'); }, function (server, port) {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    process.removeAllListeners('warning');
    process.on('warning', function () {});
    var c = tls.connect({ port: port, host: '127.0.0.1' }, function () {
      console.log('NODE_TLS_REJECT_UNAUTHORIZED=0: authorized', c.authorized, c.authorizationError);
      c.resume();
    });
    c.on('close', function () {
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      server.close();
      next();
    });
  });
});

// v0.10 differs: a SHA-1 signed certificate verifies (v20's OpenSSL
// refuses it at its default security level).
steps.push(function (next) {
  serve({ key: read('agent-key.pem'), cert: read('sha1-cert.pem') }, function (s) { s.end('x'); }, function (server, port) {
    var c = tls.connect({ port: port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') }, function () {
      console.log('sha1 certificate: authorized', c.authorized, c.authorizationError);
      c.resume();
    });
    c.on('error', function (e) { console.log('sha1 certificate: error', e.code); });
    c.on('close', function () { server.close(); next(); });
  });
});

// v0.10 differs: a client that never reads still closes when the server
// ends the connection (v20 keeps it open until the data is read).
steps.push(function (next) {
  serve({ key: read('agent-key.pem'), cert: read('agent-cert.pem') }, function (s) { s.end('unread'); }, function (server, port) {
    var c = tls.connect({ port: port, host: '127.0.0.1', servername: 'localhost', ca: read('ca-cert.pem') });
    var timer = setTimeout(function () { console.log('unread: still open'); c.destroy(); }, 3000);
    c.on('close', function () {
      clearTimeout(timer);
      console.log('unread: closed, buffered', c.readableLength);
      server.close();
      next();
    });
  });
});

run();
