// http: a request aborted or destroyed after it got its socket and before
// any response emits 'error' (ECONNRESET, "socket hang up") then 'close'; one
// aborted before it had a socket emits only 'close' and 'abort'.
var http = require('http');

var server = http.createServer(function () { /* never answers */ });
var pending = 3;
function track(name, req) {
  var events = [];
  req.on('abort', function () { events.push('abort'); });
  req.on('error', function (e) { events.push('error ' + e.code + ' ' + e.message); });
  req.on('close', function () {
    events.push('close');
    setTimeout(function () {
      console.log(name + ':', events.join(', '));
      if (--pending === 0) server.close();
    }, 20);
  });
}

server.listen(0, function () {
  var port = server.address().port;
  var early = http.request({ port: port, agent: false });
  track('aborted before a socket', early);
  early.end();
  early.abort();

  var sent = http.request({ port: port, agent: false });
  track('aborted while waiting', sent);
  sent.end();
  setTimeout(function () { sent.abort(); }, 50);

  var destroyed = http.request({ port: port, agent: false });
  track('destroyed while waiting', destroyed);
  destroyed.end();
  setTimeout(function () { destroyed.destroy(); }, 100);
});
