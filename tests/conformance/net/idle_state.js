// An accepted socket's and a plain stream's default state, read through
// the public API (the defaults live on prototypes, made own lazily).
var net = require('net');
var stream = require('stream');

var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
console.log('duplex allowHalfOpen', d.allowHalfOpen, new stream.Duplex({ allowHalfOpen: false }).allowHalfOpen);
console.log('duplex hwm', d.readableHighWaterMark, d.writableHighWaterMark, d.writableLength, d.readableLength);
console.log('duplex buffers', d.writableBuffer.length, d.readableBuffer.length);
d.cork();
d.write('a');
d.write('b');
console.log('corked', d.writableLength, d.writableBuffer.length);
d.end('c', function () { console.log('end callback'); });
d.on('finish', function () { console.log('finish'); });
d.uncork();
var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
console.log('readable', r.readableLength, r.readableBuffer.length);
r.push('xy');
console.log('readable after push', r.readableLength, r.read());

var server = net.createServer(function (c) {
  console.log('server is socket.server', c.server === server);
  console.log('accepted', c.allowHalfOpen, c.bytesRead, c.connecting, typeof c._handle, c._handle === null);
  console.log('states', c._writableState.decodeStrings, c._writableState.emitClose, c._readableState.emitClose, c.writableLength, c.readableHighWaterMark);
  c.write('hello', function () {
    console.log('write callback');
    c.end();
  });
  c.on('close', function (hadError) {
    console.log('server socket close', hadError, c._handle === null);
    server.getConnections(function (err, n) {
      console.log('connections', err, n);
      server.close(function () { console.log('server closed'); });
    });
  });
});
server.listen(0, '127.0.0.1', function () {
  var client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  client.on('data', function (s) { console.log('client data', s); });
  client.on('end', function () { console.log('client end'); });
});
