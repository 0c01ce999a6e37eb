// A keep-alive Agent with maxSockets 1: sequential and queued requests share
// one connection; sockets, freeSockets and requests; agent.destroy().
var http = require('http');

var connections = 0;
var server = http.createServer(function (req, res) {
  res.setHeader('Content-Length', 2);
  res.end('ok');
});
server.on('connection', function () { connections++; });

var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
console.log('defaults:', http.Agent.defaultMaxSockets === 5 || http.Agent.defaultMaxSockets === Infinity,
  agent.maxSockets, agent.keepAlive);

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var done = 0;
  function one(i) {
    var req = http.get({ host: '127.0.0.1', port: port, path: '/' + i, agent: agent }, function (res) {
      var body = '';
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('response', i, res.statusCode, body, res.headers.connection);
        if (++done === 3) setTimeout(after, 20);
      });
    });
  }
  one(1); one(2); one(3);
  var name = Object.keys(agent.sockets)[0];
  console.log('queued requests:', agent.requests[name] ? agent.requests[name].length : 0);

  function after() {
    console.log('connections:', connections);
    console.log('free sockets:', Object.keys(agent.freeSockets).map(function (k) { return agent.freeSockets[k].length; }).join(','));
    console.log('busy sockets:', Object.keys(agent.sockets).map(function (k) { return agent.sockets[k].length; }).join(','));
    var req = http.get({ host: '127.0.0.1', port: port, path: '/4', agent: agent }, function (res) {
      console.log('reused socket:', req.reusedSocket);
      res.resume();
      res.on('end', function () {
        setTimeout(function () {
          console.log('connections:', connections);
          agent.destroy();
          server.close(function () { console.log('closed'); });
        }, 20);
      });
    });
  }
});
