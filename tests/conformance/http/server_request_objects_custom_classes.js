// A server with its own IncomingMessage / ServerResponse subclasses
// (options.IncomingMessage, options.ServerResponse) hands out objects with
// the same own fields and stream state as a plain server's: isonode makes
// the plain server's in Go and the subclasses' in JS.
var http = require('http');

function describe(req, res) {
  var headers = Object.assign({}, req.headers);
  delete headers.host; // the port differs
  delete headers.connection;
  return JSON.stringify({
    req: Object.keys(req).sort(),
    state: Object.keys(req._readableState).sort(),
    res: Object.keys(res).sort(),
    method: req.method, url: req.url, httpVersion: req.httpVersion,
    headers: headers, rawHeaders: req.rawHeaders.slice(0, 8),
    statusCode: res.statusCode, keepAlive: res.shouldKeepAlive,
    readable: req.readable, complete: req.complete
  });
}

class MyIncoming extends http.IncomingMessage {}
class MyResponse extends http.ServerResponse {}

var seen = [];
function handler(req, res) {
  seen.push(describe(req, res));
  req.on('end', function () {
    seen.push('end ' + req.complete);
    res.end('ok');
  });
  req.resume();
}
var plain = http.createServer(handler);
var custom = http.createServer({ IncomingMessage: MyIncoming, ServerResponse: MyResponse }, handler);

function get(server, headers, cb) {
  var req = http.request({ port: server.address().port, path: '/a?b=1', headers: headers, agent: false }, function (res) {
    res.resume();
    res.on('end', cb);
  });
  req.end();
}

plain.listen(0, '127.0.0.1', function () {
  custom.listen(0, '127.0.0.1', function () {
    var hs = { 'X-One': '1', 'x-two': ['a', 'b'], Cookie: 'c=1' };
    get(plain, hs, function () {
      get(custom, hs, function () {
        console.log('requests: ' + seen.length / 2 + ', ' + seen[1] + ', ' + seen[3]);
        var a = JSON.parse(seen[0]), b = JSON.parse(seen[2]);
        Object.keys(a).forEach(function (k) {
          var same = JSON.stringify(a[k]) === JSON.stringify(b[k]);
          console.log(k, same ? 'same' : 'differs: ' + JSON.stringify(a[k]) + ' vs ' + JSON.stringify(b[k]));
        });
        plain.close();
        custom.close();
      });
    });
  });
});
