// UDP on loopback: bind, send in every form, 'message' with rinfo, close.
var dgram = require('dgram');
var server = dgram.createSocket('udp4');
var client = dgram.createSocket({ type: 'udp4' });
var expected = 5;
var got = [];
var sent = []; // send callbacks race with arrivals: printed at the end
server.on('message', function (msg, rinfo) {
  got.push(msg.toString());
  console.log('server got', JSON.stringify(msg.toString()), Buffer.isBuffer(msg), rinfo.address, rinfo.family, rinfo.size,
    rinfo.port === client.address().port);
  server.send(msg, 0, msg.length, rinfo.port, rinfo.address);
});
server.on('listening', function () {
  var a = server.address();
  console.log('listening', a.address, a.family, typeof a.port, a.port > 0);
  var port = a.port;
  // v0.10 form: send(buf, offset, length, port, address, cb)
  client.send(Buffer.from('xxhelloxx'), 2, 5, port, '127.0.0.1', function (err, n) {
    sent.push('sent 1 ' + err + ' ' + n);
    client.send('world', port, '127.0.0.1', function (err, n) {
      sent.push('sent 2 ' + err + ' ' + n);
      client.send(['a', Buffer.from('b'), new Uint8Array([99])], port, 'localhost', function (err, n) {
        sent.push('sent 3 ' + err + ' ' + n);
        client.send(Buffer.alloc(0), port, function (err, n) {
          sent.push('sent 4 ' + err + ' ' + n);
          client.send(Buffer.from('last'), port);
        });
      });
    });
  });
});
var echoes = 0;
client.on('message', function (msg, rinfo) {
  echoes++;
  if (echoes === expected) {
    console.log('echoes', echoes, rinfo.port === server.address().port);
    client.close();
  }
});
client.on('listening', function () { console.log('client listening (implicit bind)', client.address().address); });
client.on('close', function () {
  console.log('client close');
  console.log(sent.join('\n'));
  server.close(function () { console.log('server close cb'); });
});
server.on('close', function () { console.log('server close'); });
server.bind(0, '127.0.0.1');
