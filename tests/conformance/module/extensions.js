// require.extensions / Module._extensions can be extended, as npm code does.
var Module = require('module');
console.log(require.extensions === Module._extensions, Object.keys(require.extensions).join(' '));
require.extensions['.custom'] = function (module, filename) {
  var src = require('fs').readFileSync(filename, 'utf8');
  module._compile(src, filename);
};
console.log(require('./fixtures/thing.custom'));
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module.wrap, typeof Module._nodeModulePaths);
console.log(Module.wrap('x').indexOf('(function (exports, require, module, __filename, __dirname) {') === 0);
console.log(Module.builtinModules.indexOf('fs') >= 0, Module.builtinModules.indexOf('events') >= 0);
console.log(Module._nodeModulePaths('/a/node_modules/b').join(' '));
var req = Module.createRequire(__filename);
console.log(req('./fixtures/data.json').ok);
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
