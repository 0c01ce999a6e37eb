// http: ClientRequest.setTimeout before the request has a socket arms the
// idle timer once the socket has connected; clearTimeout stops the timer (as
// v20 does, a callback given to it is added as a 'timeout' listener, and it
// returns nothing). Aborting the request that had no response gives it
// 'socket hang up'.
var http = require('http');

var server = http.createServer(function () { /* never answers */ });

server.listen(0, function () {
  var port = server.address().port;
  var req = http.request({ port: port, agent: false });
  var fired = 0;
  req.setTimeout(40, function onTimeout() {
    fired++;
    console.log('timeout', fired, 'socket connecting:', req.socket.connecting);
    req.clearTimeout(onTimeout);
    console.log('timeout listeners after clearTimeout(cb):', req.listenerCount('timeout'));
    setTimeout(function () {
      console.log('timeouts after clearTimeout:', fired);
      req.abort();
      server.close();
    }, 150);
  });
  req.on('error', function (e) { console.log('error', e.code); });
  req.end();

  var other = http.request({ port: port, agent: false });
  function never() { console.log('never'); }
  other.setTimeout(20, never);
  other.clearTimeout(never);
  console.log('clearTimeout returns the request:', other.clearTimeout() === other);
  console.log('listeners of a cleared request:', other.listenerCount('timeout'));
  other.on('error', function () {});
  other.end();
  setTimeout(function () { other.abort(); }, 100);
});
