// A server made inside a domain runs its 'request' listeners in that
// domain: a throw there goes to the domain's 'error' handler, which can
// still answer the request; explicitly added req/res route to a
// per-request domain.
var domain = require('domain');
var http = require('http');
var serverDomain = domain.create();
var server;
serverDomain.on('error', function (er) {
  console.log('server domain caught:', er.message, er.domainThrown);
});
serverDomain.run(function () {
  server = http.createServer(function (req, res) {
    var reqd = domain.create();
    reqd.add(req);
    reqd.add(res);
    reqd.on('error', function (er) {
      console.log('request domain caught:', er.message, er.domain === reqd);
      res.writeHead(500);
      res.end('oops');
    });
    console.log('handler active is server domain:', process.domain === serverDomain);
    reqd.run(function () {
      setTimeout(function () {
        if (req.url === '/boom') throw new Error('boom in ' + req.url);
        res.end('ok');
      }, 1);
    });
  });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  get(port, '/fine', function () {
    get(port, '/boom', function () {
      server.close();
    });
  });
});
function get(port, path, cb) {
  http.get({ host: '127.0.0.1', port: port, path: path }, function (res) {
    var body = '';
    res.on('data', function (c) { body += c; });
    res.on('end', function () {
      console.log(path, res.statusCode, body);
      cb();
    });
  });
}
