// repl.start options: custom eval (async callback), ignoreUndefined,
// writer, context (useGlobal false), defineCommand.
// v0.10 differs: the eval's filename is 'repl' (v20: 'REPL1', 'REPL2', …).
var repl = require('repl');
var PassThrough = require('stream').PassThrough;

function session(opts, lines, done, setup) {
  var input = new PassThrough(), output = new PassThrough();
  var out = [];
  output.on('data', function (d) { out.push(String(d)); });
  opts.input = input;
  opts.output = output;
  opts.terminal = false;
  var r = repl.start(opts);
  r.on('exit', function () {
    console.log(JSON.stringify(out.join('')));
    if (done) done(r);
  });
  if (setup) setup(r);
  input.end(lines.join('\n') + '\n');
  return r;
}

var calls = [];
session({
  prompt: 'calc> ',
  eval: function (cmd, context, filename, cb) {
    calls.push([JSON.stringify(cmd), filename, typeof context]);
    setTimeout(function () { cb(null, cmd.trim().toUpperCase()); }, 1);
  }
}, ['abc', 'def'], function () {
  console.log(JSON.stringify(calls));
  session({ prompt: '$ ', ignoreUndefined: true }, ['undefined', 'void 0', '7'], function () {
    session({ writer: function (v) { return '<<' + typeof v + '>>'; } }, ['1', '"s"'], function () {
      session({ prompt: 'ctx> ' }, ['m', 'm.length', 'typeof require', '.hello world', 'var v = 1', 'v'], function (r) {
        console.log('context m', r.context.m, r.context._);
      }, function (r) {
        r.context.m = 'message';
        r.defineCommand('hello', {
          help: 'Say hello',
          action: function (name) {
            this.outputStream.write('Hello, ' + name + '!\n');
            this.displayPrompt();
          }
        });
      });
    });
  });
});
