// A REPL on a context object (useGlobal false) keeps its variables in the
// context, completes inside a command still being typed, and .save writes
// the lines of that command too.
// v0.10 differs: v20 completes nothing inside an unfinished function (v0.10
// dropped the lines opening it and completed the function's own variables),
// and .save ends the file with a newline.
var repl = require('repl');
var fs = require('fs');
var os = require('os');
var path = require('path');
var PassThrough = require('stream').PassThrough;

var input = new PassThrough(), output = new PassThrough();
output.resume();
var r = repl.start({ prompt: '> ', input: input, output: output, terminal: false });
function send(lines) { lines.forEach(function (l) { input.write(l + '\n'); }); }
function complete(text, label, next) {
  r.complete(text, function (err, data) {
    console.log(label, JSON.stringify(data));
    next();
  });
}

var file = path.join(os.tmpdir(), 'isonode-repl-ctx-' + process.pid + '.js');
var steps = [
  function (next) {
    send(['var inner = { one: 1 }', 'var [first, second] = [1, 2]']);
    setImmediate(function () {
      console.log('in context', r.context.inner.one, r.context.first, r.context.second);
      console.log('global untouched', global.inner === undefined, global.first === undefined);
      next();
    });
  },
  function (next) { complete('inner.o', 'top-level var', next); },
  function (next) {
    send(['.clear', 'var top = function () {', 'var local = { alpha: 1 };']);
    setImmediate(next);
  },
  function (next) { complete('local.al', 'inside a function being typed', next); },
  function (next) {
    send(['.save ' + file]);
    setImmediate(function () {
      console.log('saved', JSON.stringify(fs.readFileSync(file, 'utf8')));
      fs.unlinkSync(file);
      next();
    });
  },
  function (next) {
    send(['};']);
    setImmediate(next);
  },
  function (next) { complete('local.al', 'after the function closed', next); },
  function (next) {
    send(['.clear']);
    setImmediate(function () {
      console.log('cleared', r.context.inner === undefined, r.context.top === undefined);
      next();
    });
  }
];
(function run() {
  var s = steps.shift();
  if (s) s(run);
  else r.close();
})();
