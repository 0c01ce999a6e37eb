// Session resumption: getSession(), the 'session' event, the session
// option and isSessionReused(), on TLS 1.2 and 1.3; a server resumes the
// sessions of its own context only.
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
var opts = { key: read('agent-key.pem'), cert: read('agent-cert.pem') };

function serve(cb) {
  var server = tls.createServer(opts, function (s) { s.end('hello'); });
  server.listen(0, '127.0.0.1', function () { cb(server, server.address().port); });
}

function connect(port, version, session, cb) {
  var events = 0, last;
  var c = tls.connect({ port: port, host: '127.0.0.1', ca: read('ca-cert.pem'), servername: 'localhost',
    maxVersion: version, session: session }, function () {
    c.atConnect = c.getSession();
    c.reused = c.isSessionReused();
    c.resume();
  });
  c.on('session', function (s) { events++; last = s; });
  c.on('close', function () {
    cb(c, events, last);
  });
  return c;
}

function round(version, next) {
  serve(function (server, port) {
    connect(port, version, undefined, function (c1, events1, s1) {
      console.log(version, 'first: reused', c1.reused, 'session events', events1 > 0,
        'getSession at secureConnect is a Buffer', Buffer.isBuffer(c1.atConnect));
      connect(port, version, s1, function (c2) {
        console.log(version, 'second with session: reused', c2.reused, 'authorized', c2.authorized);
        connect(port, version, Buffer.from('not a session'), function (c3) {
          console.log(version, 'bad session ignored: reused', c3.reused);
          server.close();
          serve(function (server2, port2) {
            connect(port2, version, s1, function (c4) {
              console.log(version, 'other server: reused', c4.reused);
              server2.close();
              if (version !== 'TLSv1.2') return next();
              // v0.10 style: the session taken at secureConnect.
              serve(function (server3, port3) {
                connect(port3, version, undefined, function (c5) {
                  connect(port3, version, c5.atConnect, function (c6) {
                    console.log(version, 'session from secureConnect: reused', c6.reused);
                    server3.close();
                    next();
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

round('TLSv1.2', function () {
  round('TLSv1.3', function () {});
});
