// Node's globals: what exists, and that later additions are not enumerable
// v0.10 differs: Node v20 removed GLOBAL and root (so it throws at line 7), and has more enumerable globals; this expected output is v0.10's.
// (v0.10-era tests walk the global object looking for leaks).
var v010 = ['global', 'process', 'GLOBAL', 'root', 'Buffer', 'console',
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'];
v010.forEach(function (name) { console.log(name, typeof global[name]); });
console.log('global === this at top level of a module?', global === this, this === module.exports);
console.log('global.global === global', global.global === global, GLOBAL === global, root === global);
['URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'queueMicrotask'].forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(global, name);
  console.log(name, typeof global[name], 'enumerable:', d.enumerable);
});
// v0.10 differs: Node v20 also has enumerable fetch, crypto, performance, structuredClone, atob, btoa…
var extra = Object.keys(global).filter(function (k) { return v010.indexOf(k) < 0; });
console.log('enumerable globals beyond v0.10:', JSON.stringify(extra));
var leak = 'x';
console.log('var in a module is not global:', typeof global.leak);
implicitGlobal = 1;
console.log('implicit global:', global.implicitGlobal);
