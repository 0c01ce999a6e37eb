// 5 MiB through cat without deadlock: written to stdin while stdout is read,
// plus 8 MiB of output to a slow reader (backpressure), plus exec.
var cp = require('child_process');
var crypto;
var size = 5 * 1024 * 1024;
var big = Buffer.alloc(size);
for (var i = 0; i < size; i += 4096) big.fill(i % 251, i, Math.min(size, i + 4096));
function sum(b, acc) { for (var i = 0; i < b.length; i += 997) acc = (acc * 31 + b[i]) >>> 0; return acc; }

var c = cp.spawn('cat');
var got = 0, chunks = [];
c.stdout.on('data', function (d) { got += d.length; chunks.push(d); });
c.on('close', function (code) {
  var all = Buffer.concat(chunks);
  console.log('cat', code, got, all.equals(big));
  slow();
});
c.stdin.end(big);

function slow() {
  var p = cp.spawn('sh', ['-c', 'head -c 8388608 /dev/zero']);
  var n = 0, paused = 0;
  p.stdout.on('data', function (d) {
    n += d.length;
    if (n > 1024 * 1024 && paused === 0) {
      paused++;
      p.stdout.pause();
      setTimeout(function () { p.stdout.resume(); }, 50);
    }
  });
  p.on('close', function (code) {
    console.log('slow reader', code, n);
    cp.exec('head -c 3000000 /dev/zero', { encoding: 'buffer', maxBuffer: 4000000 }, function (err, out) {
      console.log('exec big', err, out.length);
      console.log('execSync big', cp.execSync('head -c 3000000 /dev/zero', { maxBuffer: 4000000 }).length);
    });
  });
}
