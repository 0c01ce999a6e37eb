// process.on(signal): listeners receive signals sent with process.kill; the last removal restores the default action.
process.on('SIGUSR2', function (name, num) {
  console.log('got', name, num);
  process.removeAllListeners('SIGUSR2');
  process.kill(process.pid, 'SIGINT');
});
process.on('SIGINT', function () {
  console.log('SIGINT handled');
  process.removeAllListeners('SIGINT');
  console.log('done');
  clearTimeout(keepAlive);
});
// signal listeners do not keep the loop alive: a timer does until the last signal arrived
var keepAlive = setTimeout(function () { console.log('signals never arrived'); }, 5000);
process.kill(process.pid, 'SIGUSR2');
