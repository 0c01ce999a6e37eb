// Errors in the REPL print as v0.10 printed them: the stack (REPL frames
// cut) or the thrown value; the REPL goes on.
// v0.10 differs from v20, which prints "Uncaught ReferenceError: …".
var repl = require('repl');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough(), output = new PassThrough();
var out = [];
output.on('data', function (d) { out.push(String(d)); });
var r = repl.start({ prompt: '> ', input: input, output: output, terminal: false, useGlobal: true });
r.on('exit', function () { console.log(out.join('')); });
input.write('nope\n');
input.write('1+)\n');
input.write('throw 42\n');
input.write('.nosuch\n');
input.write('"still here"\n');
input.end();
