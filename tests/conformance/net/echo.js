// A server echoes what a client sends; the order of socket events and the
// addresses and counters both ends report.
var net = require('net');
var events = [];
var serverClose = '';
var server = net.createServer(function (s) {
  console.log('server: connection', s.remoteAddress, s.remoteFamily, typeof s.remotePort, s.localPort === port);
  console.log('server: readyState', s.readyState, 'pending', s.pending, 'connecting', s.connecting);
  s.on('data', function (d) { s.write(d); });
  s.on('end', function () { console.log('server: end, bytesRead', s.bytesRead); });
  s.on('close', function (hadError) {
    serverClose = ['server: close', hadError, 'destroyed', s.destroyed, 'readyState', s.readyState].join(' ');
  });
});
var port;
server.listen(0, '127.0.0.1', function () {
  var a = server.address();
  port = a.port;
  console.log('listening', a.address, a.family, typeof a.port, server.listening);
  var c = net.connect(port, '127.0.0.1');
  console.log('client: connecting', c.connecting, 'pending', c.pending, 'readyState', c.readyState);
  ['connect', 'ready', 'end', 'finish', 'close'].forEach(function (ev) {
    c.on(ev, function () { events.push(ev); });
  });
  c.on('connect', function () {
    console.log('client: connected', c.remoteAddress, c.remotePort === port, c.remoteFamily, c.localAddress);
    console.log('client: address', c.address().address, c.address().family);
    console.log('write returns', c.write('hello '));
    c.write(Buffer.from('binary '), function () { console.log('write callback'); });
    c.write('686578', 'hex');
    c.end(' done');
  });
  var got = [];
  c.setEncoding('utf8');
  c.on('data', function (d) { got.push(d); });
  c.on('end', function () { console.log('client: got', JSON.stringify(got.join(''))); });
  c.on('close', function (hadError) {
    console.log('client: close', hadError, c.bytesRead, c.bytesWritten, c.readyState);
    console.log('events', events.join(' '));
    server.close(function () {
      console.log(serverClose);
      console.log('server closed', server.listening, server.address());
    });
  });
});
