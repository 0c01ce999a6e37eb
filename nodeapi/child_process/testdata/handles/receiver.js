// Runs on isonode: takes the handles that sender.js sends.
var net = require('net');
module.exports = function (peer, end) {
  var port, server;
  peer.on('message', function (m, h) {
    if (m.what === 'server') {
      port = m.port;
      server = h;
      console.log('server:', h instanceof net.Server, h.address().port === port);
      h.on('connection', function (c) { c.end('receiver'); });
      peer.send('got server');
    } else if (m === 'server closed') {
      var got = [];
      net.connect(port, '127.0.0.1').on('data', function (d) { got.push(String(d)); }).on('end', function () {
        console.log('connected to:', got.join(''));
        server.close();
        peer.send('socket please');
      });
    } else if (m.what === 'socket') {
      console.log('socket:', h instanceof net.Socket, h.remoteAddress);
      h.end('via receiver');
    } else if (m.clientGot) {
      console.log('client got:', m.clientGot);
      end();
    }
  });
};
