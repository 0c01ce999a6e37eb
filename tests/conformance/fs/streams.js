// fs.createReadStream / createWriteStream: options, events, bytesRead /
// bytesWritten, path, pipe, errors.
var fs = require('fs');
var h = require('./helpers/tmp');
h.setup();

var big = Buffer.alloc(200000);
for (var i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync('big.bin', big);
fs.writeFileSync('abc.txt', 'abcdefghijklmnopqrstuvwxyz');

var steps = [
  function (next) {
    var rs = fs.createReadStream('big.bin');
    var chunks = 0, total = 0;
    console.log('rs', rs instanceof fs.ReadStream, rs instanceof require('stream').Readable, rs.path, rs.pending);
    rs.on('open', function (fd) { console.log('open event', typeof fd, rs.pending); });
    rs.on('ready', function () { console.log('ready event'); });
    rs.on('data', function (c) { chunks++; total += c.length; });
    rs.on('end', function () { console.log('end', chunks, total, rs.bytesRead); });
    rs.on('close', function () { console.log('close', rs.closed, rs.fd); next(); });
  },
  function (next) {
    var rs = fs.createReadStream('abc.txt', { start: 2, end: 5, encoding: 'utf8' });
    var got = '';
    rs.on('data', function (c) { got += c; });
    rs.on('end', function () { console.log('start/end', JSON.stringify(got), typeof got, rs.bytesRead); });
    rs.on('close', next);
  },
  function (next) {
    var rs = fs.createReadStream('abc.txt', { highWaterMark: 10, end: 24 });
    var sizes = [];
    rs.on('data', function (c) { sizes.push(c.length); });
    rs.on('close', function () { console.log('highWaterMark', JSON.stringify(sizes)); next(); });
  },
  function (next) {
    var rs = fs.createReadStream('nonex');
    rs.on('error', function (e) { console.log('rs error', e.code, e.syscall, e.message); });
    rs.on('close', function () { console.log('rs close after error'); next(); });
  },
  function (next) {
    var fd = fs.openSync('abc.txt', 'r');
    var rs = fs.createReadStream(null, { fd: fd, start: 20, autoClose: false });
    var got = '';
    rs.on('open', function () { console.log('open with fd?'); });
    rs.on('data', function (c) { got += c; });
    rs.on('end', function () {
      console.log('fd stream', got, rs.fd === fd);
      setTimeout(function () {
        console.log('fd still open', fs.fstatSync(fd).size);
        fs.closeSync(fd);
        next();
      }, 10);
    });
  },
  function (next) {
    var ws = fs.createWriteStream('out.txt');
    console.log('ws', ws instanceof fs.WriteStream, ws instanceof require('stream').Writable, ws.path, ws.bytesWritten);
    ws.on('open', function (fd) { console.log('ws open', typeof fd); });
    ws.write('hello ');
    ws.write(Buffer.from('world'));
    ws.end('!', function () { console.log('end callback', ws.bytesWritten); });
    ws.on('finish', function () { console.log('finish'); });
    ws.on('close', function () { console.log('ws close', fs.readFileSync('out.txt', 'utf8')); next(); });
  },
  function (next) {
    var ws = fs.createWriteStream('out.txt', { flags: 'r+', start: 6 });
    ws.end('WORLD');
    ws.on('close', function () { console.log('start', fs.readFileSync('out.txt', 'utf8')); next(); });
  },
  function (next) {
    var ws = fs.createWriteStream('out.txt', { flags: 'a', encoding: 'hex' });
    ws.end('3f3f');
    ws.on('close', function () { console.log('append hex', fs.readFileSync('out.txt', 'utf8')); next(); });
  },
  function (next) {
    var ws = fs.createWriteStream('out.txt', { flags: 'wx' });
    ws.on('error', function (e) { console.log('ws error', e.code, e.syscall, e.message); });
    ws.on('close', function () { console.log('ws close after error'); next(); });
  },
  function (next) {
    var ws = fs.createWriteStream('mode.txt', { mode: 0o600 });
    ws.end('x', function () { console.log('mode', (fs.statSync('mode.txt').mode & 0o777).toString(8)); });
    ws.on('close', next);
  },
  function (next) {
    var rs = fs.createReadStream('big.bin');
    var ws = fs.createWriteStream('copy.bin');
    rs.pipe(ws);
    ws.on('close', function () {
      console.log('pipe copy', fs.readFileSync('copy.bin').equals(big), ws.bytesWritten);
      next();
    });
  },
  function (next) {
    var rs = fs.createReadStream('big.bin');
    rs.on('data', function onData() {
      rs.removeListener('data', onData);
      rs.close(function () { console.log('closed early', rs.destroyed); next(); });
    });
  },
  function (next) {
    try { fs.createReadStream('abc.txt', { start: 5, end: 2 }); } catch (e) { console.log('bad range', e.code); }
    try { fs.createReadStream(42); } catch (e) { console.log('bad path', e.code); }
    next();
  }
];
(function run() {
  var s = steps.shift();
  if (s) s(run);
  else console.log('done');
})();
