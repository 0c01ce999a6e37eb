#!/usr/bin/env node
// The main module before and after the module system loads: isonode runs a
// main script without module.js until something needs it (a non-core
// require, require.resolve/cache/main, module.constructor,
// require('module')), and the module must look the same either way.
// v0.10 differs: reading require.paths throws (v20 gives undefined).
var path = require('path');
var fs = require('fs');
console.log('core first', typeof fs.readFileSync, typeof path.join);
console.log('this', this === module.exports, exports === module.exports);
console.log('id', module.id, 'loaded', module.loaded, 'parent', module.parent);
console.log('filename', module.filename === __filename, path.basename(__filename), __dirname === path.dirname(__filename));
console.log('paths', module.paths[0] === path.join(__dirname, 'node_modules'), module.paths[module.paths.length - 1]);
console.log('mainModule', process.mainModule === module);
var frames = {};
new Error().stack.split('\n').forEach(function (l) {
  var m = /^\s+at (\S+) \(/.exec(l);
  if (m) frames[m[1]] = true;
});
['Module._compile', 'Module._extensions..js', 'Module.load', 'Module._load'].forEach(function (n) {
  console.log('frame', n, frames[n] === true);
});
console.log('require.main', require.main === module, typeof require.resolve, typeof require.cache);
var Module = require('module');
console.log('instanceof', module instanceof Module, module.constructor === Module);
console.log('cache', require.cache[__filename] === module, Module._cache[__filename] === module);
console.log('resolve', path.basename(require.resolve('./fixtures/meta')), require.resolve('fs'));
var meta = require('./fixtures/meta');
console.log('child', typeof meta, module.children.length, module.children[0].parent === module);
try { console.log('require.paths', require.paths); } catch (e) { console.log('require.paths throws'); }
var c = require('child_process').fork(path.join(__dirname, 'fixtures', 'lazy-main-child.js'));
c.on('message', function (m) {
  console.log('forked', m);
  console.log('loaded after run', module.loaded);
});
