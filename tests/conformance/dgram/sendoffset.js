// send(buf, offset, length, port, address[, cb]), v0.10's form: bytes only,
// offset and length inside the buffer, an offset at the very end of a
// non-empty buffer refused; an empty datagram (from an empty buffer) is
// allowed. sendto is v0.10's strict spelling of it. A socket's fd is null.
// v0.10 differs: Node 20 takes a string with offset and length, lets an
// offset equal the buffer's length pass, and has no fd.
// The golden follows v0.10.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
console.log('fd', s.fd);
var buf = Buffer.from([1, 2, 3, 4]);
function t(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
t('0,4', function () { s.send(buf, 0, 4, 9, '127.0.0.1'); });
t('3,1', function () { s.send(buf, 3, 1, 9, '127.0.0.1'); });
t('0,0', function () { s.send(buf, 0, 0, 9, '127.0.0.1'); });
t('4,0', function () { s.send(buf, 4, 0, 9, '127.0.0.1'); });
t('0,5', function () { s.send(buf, 0, 5, 9, '127.0.0.1'); });
t('2,3', function () { s.send(buf, 2, 3, 9, '127.0.0.1'); });
t('string with offset', function () { s.send('abc', 0, 3, 9, '127.0.0.1'); });
t('sendto string', function () { s.sendto('abc', 0, 3, 9, '127.0.0.1'); });
t('sendto no offset', function () { s.sendto(buf, 9, '127.0.0.1'); });
t('sendto port string', function () { s.sendto(buf, 0, 4, '9', '127.0.0.1'); });
t('sendto no address', function () { s.sendto(buf, 0, 4, 9); });
s.close();

// an empty datagram arrives as an empty message
var r = dgram.createSocket('udp4');
r.bind(0, '127.0.0.1', function () {
  r.on('message', function (m) {
    console.log('empty datagram arrived, length', m.length);
    r.close();
  });
  r.send(Buffer.alloc(0), 0, 0, r.address().port, '127.0.0.1', function (err, n) {
    console.log('sent', err, n);
  });
});
