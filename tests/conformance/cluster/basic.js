// cluster on forked workers: fork, online, messages both ways, disconnect,
// kill, a worker's own exit code, cluster.workers bookkeeping.
// (Workers here start no servers: isonode does not share listening sockets.)
var cluster = require('cluster');
if (cluster.isMaster) {
  console.log('primary', cluster.isMaster, cluster.isWorker, cluster.isPrimary, Object.keys(cluster.workers).length, cluster.SCHED_NONE, cluster.SCHED_RR);
  var quiet = false;
  cluster.on('fork', function (w) { if (!quiet) console.log('cluster fork', w.id); });
  cluster.on('online', function (w) { if (!quiet) console.log('cluster online', w.id); });
  cluster.on('message', function (w, m) { console.log('cluster message', w.id, JSON.stringify(m)); });
  cluster.on('disconnect', function (w) { if (!quiet) console.log('cluster disconnect', w.id, w.exitedAfterDisconnect); });
  cluster.on('exit', function (w, code, sig) {
    if (quiet) {
      if (Object.keys(cluster.workers).length === 0) console.log('last exit', code, sig, w.exitedAfterDisconnect);
      return;
    }
    console.log('cluster exit', w.id, code, sig, w.exitedAfterDisconnect, w.isDead(), JSON.stringify(Object.keys(cluster.workers)));
  });
  var steps = [
    function () {
      var w = cluster.fork({ EXTRA: 'x' });
      console.log('settings', typeof cluster.settings.exec, cluster.workers[1] === w, w.state);
      w.on('online', function () { console.log('worker online', w.state); w.send('hello'); });
      w.on('message', function (m) { console.log('worker message', JSON.stringify(m)); if (m.echo) w.disconnect(); });
      w.on('exit', function (code, sig) { console.log('worker exit', code, sig, w.state); next(); });
    },
    function () {
      var w = cluster.fork({ MODE: 'exit7' });
      w.on('exit', function (code, sig) { console.log('exit7 worker', code, sig); next(); });
    },
    function () {
      var w = cluster.fork({ MODE: 'wait' });
      w.on('online', function () { w.kill(); });
      w.on('exit', function (code, sig) { console.log('killed worker', code, sig, w.exitedAfterDisconnect); next(); });
    },
    function () {
      quiet = true;
      cluster.fork({ MODE: 'wait' });
      cluster.fork({ MODE: 'wait' });
      var online = 0;
      cluster.on('online', function () {
        if (++online === 2) cluster.disconnect(function () { console.log('all disconnected'); });
      });
    }
  ];
  function next() { var s = steps.shift(); if (s) s(); }
  next();
} else if (process.env.MODE === 'exit7') {
  process.exit(7);
} else if (process.env.MODE === 'wait') {
  cluster.worker.on('disconnect', function () {});
} else {
  process.on('message', function (m) {
    process.send({ echo: m, id: cluster.worker.id, env: process.env.EXTRA, uid: process.env.NODE_UNIQUE_ID });
  });
  cluster.worker.on('message', function (m) { cluster.worker.send({ via: 'worker', m: m }); });
}
