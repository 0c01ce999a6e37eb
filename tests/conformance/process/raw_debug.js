// process._rawDebug formats its arguments as util.format does and writes
// them straight to fd 2, even when nextTick and stderr are broken.
process.nextTick = function () { throw new Error('No ticking!'); };
process.stderr.write = function () { throw new Error('No writing to stderr!'); };
process._rawDebug('I can still %s!', 'debug', 42);
console.log('done');
