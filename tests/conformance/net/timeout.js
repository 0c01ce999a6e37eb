// setTimeout: 'timeout' after idleness, delayed by activity, off with 0.
var net = require('net');
var server = net.createServer(function (s) {
  s.resume();
  s.on('end', function () { s.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var t0 = Date.now();
  var writes = 0;
  c.setTimeout(100, function () {
    var el = Date.now() - t0;
    console.log('timeout after activity', writes, el >= 190 ? 'late enough' : 'too early ' + el);
    c.setTimeout(0);
    setTimeout(function () {
      console.log('no more timeouts');
      c.end();
    }, 150);
  });
  var iv = setInterval(function () {
    c.write('x');
    if (++writes === 4) clearInterval(iv);
  }, 30);
  c.on('timeout', function () { console.log('timeout event'); });
  c.on('close', function () { server.close(); });
  try { c.setTimeout(-1); } catch (e) { console.log(e.code); }
  try { c.setTimeout('1'); } catch (e) { console.log(e.code); }
});
