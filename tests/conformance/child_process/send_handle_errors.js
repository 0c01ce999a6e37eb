// child.send(msg, handle) with a handle that cannot be sent: a plain object
// throws ERR_INVALID_HANDLE_TYPE (as Node); a dgram socket to a child that
// is an OS process throws ERR_NOT_SUPPORTED.
// isonode differs: Node passes dgram sockets to OS processes too; isonode
// passes them only to forked isolates.
var cp = require('child_process'), dgram = require('dgram'), path = require('path');
var child = cp.fork(path.join(__dirname, 'helpers', 'print_args.sh'), [], { execPath: '/bin/sh', silent: true });
try { child.send('x', { not: 'a handle' }); } catch (e) { console.log('object:', e.name, e.code); }
var sock = dgram.createSocket('udp4');
sock.bind(0, '127.0.0.1', function () {
  try { child.send('x', sock); console.log('dgram: sent'); } catch (e) { console.log('dgram:', e.code); }
  sock.close();
  child.kill();
});
