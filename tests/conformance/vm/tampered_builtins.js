// isonode differs: guest code that replaces built-ins (or defines setters and
// getters on prototypes and on the global object) never gets them run by the
// bridge outside its own limits: copying into the context uses built-ins
// captured before the guest could touch them; copying out runs guest code
// under the run's timeout.
var vm = require('vm');
function t(name, setup, sandbox, code) {
  var ctx = vm.createContext({});
  try { vm.runInContext(setup, ctx, { timeout: 200 }); } catch (e) { console.log(name, 'setup threw', e.message); }
  for (var k in sandbox) ctx[k] = sandbox[k];
  try { console.log(name, vm.runInContext(code || '1', ctx, { timeout: 200 })); } catch (e) { console.log(name, 'threw', e.code || e.message); }
}
t('map set', 'Map.prototype.set = function () { while (true) {} }', { m: new Map([[1, 2]]) }, 'm.size');
t('set add', 'Set.prototype.add = function () { while (true) {} }', { s: new Set([1]) }, 's.size');
t('error toString', 'Object.defineProperty(Object.getPrototypeOf(Object.getPrototypeOf((function(){try{null.x}catch(e){return e}})())), "toString", {get: function () { while (true) {} }})', { e: new Error('x') }, 'typeof e');
t('stackTraceLimit', 'Object.defineProperty(Error, "stackTraceLimit", {get: function () { while (true) {} }})', { e: new TypeError('x') }, 'e.message');
t('regexp getters', 'Object.defineProperty(RegExp.prototype, "flags", {get: function () { while (true) {} }})', { r: /x/g }, 'r.source');
t('proto of global', 'Object.setPrototypeOf(Object.getPrototypeOf(globalThis), new Proxy({}, {get: function () { while (true) {} }, has: function () { while (true) {} }}))', { x: 1 }, 'x');
t('array proto setter', 'Object.defineProperty(Array.prototype, "0", {set: function () { while (true) {} }})', { a: [1, 2] }, 'a[0]');
t('object proto setter', 'Object.defineProperty(Object.prototype, "k", {set: function () { while (true) {} }})', { o: {k: 1} }, 'o.k');
t('typed tag', 'Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag, {get: function () { while (true) {} }})', { u: new Uint8Array(2) }, 'u.length');
t('promise then', 'Promise.prototype.then = function () { while (true) {} }', { p: Promise.resolve(1) }, 'typeof p');
t('global setter', 'Object.defineProperty(this, "x", {set: function () { while (true) {} }, get: function () { return 1 }, enumerable: true})', { x: 2 }, 'x');
t('Object ctor', 'Object.getOwnPropertyDescriptor = function () { while (true) {} }; Object.defineProperty = Object.getOwnPropertyDescriptor', { f: function () { return 1 }, u: new Uint8Array(1) }, 'f()');
