// Forked by fork_channel_ref.js. argv[2] says what keeps the channel
// alive: 'send-only' (nothing: the child sends and ends), 'once' (one
// 'message' listener, gone after the first message), 'listen' (a 'message'
// listener kept: the child waits until the parent disconnects).
var mode = process.argv[2];
if (mode === 'once') {
  process.once('message', function (m) { process.send('once got ' + m); });
} else if (mode === 'listen') {
  process.on('message', function (m) { process.send('listen got ' + m); });
  process.on('disconnect', function () { process.removeAllListeners('message'); });
}
process.send(mode + ' ready');
