// A forked child: says 'ready' at once, then answers pings until told to go.
process.on('message', function (m) {
  if (m === 'exit') process.disconnect();
  else process.send(m);
});
process.send('ready');
