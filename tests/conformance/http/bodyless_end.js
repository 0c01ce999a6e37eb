// http: a message without a body ends for an 'end' listener that was already
// waiting, even though nothing read the message; a bodyless response always
// ends, so its keep-alive socket goes back to the agent unread; a message
// with a body, or a request nobody waits on yet, ends only once it is read.
// v0.10 differs: v20 emits 'end' only once the message is read (and hangs
// here); the golden follows Node's v0.10-era tests, which wait on 'end' of
// unread bodyless messages.
var http = require('http');

var log = [];
var server = http.createServer(function (req, res) {
  if (req.url === '/get') {
    req.on('end', function () {
      log.push('server: GET request ended unread');
      res.end('ok');
    });
    return;
  }
  if (req.url === '/late') {
    // nobody waits when the message completes: reading later still ends it
    setTimeout(function () {
      req.on('end', function () {
        log.push('server: late reader got end');
        res.writeHead(204);
        res.end();
      });
      req.resume();
    }, 20);
    return;
  }
  res.writeHead(200, { 'content-length': '5' });
  res.end('hello');
});

function request(method, path, cb) {
  var req = http.request({ port: server.address().port, method: method, path: path }, cb);
  req.end();
}

server.listen(0, function () {
  request('GET', '/get', function (res) {
    res.resume();
    res.on('end', function () {
      request('HEAD', '/head', function (res) {
        res.on('end', function () {
          log.push('client: HEAD response ended unread');
          request('GET', '/late', function (res) {
            res.on('end', function () {
              log.push('client: 204 response ended unread');
              request('GET', '/body', function (res) {
                var ended = false;
                res.on('end', function () { ended = true; });
                setTimeout(function () {
                  log.push('client: body response ended before read: ' + ended);
                  res.resume();
                  res.on('end', function () {
                    log.push('client: body response ended after resume');
                    unreadKeepAlive();
                  });
                }, 30);
              });
            });
          });
        });
      });
    });
  });
});

// Three bodyless keep-alive responses nobody reads or listens to, through an
// agent of one socket: each frees the socket for the next request.
function unreadKeepAlive() {
  var agent = new http.Agent({ maxSockets: 1 });
  var left = 3;
  for (var i = 0; i < 3; i++) {
    http.get({ port: server.address().port, path: '/head', method: 'HEAD', agent: agent }, function (res) {
      log.push('client: unread HEAD response ' + res.statusCode);
      if (--left === 0) {
        setTimeout(function () {
          var name = Object.keys(agent.sockets)[0];
          log.push('client: agent sockets after the last response: ' + (name ? agent.sockets[name].length : 0));
          agent.destroy();
          server.close();
          console.log(log.join('\n'));
        }, 20);
      }
    });
  }
}
