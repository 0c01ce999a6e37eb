// Forked-child costs, runnable on isonode and on Node:
//   latency_ms      median time from fork() to the child's first message
//   roundtrip_us    mean time of one parent→child→parent message
//   mem_per_child_kb resident memory per live forked child: the children's
//                   own RSS when they are OS processes (Node), the parent's
//                   RSS growth when they are isolates in this process (isonode)
// Prints "name value" lines.
var cp = require('child_process');
var fs = require('fs');
var path = require('path');
var CHILD = path.join(__dirname, 'child.js');
var LAT_RUNS = +(process.env.LAT_RUNS || 20);
var MEM_CHILDREN = +(process.env.MEM_CHILDREN || 20);
var PINGS = +(process.env.PINGS || 2000);

function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function rssKB(pid) {
  try {
    var m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'));
    return m ? +m[1] : null;
  } catch (e) { return null; }
}

function latency(done) {
  var times = [];
  (function one() {
    if (times.length === LAT_RUNS) {
      times.sort(function (a, b) { return a - b; });
      console.log('latency_ms', times[times.length >> 1].toFixed(2));
      return done();
    }
    var t0 = now();
    var c = cp.fork(CHILD);
    c.once('message', function () {
      times.push(now() - t0);
      c.send('exit');
    });
    c.on('exit', one);
  })();
}

function roundtrip(done) {
  var c = cp.fork(CHILD);
  var n = 0, t0;
  c.on('message', function (m) {
    if (m === 'ready') { t0 = now(); c.send(n); return; }
    if (++n === PINGS) {
      console.log('roundtrip_us', ((now() - t0) * 1000 / PINGS).toFixed(1));
      c.send('exit');
      return;
    }
    c.send(n);
  });
  c.on('exit', function () { done(); });
}

function memory(done) {
  if (typeof gc === 'function') gc();
  var before = rssKB(process.pid);
  var kids = [], ready = 0;
  for (var i = 0; i < MEM_CHILDREN; i++) {
    var c = cp.fork(CHILD);
    kids.push(c);
    c.once('message', function () {
      if (++ready < MEM_CHILDREN) return;
      setTimeout(function () {
        var own = rssKB(process.pid) - before;
        var sum = 0, procs = 0;
        kids.forEach(function (k) { var r = rssKB(k.pid); if (r !== null && k.pid !== process.pid) { sum += r; procs++; } });
        var per = procs === MEM_CHILDREN ? (sum + Math.max(own, 0)) / MEM_CHILDREN : own / MEM_CHILDREN;
        console.log('mem_per_child_kb', per.toFixed(0));
        var left = MEM_CHILDREN;
        kids.forEach(function (k) { k.on('exit', function () { if (--left === 0) done(); }); k.send('exit'); });
      }, 200);
    });
  }
}

// memory first, in a fresh process, so that earlier forks do not pre-grow the heap
memory(function () { latency(function () { roundtrip(function () {}); }); });
