// http: server.maxHeadersCount and a ClientRequest's maxHeadersCount keep
// that many header fields of an incoming message (0 keeps them all).
// v0.10 differs: v20 answers a request over server.maxHeadersCount with an
// error response instead of keeping the first fields; the golden is v0.10's.
var http = require('http');

function many(n) {
  var h = {};
  for (var i = 0; i < n; i++) h['k' + i] = String(i);
  return h;
}

var limits = [[10, 20], [0, 0], [null, null]];
var step = 0;
var server = http.createServer(function (req, res) {
  console.log('server kept', Object.keys(req.headers).length, 'request fields');
  res.writeHead(200, many(900));
  res.end();
});

function next() {
  if (step === limits.length) return server.close();
  var lim = limits[step++];
  if (lim[0] !== null) server.maxHeadersCount = lim[0];
  else server.maxHeadersCount = null;
  console.log('server.maxHeadersCount', lim[0], 'req.maxHeadersCount', lim[1]);
  var req = http.request({ port: server.address().port, headers: many(30), agent: false }, function (res) {
    var keys = Object.keys(res.headers);
    console.log('client kept', keys.length, 'response fields; first', keys[0], 'last kept k-field', keys.filter(function (k) { return /^k/.test(k); }).pop());
    res.resume();
    res.on('end', next);
  });
  if (lim[1] !== null) req.maxHeadersCount = lim[1];
  req.end();
}

server.listen(0, next);
