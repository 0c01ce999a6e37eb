// A bodiless response (HEAD, 204, 304) given a Transfer-Encoding: chunked
// field sends no "0\r\n\r\n" terminator; a 204 or 304 with that field closes
// the connection (the next response cannot be framed after it). Other
// responses keep the connection as usual. (v20's "Keep-Alive: timeout=5"
// field, which v0.10 did not send, is left out of the comparison.)
var http = require('http');
var net = require('net');

var cases = [
  ['GET', 304, { 'Transfer-Encoding': 'chunked' }],
  ['GET', 304, {}],
  ['GET', 204, { 'Transfer-Encoding': 'chunked' }],
  ['GET', 200, { 'Transfer-Encoding': 'chunked' }],
  ['HEAD', 200, { 'Transfer-Encoding': 'chunked' }],
  ['HEAD', 200, {}],
  ['GET', 304, { 'Content-Length': '5' }]
];
var i = 0;
var server = http.createServer(function (req, res) {
  var c = cases[i];
  if (c[0] === 'HEAD') res.setHeader('X-Set', 'yes');
  res.writeHead(c[1], c[2]);
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  (function next() {
    if (i === cases.length) return server.close();
    var conn = net.connect(server.address().port, '127.0.0.1', function () {
      conn.write(cases[i][0] + ' / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    var resp = '';
    conn.setEncoding('utf8');
    conn.on('data', function (d) { resp += d; });
    // a kept-alive connection is closed by the client once the answer is in
    var t = setTimeout(function () { conn.destroy(); }, 300);
    conn.on('end', function () { resp += '[server closed]'; });
    conn.on('close', function () {
      clearTimeout(t);
      console.log(cases[i][0], cases[i][1], JSON.stringify(resp.replace(/Date: .*\r\n/, '').replace(/Keep-Alive: .*\r\n/, '')));
      i++;
      next();
    });
  })();
});
