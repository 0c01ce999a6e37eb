// Stays alive (its channel is open) until killed or disconnected.
process.on('message', function (m) {
  if (m === 'disconnect yourself') process.disconnect();
});
process.send('ready');
