// Times Buffer encode/decode and concat over 1 MiB. Prints one line per
// case: "<name> <ms per op>". Run by run.sh under isonode and /usr/bin/node.
'use strict';
var MiB = 1024 * 1024;

var ascii = Buffer.alloc(MiB);
for (var i = 0; i < MiB; i++) ascii[i] = 32 + (i * 7) % 95;
var mixed = Buffer.from(new Array(MiB / 8 + 1).join('h\u00e9llo \u20ac'));
mixed = mixed.slice(0, MiB - (MiB % 9));
var binary = Buffer.alloc(MiB);
for (i = 0; i < MiB; i++) binary[i] = (i * 131 + 7) & 255;
var hexStr = binary.toString('hex');
var b64Str = binary.toString('base64');
var utf8Str = mixed.toString('utf8');
var asciiStr = ascii.toString('latin1');
var chunks = [];
for (i = 0; i < 256; i++) chunks.push(binary.slice(i * 4096, (i + 1) * 4096));

var sink = 0;
function bench(name, fn) {
  fn(); // warm up
  var n = 0;
  var start = Date.now();
  var elapsed = 0;
  while (elapsed < 300 || n < 5) {
    fn();
    n++;
    elapsed = Date.now() - start;
  }
  console.log(name + ' ' + (elapsed / n).toFixed(3));
}

bench('toString_utf8_ascii', function () { sink += ascii.toString('utf8').length; });
bench('toString_utf8_mixed', function () { sink += mixed.toString('utf8').length; });
bench('toString_hex', function () { sink += binary.toString('hex').length; });
bench('toString_base64', function () { sink += binary.toString('base64').length; });
bench('toString_latin1', function () { sink += binary.toString('latin1').length; });
bench('from_utf8_ascii', function () { sink += Buffer.from(asciiStr, 'utf8').length; });
bench('from_utf8_mixed', function () { sink += Buffer.from(utf8Str, 'utf8').length; });
bench('from_hex', function () { sink += Buffer.from(hexStr, 'hex').length; });
bench('from_base64', function () { sink += Buffer.from(b64Str, 'base64').length; });
bench('concat_256x4KiB', function () { sink += Buffer.concat(chunks).length; });
bench('concat_2x512KiB', function () { sink += Buffer.concat([binary.slice(0, MiB / 2), binary.slice(MiB / 2)]).length; });
if (sink === 0) console.log('impossible');
