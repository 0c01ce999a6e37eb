// Times the creation and slicing of small Buffers, the hot path of
// packages such as bl that make millions of them. Prints one line per
// case: "<name> <ns of CPU per call>". Run by small.sh under isonode and Node.
'use strict';
var buf256 = Buffer.alloc(256);
for (var i = 0; i < 256; i++) buf256[i] = i;
var u8 = new Uint8Array(64);
var ab = new ArrayBuffer(64);
var sink = 0;

function cpuMicros() {
  var u = process.cpuUsage();
  return u.user + u.system;
}

// bench runs fn(n) with n growing until one run takes 200 ms of CPU time
// (process CPU, not wall time: the machine may be busy with other work).
function bench(name, fn) {
  var n = 1000;
  fn(n); // warm up
  for (;;) {
    var start = cpuMicros();
    fn(n);
    var elapsed = cpuMicros() - start;
    if (elapsed >= 200000) {
      console.log(name + ' ' + (elapsed * 1000 / n).toFixed(1));
      return;
    }
    n *= elapsed < 20000 ? 10 : 2;
  }
}

bench('from_buffer256', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from(buf256).length; });
bench('from_uint8array64', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from(u8).length; });
bench('from_arraybuffer', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from(ab, 8, 16).length; });
bench('from_string', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from('hello world').length; });
bench('from_string_hex', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from('0123456789abcdef', 'hex').length; });
bench('from_array', function (n) { for (var i = 0; i < n; i++) sink += Buffer.from([1, 2, 3, 4]).length; });
bench('new_buffer_string', function (n) { for (var i = 0; i < n; i++) sink += new Buffer('hello').length; });
bench('new_buffer_size', function (n) { for (var i = 0; i < n; i++) sink += new Buffer(64).length; });
bench('alloc64', function (n) { for (var i = 0; i < n; i++) sink += Buffer.alloc(64).length; });
bench('alloc64_fill', function (n) { for (var i = 0; i < n; i++) sink += Buffer.alloc(64, 1).length; });
bench('allocUnsafe64', function (n) { for (var i = 0; i < n; i++) sink += Buffer.allocUnsafe(64).length; });
bench('slice', function (n) { for (var i = 0; i < n; i++) sink += buf256.slice(10, 20).length; });
bench('subarray', function (n) { for (var i = 0; i < n; i++) sink += buf256.subarray(10, 20).length; });
bench('toString_utf8_16', function (n) { for (var i = 0; i < n; i++) sink += buf256.toString('utf8', 0, 16).length; });
bench('toString_noargs', function (n) { var b = Buffer.from('hello world'); for (var i = 0; i < n; i++) sink += b.toString().length; });
bench('toString_hex_16', function (n) { for (var i = 0; i < n; i++) sink += buf256.toString('hex', 0, 16).length; });
bench('write_utf8', function (n) { for (var i = 0; i < n; i++) sink += buf256.write('hello', 3); });
bench('write_noargs', function (n) { for (var i = 0; i < n; i++) sink += buf256.write('hello'); });
bench('isBuffer', function (n) { for (var i = 0; i < n; i++) sink += Buffer.isBuffer(buf256) ? 1 : 0; });
bench('byteLength_string', function (n) { for (var i = 0; i < n; i++) sink += Buffer.byteLength('hello world'); });
bench('byteLength_buffer', function (n) { for (var i = 0; i < n; i++) sink += Buffer.byteLength(buf256); });
bench('indexOf_byte', function (n) { for (var i = 0; i < n; i++) sink += buf256.indexOf(100); });
bench('concat_2', function (n) { var l = [buf256.slice(0, 8), buf256.slice(8, 16)]; for (var i = 0; i < n; i++) sink += Buffer.concat(l).length; });
bench('equals', function (n) { var c = Buffer.from(buf256); for (var i = 0; i < n; i++) sink += buf256.equals(c) ? 1 : 0; });
bench('copy16', function (n) { var d = Buffer.alloc(16); for (var i = 0; i < n; i++) sink += buf256.copy(d, 0, 8, 24); });
bench('readUInt32LE', function (n) { for (var i = 0; i < n; i++) sink += buf256.readUInt32LE(4); });
bench('writeUInt32LE', function (n) { var d = Buffer.alloc(8); for (var i = 0; i < n; i++) sink += d.writeUInt32LE(i >>> 0, 4); });
if (sink === 0) console.log('impossible');
