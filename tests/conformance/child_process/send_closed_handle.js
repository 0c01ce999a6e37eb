// A closed Server or Socket given to send() does not travel: the message
// goes alone, and the child's 'message' listener gets no handle.
var net = require('net');
var cp = require('child_process');
var path = require('path');
var c = cp.fork(path.join(__dirname, 'helpers', 'handle_kind_child.js'));
var got = 0;
c.on('message', function (m) {
  console.log('child got', JSON.stringify(m));
  if (++got === 2) c.disconnect();
});
var s = net.createServer().listen(0, '127.0.0.1', function () {
  s.close(function () {
    console.log('send returns', c.send('closed server', s));
    var sock = new net.Socket();
    console.log('send returns', c.send('unconnected socket', sock));
  });
});
