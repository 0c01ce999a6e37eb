// process.stdout / process.stderr are Writable streams with synchronous
// writes: fd, _isStdio, write() return values and callbacks, encodings.
var stream = require('stream');
var out = process.stdout, err = process.stderr;
console.log('stdout', out instanceof stream.Writable, out instanceof stream.Stream, out.writable, out.fd, out._isStdio);
console.log('stderr', err instanceof stream.Writable, err.writable, err.fd, err._isStdio);
console.log('same object', process.stdout === out, process.stderr === err);
var r = out.write('direct\n', function (e) { console.log('write cb', e); });
console.log('write returned', r);
out.write(Buffer.from('buffer chunk\n'));
out.write('6869206865780a', 'hex');
out.write(new Uint8Array([117, 56, 10]));
out.write('caf\u00e9 \u2603\n', 'utf8');
out.write('latin\xe9\n', 'latin1');
err.write('to stderr\n', function () { console.log('stderr cb'); });
try {
  out.write(5);
} catch (e) {
  console.log(e.code, e.name);
}
console.log('sync order', 1);
process.nextTick(function () { console.log('tick after writes'); });
