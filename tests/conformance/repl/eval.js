// The REPL over streams (non-terminal): results printed with util.inspect,
// `_`, var declarations in the global scope (useGlobal), object literals,
// multi-line input, .break, 'exit' on .exit.
var repl = require('repl');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough(), output = new PassThrough();
var out = [];
output.on('data', function (d) { out.push(String(d)); });
var r = repl.start({ prompt: '> ', input: input, output: output, terminal: false, useGlobal: true });
r.on('exit', function () {
  console.log(out.join(''));
  console.log('<exit>');
  console.log('global a', global.a, typeof r.context, r.context === global);
});
input.write('1+1\nvar a = 5\na*2\n{a:1}\nfunction f() {\nreturn 3\n}\nf()\n_\n');
input.write('[1,2].map(function (x) {\n');
input.write('return x * 2 })\n');
input.write('_.length\n');
input.write('"x" + \n');
input.write('.break\n');
input.write('"str"\n');
input.write('({ nested: { deep: [1, { x: null }] }, u: undefined })\n');
input.write('.exit\n');
