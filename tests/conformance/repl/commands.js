// REPL commands: .help (v0.10's list), .clear, .save and .load, and the
// 'reset' event.
// v0.10 differs: v20's .help pads the names and lists .editor; v20's .save
// and .load messages differ, and .clear with useGlobal prints nothing.
var repl = require('repl');
var fs = require('fs');
var os = require('os');
var path = require('path');
var PassThrough = require('stream').PassThrough;

var file = path.join(os.tmpdir(), 'isonode-repl-save-' + process.pid + '.js');
var input = new PassThrough(), output = new PassThrough();
var out = [];
output.on('data', function (d) { out.push(String(d)); });
var r = repl.start({ prompt: '> ', input: input, output: output, terminal: false });
r.on('reset', function (ctx) { out.push('<reset ' + (ctx === r.context) + '>'); });
r.on('exit', function () {
  console.log(out.join('').split(file).join('FILE'));
  console.log('saved', JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.unlinkSync(file);
});
input.write('.help\n');
input.write('var x = 1\n');
input.write('x + 1\n');
input.write('.save ' + file + '\n');
input.write('.clear\n');
input.write('.load ' + file + '\n');
input.write('.load /nonexistent/isonode-file.js\n');
input.end();
