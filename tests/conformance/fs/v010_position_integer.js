// v0.10 differs: a fractional read/write position throws a TypeError "Not an
// integer" (v20 throws a RangeError ERR_OUT_OF_RANGE for reads and accepts
// it for writes); integral positions, null and -1 (current position) work.
var fs = require('fs');
var h = require('./helpers/tmp');
h.setup();

var fd = fs.openSync('p.txt', 'w+');
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.message);
  }
}
attempt('writeSync at 1.5', function () { return fs.writeSync(fd, Buffer.from('ab'), 0, 2, 1.5); });
attempt('writeSync string at 0.25', function () { return fs.writeSync(fd, 'ab', 0.25); });
attempt('readSync at 1.5', function () { return fs.readSync(fd, Buffer.alloc(2), 0, 1, 1.5); });
attempt('writeSync at NaN', function () { return fs.writeSync(fd, Buffer.from('ab'), 0, 2, NaN); });
attempt('writeSync at 2', function () { return fs.writeSync(fd, Buffer.from('ab'), 0, 2, 2); });
attempt('writeSync at null', function () { return fs.writeSync(fd, Buffer.from('cd'), 0, 2, null); });
attempt('readSync at 0', function () { var b = Buffer.alloc(4); fs.readSync(fd, b, 0, 4, 0); return JSON.stringify(b.toString('latin1')); });
attempt('async write at 2.5', function () { return fs.write(fd, Buffer.from('x'), 0, 1, 2.5, function () {}); });
fs.closeSync(fd);
