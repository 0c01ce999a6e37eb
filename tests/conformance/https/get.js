// https: a GET and a POST round trip over loopback with a CA-signed
// certificate, keep-alive reuse through an Agent, rejectUnauthorized.
var https = require('https');
var http = require('http');
var tls = require('tls');
var fs = require('fs');
var F = __dirname + '/../tls/fixtures/';
var read = function (n) { return fs.readFileSync(F + n); };
var ca = read('ca-cert.pem');

console.log('globalAgent', https.globalAgent instanceof https.Agent, https.globalAgent.defaultPort, https.globalAgent.protocol);
console.log('Agent is an http.Agent', new https.Agent() instanceof http.Agent);

var slog = [];
var server = https.createServer({ key: read('agent-key.pem'), cert: read('agent-cert.pem') }, function (req, res) {
  slog.push('server: ' + req.method + ' ' + req.url + ' encrypted=' + req.socket.encrypted + ' host=' + req.headers.host.replace(/:\d+$/, ':PORT'));
  var body = [];
  req.on('data', function (d) { body.push(d); });
  req.on('end', function () {
    res.writeHead(200, { 'content-type': 'text/plain', 'x-len': String(Buffer.concat(body).length) });
    res.end('you said ' + Buffer.concat(body).toString() + ' to ' + req.url);
  });
});
console.log('server is a tls.Server', server instanceof tls.Server);

function collect(res, cb) {
  var chunks = [];
  res.on('data', function (d) { chunks.push(d); });
  res.on('end', function () { cb(Buffer.concat(chunks).toString()); });
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var agent = new https.Agent({ keepAlive: true, ca: ca });
  var steps = [
    function (next) {
      https.get({ host: 'localhost', port: port, path: '/get', ca: ca }, function (res) {
        console.log('GET', res.statusCode, res.headers['content-type'], res.socket.authorized);
        collect(res, function (b) { console.log('body', b); next(); });
      });
    },
    function (next) {
      var req = https.request({ host: 'localhost', port: port, path: '/post', method: 'POST', ca: ca }, function (res) {
        console.log('POST', res.statusCode, res.headers['x-len']);
        collect(res, function (b) { console.log('body', b); next(); });
      });
      req.write('hello ');
      req.end('world');
    },
    function (next) {
      https.get('https://localhost:' + port + '/url', { ca: ca }, function (res) {
        collect(res, function (b) { console.log('url string:', b); next(); });
      });
    },
    function (next) {
      var n = 0, reused = [];
      (function one() {
        var req = https.get({ host: 'localhost', port: port, path: '/ka' + n, agent: agent }, function (res) {
          collect(res, function (b) {
            reused.push(req.reusedSocket);
            if (++n < 3) return setImmediate(one);
            console.log('keep-alive reusedSocket', reused.join(','));
            agent.destroy && agent.destroy();
            next();
          });
        });
      })();
    },
    function (next) {
      https.get({ host: 'localhost', port: port, path: '/untrusted' }, function () {
        console.log('unexpected response');
      }).on('error', function (e) {
        console.log('untrusted:', e.code, e.message);
        next();
      });
    },
    function (next) {
      https.get({ host: '127.0.0.1', port: port, path: '/insecure', rejectUnauthorized: false }, function (res) {
        console.log('rejectUnauthorized=false:', res.statusCode, res.socket.authorized, res.socket.authorizationError);
        collect(res, function () { next(); });
      });
    },
    function (next) {
      https.get({ host: '127.0.0.1', port: port, path: '/servername', servername: 'localhost', ca: ca }, function (res) {
        console.log('servername option:', res.statusCode, res.socket.authorized);
        collect(res, function () { next(); });
      });
    },
  ];
  (function run() {
    var s = steps.shift();
    if (s) return s(run);
    server.close();
    console.log(slog.join('\n'));
  })();
});
