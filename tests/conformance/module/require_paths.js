// v0.10 differs: reading require.paths throws ("removed"); Node v20 returns
// undefined. The property is not enumerable.
try {
  var p = require.paths;
  console.log('no throw', p);
} catch (e) {
  console.log(e.message);
}
console.log(Object.keys(require).indexOf('paths'));
