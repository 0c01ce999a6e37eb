// In the REPL the core modules are names: reading one requires it, assigning
// one replaces it. With useGlobal, the REPL's module and require land on the
// global object without becoming enumerable globals.
var repl = require('repl');
var Stream = require('stream');
var util = require('util');

var input = new Stream();
input.readable = true;
input.resume = input.pause = function () {};
var out = [];
var output = new Stream();
output.writable = true;
output.write = function (d) { out.push(String(d)); };

var r = repl.start({ input: input, output: output, prompt: '', terminal: false, useGlobal: true });
['typeof fs.readFileSync', 'path.join("a", "b")', 'var url = 7', 'url', 'typeof querystring.parse']
  .forEach(function (line) { input.emit('data', line + '\n'); });
console.log(JSON.stringify(out.join('').split('\n').filter(Boolean)));
console.log(global.fs === require('fs'), global.url);
console.log(Object.keys(global).filter(function (k) { return ['module', 'require', 'fs', 'path'].indexOf(k) !== -1; }).length);
console.log(typeof global.require, typeof global.module);
r.close();
