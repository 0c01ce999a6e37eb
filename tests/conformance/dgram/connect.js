// connect/disconnect/remoteAddress (later additions), udp6 on ::1, unref.
var dgram = require('dgram');
var a = dgram.createSocket('udp6');
var b = dgram.createSocket('udp6');
a.bind(0, '::1', function () {
  var port = a.address().port;
  console.log('a', a.address().address, a.address().family);
  b.connect(port, '::1', function (err) {
    console.log('connect cb', err);
    var r = b.remoteAddress();
    console.log('remote', r.address, r.family, r.port === port);
    try { b.send('x', port, '::1'); } catch (e) { console.log(e.message, e.code); }
    try { b.connect(port); } catch (e) { console.log(e.message, e.code); }
    b.send('over connected', function (err, n) { console.log('sent', err, n); });
  });
  a.on('message', function (msg, rinfo) {
    console.log('a got', msg.toString(), rinfo.family, rinfo.address, rinfo.port === b.address().port);
    b.disconnect();
    try { b.remoteAddress(); } catch (e) { console.log('after disconnect:', e.code); }
    b.send('unconnected', port, '::1', function (err, n) {
      console.log('sent unconnected', err, n);
      a.close();
      b.close();
      // An unref'd bound socket does not keep the process alive.
      var idle = dgram.createSocket('udp4');
      idle.bind(0, '127.0.0.1', function () {
        idle.unref();
        console.log('unref\'d; exiting');
      });
    });
  });
});
process.on('exit', function () { console.log('exit'); });
