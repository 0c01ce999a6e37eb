// Error paths of a server connection, one case after another:
// - a chunked body whose chunk-size line has a bad byte (only "W" sent, no
//   line end): the client gets a 400 at once, the server's socket emits
//   'error' with the parse error and closes with hadError true;
// - junk after a request whose response is under way: the request emits
//   'close' once, the response 'close' and no 'finish';
// - a response ended after a 'clientError' listener destroyed the socket:
//   no 'finish', a 'close';
// - a client request with agent: false asks for Connection: close.
var http = require('http');
var net = require('net');

function badChunk(done) {
  var client;
  var server = http.createServer(function (req, res) {
    var s = req.socket;
    s.on('error', function (e) { console.log('  socket error', e.code); });
    s.on('close', function (hadError) { console.log('  socket close, hadError', hadError); server.close(); });
    req.on('data', function () {});
    client.write('W');
  });
  server.listen(0, '127.0.0.1', function () {
    client = net.connect(server.address().port, '127.0.0.1', function () {
      client.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    });
    client.on('error', function () {});
    client.on('data', function (d) { console.log('  client got', String(d).split('\r\n')[0]); });
    client.on('close', done);
  });
}

function junkAfterRequest(done) {
  var server = http.createServer(function (req, res) {
    req.on('end', function () { console.log('  req end'); });
    req.on('close', function () { console.log('  req close'); });
    res.on('finish', function () { console.log('  res finish'); });
    res.on('close', function () { console.log('  res close'); server.close(); });
    req.resume();
    res.write('partial');
  });
  server.on('clientError', function (e, sock) { console.log('  clientError', e.code); sock.destroy(); });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      c.once('data', function () { c.write('hellohello'); });
    });
    c.on('error', function () {});
    c.on('close', done);
  });
}

function endAfterDestroy(done) {
  var server = http.createServer(function (req, res) {
    res.on('finish', function () { console.log('  res finish'); });
    res.on('close', function () { console.log('  res close'); });
    req.resume();
    req.on('end', function () { res.end('x'); });
  });
  server.on('clientError', function (e, sock) { console.log('  clientError', e.code); sock.destroy(); });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\nhello');
    });
    c.on('error', function () {});
    c.on('data', function (d) { console.log('  client data', JSON.stringify(String(d))); });
    c.on('close', function () { server.close(); done(); });
  });
}

function agentFalse(done) {
  var server = http.createServer(function (req, res) { res.end(req.headers.connection); });
  server.listen(0, '127.0.0.1', function () {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, function (res) {
      var body = [];
      res.setEncoding('utf8');
      res.on('data', function (d) { body.push(d); });
      res.on('end', function () {
        console.log('  server saw Connection:', body.join(''));
        server.close();
        done();
      });
    });
  });
}

var cases = [['bad chunk size', badChunk], ['junk after a request', junkAfterRequest],
  ['end after the socket was destroyed', endAfterDestroy], ['agent: false', agentFalse]];
(function next(i) {
  if (i === cases.length) return;
  console.log(cases[i][0]);
  cases[i][1](function () { setTimeout(next, 20, i + 1); });
})(0);
