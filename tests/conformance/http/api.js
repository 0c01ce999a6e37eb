// v0.10 differs: STATUS_CODES has v0.10's reason phrases ("Moved Temporarily",
// "Request Time-out", …); v0.10 had no METHODS (the list is current Node's).
// Module surface: STATUS_CODES, METHODS, maxHeaderSize, header validation and
// errors from the outgoing-message API.
var http = require('http');

[200, 302, 404, 408, 418, 500].forEach(function (c) { console.log(String(c), http.STATUS_CODES[c]); });
console.log('METHODS has GET, M-SEARCH:', http.METHODS.indexOf('GET') >= 0, http.METHODS.indexOf('M-SEARCH') >= 0);
console.log('METHODS sorted:', http.METHODS.join(',') === http.METHODS.slice().sort().join(','));
console.log('maxHeaderSize is a number:', typeof http.maxHeaderSize);
console.log(typeof http.createServer, typeof http.request, typeof http.get, typeof http.Agent,
  typeof http.ClientRequest, typeof http.IncomingMessage, typeof http.ServerResponse, typeof http.Server,
  typeof http.OutgoingMessage, http.globalAgent instanceof http.Agent);

function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
tryIt('name', function () { http.validateHeaderName('x y'); });
tryIt('name ok', function () { http.validateHeaderName('X-Fine'); });
tryIt('value undefined', function () { http.validateHeaderValue('x-a', undefined); });
tryIt('value ctl', function () { http.validateHeaderValue('x-a', 'a\nb'); });
tryIt('value ok', function () { http.validateHeaderValue('x-a', 'fine'); });

var server = http.createServer(function (req, res) {
  tryIt('bad status', function () { res.writeHead(99); });
  tryIt('bad setHeader', function () { res.setHeader('bad name', 'x'); });
  tryIt('getHeader non-string', function () { res.getHeader(1); });
  res.writeHead(200, 'Fine', [['X-A', '1'], ['X-B', ['2', '3']]]);
  tryIt('setHeader after', function () { res.setHeader('X-C', '1'); });
  tryIt('writeHead twice', function () { res.writeHead(200); });
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  tryIt('bad method', function () { http.request({ port: 1, method: 'GE T' }); });
  tryIt('bad path', function () { http.request({ port: 1, path: '/a b' }); });
  tryIt('bad protocol', function () { http.request('https://127.0.0.1/'); });
  http.get({ host: '127.0.0.1', port: server.address().port }, function (res) {
    console.log('response:', res.statusCode, res.statusMessage, res.headers['x-a'], res.headers['x-b'],
      JSON.stringify(res.rawHeaders.slice(0, 6)));
    res.resume();
    res.on('end', function () { server.close(); });
  });
});
