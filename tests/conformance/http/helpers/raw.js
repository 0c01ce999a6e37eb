// rawClient(port, onEnd) connects to 127.0.0.1:port and returns the socket
// (to write raw requests on); onEnd gets every byte received, as one
// Buffer, when the server ends the connection.
var net = require('net');

exports.rawClient = function rawClient(port, onEnd) {
  var s = net.connect(port, '127.0.0.1');
  var out = [];
  s.on('data', function (d) { out.push(d); });
  s.on('end', function () { onEnd(Buffer.concat(out)); });
  return s;
};
