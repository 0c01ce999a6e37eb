// Node's worker_threads, the in-process alternative to fork that isonode's
// forked isolates are compared with (Node only: isonode has no
// worker_threads). Same measures as bench.js:
//   latency_ms        median time from new Worker() to its first message
//   mem_per_child_kb  the process's RSS growth per live worker
var wt = require('worker_threads');
var fs = require('fs');

if (!wt.isMainThread) {
  wt.parentPort.on('message', function (m) { if (m === 'exit') process.exit(0); });
  wt.parentPort.postMessage('ready');
  return;
}

var LAT_RUNS = +(process.env.LAT_RUNS || 20);
var MEM_CHILDREN = +(process.env.MEM_CHILDREN || 20);

function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function rssKB() { return +/VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]; }

function memory(done) {
  var before = rssKB(), kids = [], ready = 0;
  for (var i = 0; i < MEM_CHILDREN; i++) {
    var w = new wt.Worker(__filename);
    kids.push(w);
    w.once('message', function () {
      if (++ready < MEM_CHILDREN) return;
      setTimeout(function () {
        console.log('mem_per_child_kb', ((rssKB() - before) / MEM_CHILDREN).toFixed(0));
        var left = MEM_CHILDREN;
        kids.forEach(function (k) { k.on('exit', function () { if (--left === 0) done(); }); k.postMessage('exit'); });
      }, 200);
    });
  }
}

function latency() {
  var times = [];
  (function one() {
    if (times.length === LAT_RUNS) {
      times.sort(function (a, b) { return a - b; });
      console.log('latency_ms', times[times.length >> 1].toFixed(2));
      return;
    }
    var t0 = now();
    var w = new wt.Worker(__filename);
    w.once('message', function () { times.push(now() - t0); w.postMessage('exit'); });
    w.on('exit', one);
  })();
}

memory(latency);
