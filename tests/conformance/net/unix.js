// Unix domain sockets: listen(path), connect(path), address() is the path,
// the file goes away on close, ENOENT for a missing path.
var net = require('net');
var fs = require('fs');
var os = require('os');
var path = require('path');
var p = path.join(os.tmpdir(), 'isonode-net-test-' + process.pid + '.sock');
try { fs.unlinkSync(p); } catch (e) {}
var server = net.createServer(function (s) {
  console.log('server: remoteAddress', s.remoteAddress, 'remotePort', s.remotePort);
  s.pipe(s);
});
server.listen(p, function () {
  console.log('address is path', server.address() === p, 'exists', fs.existsSync(p));
  var c = net.connect(p, function () {
    console.log('connected');
    c.end('over unix');
  });
  c.setEncoding('utf8');
  var got = '';
  c.on('data', function (d) { got = got.concat(d); });
  c.on('close', function () {
    console.log('echoed', got);
    server.close(function () {
      console.log('exists after close', fs.existsSync(p));
      var bad = net.createConnection({ path: p + '.missing' });
      bad.on('error', function (e) {
        console.log('error', e.code, e.syscall, e.address === p + '.missing', e.message === 'connect ENOENT ' + p + '.missing');
      });
    });
  });
});
