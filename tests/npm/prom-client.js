// prom-client (npm) on isonode: default metrics and a custom counter served
// through http, scraped once. Run by tests/npm_test.go after `npm install`.
var client = require('prom-client');
var http = require('http');
var register = new client.Registry();
client.collectDefaultMetrics({ register: register });
var counter = new client.Counter({ name: 'myapp_requests_total', help: 'requests', labelNames: ['path'], registers: [register] });
var server = http.createServer(function (req, res) {
  counter.inc({ path: req.url });
  register.metrics().then(function (text) {
    res.writeHead(200, { 'Content-Type': register.contentType });
    res.end(text);
  }, function (err) { res.writeHead(500); res.end(String(err && err.stack)); });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  http.get({ port: port, path: '/metrics' }, function (res) {
    var body = [];
    res.on('data', function (c) { body.push(c); });
    res.on('end', function () {
      var text = Buffer.concat(body).toString();
      console.log('status', res.statusCode);
      console.log(text.split('\n').filter(function (l) { return /^(myapp_requests_total|process_cpu_user_seconds_total|nodejs_eventloop_lag_seconds|nodejs_version_info)/.test(l); }).map(function (l) { return l.replace(/ [\d.e+-]+$/, ' N'); }).join('\n'));
      server.close();
      process.exit(0);
    });
  });
});
