// process.on(signal): listeners receive signals sent with process.kill; the last removal restores the default action.
process.on('SIGUSR2', function (name, num) { console.log('got', name, num); process.removeAllListeners('SIGUSR2'); });
process.on('SIGINT', function () { console.log('SIGINT handled'); });
process.kill(process.pid, 'SIGUSR2');
setTimeout(function () { process.kill(process.pid, 'SIGINT'); }, 20);
setTimeout(function () { console.log('done'); process.removeAllListeners('SIGINT'); }, 60);
