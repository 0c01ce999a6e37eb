// Socket options set right after bind(), while the address is still being
// looked up, apply to the socket; an unbound socket has none to set.
// v0.10 differs: Node 20 fails those early calls with EBADF too (its
// descriptor comes with the bind itself). The golden follows v0.10.
var dgram = require('dgram');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.syscall); }
}
var unbound = dgram.createSocket('udp4');
t('unbound setMulticastTTL', function () { return unbound.setMulticastTTL(16); });
unbound.close();

var s = dgram.createSocket('udp4');
s.bind(0, 'localhost');
t('binding setMulticastTTL', function () { return s.setMulticastTTL(16); });
t('binding setMulticastTTL 1000', function () { return s.setMulticastTTL(1000); });
t('binding setBroadcast', function () { return s.setBroadcast(true); });
t('binding address', function () { return s.address(); });
s.on('listening', function () {
  console.log('listening on', s.address().address);
  t('bound setTTL', function () { return s.setTTL(32); });
  s.close(function () { console.log('closed'); });
});
