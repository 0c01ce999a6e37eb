// process.stdout.end() finishes the stream: the callback and 'finish' run,
// and stderr is still usable.
var out = process.stdout;
out.on('finish', function () { process.stderr.write('finish event\n'); });
console.log('before end');
out.end('last line\n', function () { process.stderr.write('end callback\n'); });
process.stderr.write('writableEnded ' + out.writableEnded + '\n');
