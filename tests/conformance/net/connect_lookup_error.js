// A connection to a name that does not resolve fails with getaddrinfo's
// error (the lookup is dns.lookup's), emitted as 'error' on the socket.
var net = require('net');
var s = net.connect(80, 'no-such-host.invalid');
s.on('error', function (e) {
  console.log(e.message, e.code, e.errno, e.syscall, e.hostname);
});
