// A response without Content-Length to an HTTP/1.1 request is chunked, with trailers.
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
  if (req.url === '/trailers') {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Trailer': 'Content-MD5' });
    res.write('first;');
    res.write(Buffer.from('second;'));
    res.addTrailers({ 'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667' });
    res.end('third');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('a');
  res.write('bb');
  res.write(Buffer.from('ccc'));
  res.write('');
  res.end('dddd');
});

function raw(port, data, cb) {
  var s = net.connect(port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () { cb(Buffer.concat(out).toString('latin1')); });
  s.write(data);
}

function show(t) {
  return t.replace(/Date: [^\r]*\r\n/, '').split('\r\n').join('\\r\\n\n');
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', function (t) {
    console.log(show(t));
    http.get({ port: port, host: '127.0.0.1', path: '/trailers' }, function (res) {
      console.log('transfer-encoding:', res.headers['transfer-encoding']);
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('body:', body);
        console.log('trailers:', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
        server.close();
      });
    });
  });
});
