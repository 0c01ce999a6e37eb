// The module's shape, EOL/constants descriptors and os.constants.
var os = require('os');
console.log(JSON.stringify(Object.keys(os)));
['EOL', 'constants', 'devNull'].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(os, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
});
var c = os.constants;
console.log(JSON.stringify(Object.keys(c)), Object.getPrototypeOf(c) === null, Object.getPrototypeOf(c.signals) === null, Object.getPrototypeOf(c.errno) === null);
console.log(JSON.stringify(c.signals));
console.log(JSON.stringify(c.errno));
console.log(JSON.stringify(c.priority), JSON.stringify(c.dlopen), c.UV_UDP_REUSEADDR);
os.EOL = 'x';
console.log(JSON.stringify(os.EOL));
// v0.10 names (not enumerable here; v20 removed them).
console.log(typeof os.tmpDir === 'undefined' || os.tmpDir() === os.tmpdir());
