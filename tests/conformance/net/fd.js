// new net.Socket({fd}) and server.listen(handle | {fd}): descriptors and
// handles given to net directly.
var net = require('net');
var fs = require('fs');
var path = require('path');
var os = require('os');
var child_process = require('child_process');

function fail(label, fn) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

// a descriptor of a regular file is not a socket
var file = fs.openSync(__filename, 'r');
fail('file fd:', function () { new net.Socket({ fd: file }); });
fail('negative fd:', function () { new net.Socket({ fd: -1 }); });
fail('string fd:', function () { new net.Socket({ fd: '3' }); });
fail('fractional fd:', function () { new net.Socket({ fd: 1.5 }); });

var steps = [];
function next() { var f = steps.shift(); if (f) f(); }

// listen({fd}) on a descriptor that is no socket: an async EINVAL
steps.push(function () {
  var s = net.createServer();
  var sync = true;
  s.listen({ fd: file }).on('error', function (e) {
    console.log('listen({fd: file}):', sync ? 'sync' : 'async', e.code, e.syscall, e.message);
    fs.closeSync(file);
    next();
  });
  sync = false;
});

// listen(handle): the second server takes over the first one's handle;
// connections go to it.
steps.push(function () {
  var first = net.createServer(function () { console.log('first got a connection'); });
  first.listen(0, '127.0.0.1', function () {
    var port = first.address().port;
    var second = net.createServer(function (c) {
      console.log('second got a connection');
      c.end('bye');
    });
    second.listen(first._handle, function () {
      console.log('second listening on the same port:', second.address().port === port);
      net.connect(port, '127.0.0.1', function () {
        var got = '';
        this.setEncoding('utf8');
        this.on('data', function (d) { got += d; });
        this.on('end', function () {
          console.log('client got:', got);
          second.close(function () {
            console.log('second closed; first listening:', first.listening);
            first.close(function (err) { console.log('first close:', err ? err.code : 'ok'); next(); });
          });
        });
      });
    });
  });
});

// new net.Socket({fd}) over a FIFO opened read-write: what the socket
// writes comes back to it.
steps.push(function () {
  var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netfd-'));
  var fifo = path.join(dir, 'fifo');
  child_process.execFileSync('mkfifo', [fifo]);
  var fd = fs.openSync(fifo, 'r+');
  var s = new net.Socket({ fd: fd });
  console.log('fifo socket: pending', s.pending, 'readyState', s.readyState);
  s.setEncoding('utf8');
  s.once('data', function (d) {
    console.log('fifo socket read back:', d);
    s.destroy();
  });
  s.on('close', function () {
    console.log('fifo socket closed');
    fs.unlinkSync(fifo);
    fs.rmdirSync(dir);
    next();
  });
  s.write('through the fifo');
});

next();
