// Echoes every message back with a sequence number; disconnects on 'stop'.
var n = 0;
process.on('message', function (m) {
  if (m === 'stop') {
    process.send({ done: n });
    process.disconnect();
    return;
  }
  process.send({ i: m.i, n: n++ });
});
