// dgram's argument and state errors, EADDRINUSE, and close semantics.
var dgram = require('dgram');
function t(label, f) {
  try { f(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name + ':', e.message, e.code); }
}
t('bad type', function () { dgram.createSocket('udp5'); });
t('no type', function () { dgram.createSocket(); });
var s = dgram.createSocket('udp4');
t('address unbound', function () { s.address(); });
t('port 0', function () { s.send('x', 0, '127.0.0.1'); });
t('port big', function () { s.send('x', 70000, '127.0.0.1'); });
t('port string', function () { s.send('x', 'abc', '127.0.0.1'); });
t('bad msg', function () { s.send(42, 1234, '127.0.0.1'); });
t('remoteAddress', function () { s.remoteAddress(); });
t('disconnect', function () { s.disconnect(); });
t('connect port', function () { s.connect(0); });
s.bind(0, '127.0.0.1', function () {
  var port = s.address().port;
  t('bind twice', function () { s.bind(0); });
  t('setTTL type', function () { s.setTTL('x'); });
  t('setTTL 0', function () { s.setTTL(0); });
  t('setTTL 64', function () { console.log('ttl', s.setTTL(64)); });
  t('setMulticastTTL', function () { console.log('mttl', s.setMulticastTTL(8)); });
  t('setMulticastLoopback', function () { console.log('loop', s.setMulticastLoopback(true)); });
  t('setBroadcast', function () { s.setBroadcast(true); });
  var u = dgram.createSocket('udp4');
  u.on('error', function (e) {
    console.log('error event:', e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port);
    u.close();
    var c = dgram.createSocket('udp4');
    c.send('x', 1, 'nosuchhost.invalid', function (err) {
      console.log('send lookup error:', err.code, err.syscall, err.hostname);
      s.close(function () {
        console.log('closed');
        t('close twice', function () { s.close(); });
        t('send closed', function () { s.send('x', 1, '127.0.0.1'); });
        t('address closed', function () { s.address(); });
        c.close();
      });
    });
  });
  u.bind(port, '127.0.0.1');
});
