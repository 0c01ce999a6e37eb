// The bytes of responses written the common ways (the header completed in
// one native call, chunks framed with it): UTF-8 and latin1 chunks, a
// non-ASCII header value, HTTP/1.0, HEAD, Content-Length, sendDate off,
// a removed Transfer-Encoding, a custom status message and status codes
// set before and by writeHead; responses made by end() alone (a string in
// an encoding, a Buffer, an implicit header, setHeader, no body for 204,
// nothing), with what the response reports right after end and the order
// of 'finish' and a tick queued after end.
// v0.10 differs: v20 adds "Keep-Alive: timeout=5" to the answer to an
// HTTP/1.0 keep-alive request; v0.10 sends no Keep-Alive header.
// v0.10 differs: v20 gives a response made by end(data) alone, before any
// header went out, a Content-Length; v0.10 sends it chunked.
var http = require('http');
var rawClient = require('./helpers/raw').rawClient;

var handlers = {
  '/utf8': function (req, res) {
    res.write('h\u00e9llo ');
    res.end('w\u00f6rld \u20ac \ud83d\ude00');
  },
  '/latin1': function (req, res) {
    res.setHeader('Content-Type', 'text/plain');
    res.write('caf\u00e9', 'latin1');
    res.end('!', 'latin1');
  },
  '/hex': function (req, res) {
    res.write('6869', 'hex');
    res.end('ok');
  },
  '/nonascii-header': function (req, res) {
    res.writeHead(200, { 'X-Name': 'Jos\u00e9' });
    res.write('abc');
    res.end('d\u00e9f');
  },
  '/length': function (req, res) {
    res.writeHead(201, { 'Content-Length': 5 });
    res.end('hello');
  },
  '/nodate': function (req, res) {
    res.sendDate = false;
    res.statusCode = 404;
    res.write('nf');
    res.end();
  },
  '/no-te': function (req, res) {
    res.removeHeader('Transfer-Encoding');
    res.write('until close');
    res.end();
  },
  '/reason': function (req, res) {
    res.writeHead(299, 'Fine Indeed', [['X-A', '1'], ['X-B', 'two']]);
    res.write('r');
    res.end();
  },
  '/bad-reason': function (req, res) {
    try {
      res.writeHead(200, 'a\r\nb');
    } catch (e) {
      console.log('writeHead threw', e.code);
    }
    res.statusMessage = 'Set Before';
    res.writeHead(203);
    console.log('statusCode', res.statusCode, 'statusMessage', res.statusMessage,
      'connection is socket', res.connection === res.socket, req.connection === req.socket);
    res.write('x');
    res.end();
  },
  '/end-string': function (req, res) {
    res.end('h\u00e9llo');
    console.log('finished', res.finished, 'headersSent', res.headersSent, 'writableEnded', res.writableEnded,
      'writableFinished', res.writableFinished);
    process.nextTick(function () { console.log('tick after end'); });
    res.on('finish', function () { console.log('finish', res.writableFinished); });
  },
  '/end-buffer': function (req, res) {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': 2 });
    res.end(Buffer.from([0x61, 0xff]));
  },
  '/end-hex': function (req, res) {
    res.end('6869', 'hex');
  },
  '/end-latin1-header': function (req, res) {
    res.writeHead(200, { 'X-Name': 'Jos\u00e9' });
    res.end('x');
  },
  '/end-implicit': function (req, res) {
    res.statusCode = 404;
    res.end('nf');
  },
  '/end-setheader': function (req, res) {
    res.setHeader('X-A', '1');
    res.end('sh');
  },
  '/end-204': function (req, res) {
    res.writeHead(204);
    res.end('ignored');
  },
  '/end-empty': function (req, res) {
    res.end();
  }
};

var server = http.createServer(function (req, res) {
  handlers[req.url.replace(/\?.*/, '')](req, res);
});

function raw(port, data, cb) {
  rawClient(port, cb).write(data);
}

function show(b) {
  return b.toString('latin1').replace(/Date: [^\r]*\r\n/, 'Date: <date>\r\n').split('\r\n').join('\\r\\n\n') +
    '\n[' + b.length + ' bytes]';
}

var requests = [
  'GET /utf8 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /latin1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /hex HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /nonascii-header HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /length HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /nodate HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /no-te HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /reason HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /bad-reason HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /utf8 HTTP/1.0\r\n\r\n',
  'GET /utf8 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
  'HEAD /utf8 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-string HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-buffer HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-hex HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-latin1-header HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-implicit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-setheader HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-empty HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'HEAD /end-string HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  'GET /end-string HTTP/1.0\r\n\r\n'
];

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var i = 0;
  (function next() {
    if (i === requests.length) {
      server.close();
      return;
    }
    var r = requests[i++];
    console.log('>>> ' + r.split('\r\n')[0]);
    raw(port, r, function (b) {
      console.log(show(b));
      next();
    });
  })();
});
