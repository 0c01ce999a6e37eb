// Aborting requests: req.abort() after the response began (the server sees
// 'aborted' on the request and 'close' on the response), before a socket was
// assigned, and ECONNREFUSED from net. Events of each side are collected and
// printed once both sides are done (their interleaving is not deterministic).
var http = require('http');
var net = require('net');

var serverEvents = [], clientEvents = [];
var pending = 2;
function done() {
  if (--pending > 0) return;
  console.log('client:', clientEvents.join(', '));
  console.log('server:', serverEvents.join(', '));
  setTimeout(refused, 10);
}

var server = http.createServer(function (req, res) {
  req.on('aborted', function () { serverEvents.push('req aborted'); });
  res.on('close', function () { serverEvents.push('res close finished=' + res.finished); done(); });
  if (req.url === '/partial') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('part');
  }
});

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var req = http.get({ host: '127.0.0.1', port: port, path: '/partial' }, function (res) {
    var first = true;
    res.on('data', function (d) {
      if (!first) return;
      first = false;
      clientEvents.push('data ' + d);
      req.abort();
      clientEvents.push('aborted=' + !!req.aborted);
    });
    res.on('aborted', function () { clientEvents.push('res aborted'); });
  });
  req.on('abort', function () { clientEvents.push('abort'); });
  req.on('error', function (e) { clientEvents.push('error ' + e.code); });
  req.on('close', function () { clientEvents.push('close'); done(); });
});

function refused() {
  // a port that was just closed refuses connections
  var tmp = net.createServer();
  tmp.listen(0, '127.0.0.1', function () {
    var port = tmp.address().port;
    tmp.close(function () {
      var req = http.get({ host: '127.0.0.1', port: port, path: '/' });
      req.on('error', function (e) {
        console.log('refused:', e.code, e.syscall);
        beforeSocket();
      });
    });
  });
}

function beforeSocket() {
  var events = [];
  var req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/never' });
  req.on('abort', function () { events.push('abort'); });
  req.on('error', function (e) { events.push('error ' + e.code); });
  req.on('close', function () {
    events.push('close');
    setTimeout(function () {
      console.log('early abort events:', events.sort().join(', '));
      server.close();
    }, 20);
  });
  req.abort();
}
