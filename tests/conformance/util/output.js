// v0.10's synchronous output helpers: puts, print, debug, error, log.
// v0.10 differs: v20 removed puts/print/error and turned debug into debuglog; goldens are v0.10's.
var util = require('util');
util.puts('line one', 'line two');
util.print('no', ' newline', 42, '\n');
util.debug('to stderr');
util.error('err1', 'err2');
var orig = process.stdout.write;
var captured = [];
process.stdout.write = function (s) { captured.push(s); return true; };
util.log('Timestamped %s', 'message');
process.stdout.write = orig;
var line = captured.join('');
console.log(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - Timestamped message\n$/.test(line));
