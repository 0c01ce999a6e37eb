// net.isIP / isIPv4 / isIPv6.
var net = require('net');
['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '::1', '::', 'fe80::1%eth0',
 '::ffff:127.0.0.1', '2001:db8::ff00:42:8329', '1::2::3', 'localhost', '', ' 127.0.0.1', '1.2.3.4 '].forEach(function (s) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
});
console.log('non-strings', net.isIP(), net.isIP(null), net.isIP(123), net.isIPv4({}));
