// A cluster primary that dies of an uncaught error takes its workers down
// with it: by the time its parent sees it exit, no worker is alive.
// v0.10 differs: Node v20's workers only exit later, when they notice the
// lost channel, so v20 prints "workers alive: true".
var cluster = require('cluster');
var fork = require('child_process').fork;

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return false; }
}

if (cluster.isWorker) {
  setInterval(function () {}, 1000);
} else if (process.argv[2] === 'primary') {
  var online = 0;
  cluster.on('online', function (worker) {
    process.send(worker.process.pid);
    if (++online === 2) process.nextTick(function () { throw new Error('primary broke'); });
  });
  cluster.fork();
  cluster.fork();
} else {
  var pids = [];
  var primary = fork(__filename, ['primary'], { silent: true });
  primary.on('message', function (pid) { pids.push(pid); });
  primary.on('exit', function (code) {
    console.log('primary exit code', code);
    console.log('workers seen', pids.length);
    console.log('workers alive:', pids.some(alive));
  });
}
