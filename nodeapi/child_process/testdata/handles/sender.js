// Runs on Node: sends a listening Server, then an accepted Socket, to peer.
var net = require('net');
module.exports = function (peer) {
  var server = net.createServer(function (c) { c.end('sender'); });
  server.listen(0, '127.0.0.1', function () {
    peer.send({ what: 'server', port: server.address().port }, server);
  });
  peer.on('message', function (m) {
    if (m === 'got server') {
      server.close(function () { peer.send('server closed'); });
    } else if (m === 'socket please') {
      var pair = net.createServer(function (conn) {
        peer.send({ what: 'socket' }, conn);
        pair.close();
      });
      pair.listen(0, '127.0.0.1', function () {
        var got = [];
        var client = net.connect(pair.address().port, '127.0.0.1');
        client.on('data', function (d) { got.push(String(d)); });
        client.on('end', function () { peer.send({ clientGot: got.join('') }); });
      });
    }
  });
};
