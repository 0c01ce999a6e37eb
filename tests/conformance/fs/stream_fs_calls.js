// fs streams make their file calls through the fs module (so patches to
// fs.open/read/write/close apply) or through options.fs; a write after a
// write stream has finished and closed is still an 'error'.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isonode-fsc-'));
var file = path.join(dir, 'out.txt');
var calls = [];
['open', 'read', 'write', 'close'].forEach(function (m) {
  var orig = fs[m];
  fs[m] = function () {
    calls.push(m);
    return orig.apply(fs, arguments);
  };
});

var steps = [
  function (next) {
    var ws = fs.createWriteStream(file);
    ws.on('close', function () {
      console.log('write stream calls', calls.join(','));
      calls.length = 0;
      next();
    });
    ws.end('hello');
  },
  function (next) {
    var rs = fs.createReadStream(file);
    var got = [];
    rs.on('data', function (d) { got.push(d.toString()); });
    rs.on('close', function () {
      console.log('read stream calls', calls.join(','), JSON.stringify(got.join('')));
      calls.length = 0;
      next();
    });
  },
  function (next) {
    // The close call sees the fd still set; 'error' sees it cleared.
    var bam = new Error('BAM');
    var ws = fs.createWriteStream(file, {
      fs: {
        open: fs.open,
        write: function (fd, buf, off, len, pos, cb) { process.nextTick(cb, bam); },
        close: function (fd, cb) {
          console.log('options.fs close, fd still set:', fd === ws.fd);
          fs.close(fd, cb);
        },
      },
    });
    ws.on('error', function (e) {
      console.log('error', e === bam, 'fd', ws.fd);
      calls.length = 0;
      next();
    });
    ws.write('x');
  },
  function (next) {
    // v0.10 differs: v20 swallows the error once the stream is destroyed.
    var ws = fs.createWriteStream(file);
    ws.on('error', function (e) {
      console.log('write after close:', e.code, e.message);
      next();
    });
    ws.on('close', function () { ws.write('more'); });
    ws.end('done');
  },
];
(function run() {
  var s = steps.shift();
  if (s) s(run);
  else fs.rmSync(dir, { recursive: true });
})();
