// fs benchmarks: readFileSync and readFile of a 64 MiB file, a
// createReadStream().pipe(createWriteStream()) copy, and 10,000 small
// stat calls (sequential callbacks, and 10 at a time). Prints one line per
// case: "<name> <ms>".
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isonode-fsbench-'));
var src = path.join(dir, 'src.bin');
var dst = path.join(dir, 'dst.bin');
var SIZE = 64 * 1024 * 1024;
var chunk = Buffer.alloc(1024 * 1024, 'x');
var fd = fs.openSync(src, 'w');
for (var i = 0; i < SIZE / chunk.length; i++) fs.writeSync(fd, chunk);
fs.closeSync(fd);
fs.writeFileSync(path.join(dir, 'small'), 'x');

function now() { var t = process.hrtime(); return t[0] * 1e3 + t[1] / 1e6; }
function report(name, t0) { console.log(name + ' ' + (now() - t0).toFixed(1)); }

var cases = [
  function readFileSync(next) {
    var t0 = now();
    var b = fs.readFileSync(src);
    if (b.length !== SIZE) throw new Error('short read');
    report('readFileSync_64MiB', t0);
    next();
  },
  function readFile(next) {
    var t0 = now();
    fs.readFile(src, function (err, b) {
      if (err || b.length !== SIZE) throw err || new Error('short read');
      report('readFile_64MiB', t0);
      next();
    });
  },
  function streamCopy(next) {
    var t0 = now();
    var ws = fs.createWriteStream(dst);
    fs.createReadStream(src).pipe(ws);
    ws.on('close', function () {
      if (fs.statSync(dst).size !== SIZE) throw new Error('bad copy');
      report('stream_copy_64MiB', t0);
      next();
    });
  },
  function statSeq(next) {
    var small = path.join(dir, 'small');
    var t0 = now();
    var n = 0;
    (function loop() {
      fs.stat(small, function (err) {
        if (err) throw err;
        if (++n < 10000) loop();
        else { report('stat_10000_sequential', t0); next(); }
      });
    })();
  },
  function statPar(next) {
    var small = path.join(dir, 'small');
    var t0 = now();
    var started = 0, done = 0;
    function one() {
      started++;
      fs.stat(small, function (err) {
        if (err) throw err;
        done++;
        if (started < 10000) one();
        else if (done === 10000) { report('stat_10000_10_in_flight', t0); next(); }
      });
    }
    for (var k = 0; k < 10; k++) one();
  },
  function statSync(next) {
    var small = path.join(dir, 'small');
    var t0 = now();
    for (var k = 0; k < 10000; k++) fs.statSync(small);
    report('statSync_10000', t0);
    next();
  }
];

(function run() {
  var c = cases.shift();
  if (c) return c(run);
  fs.rmSync(dir, { recursive: true, force: true });
})();
