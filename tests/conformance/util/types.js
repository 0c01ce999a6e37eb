// util.types
var util = require('util');
var t = util.types;
var samples = {
  date: new Date(), regexp: /x/, promise: Promise.resolve(), map: new Map(), set: new Set(),
  weakmap: new WeakMap(), weakset: new WeakSet(), u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1),
  i8: new Int8Array(1), u16: new Uint16Array(1), i16: new Int16Array(1), u32: new Uint32Array(1),
  i32: new Int32Array(1), f32: new Float32Array(1), f64: new Float64Array(1), bi64: new BigInt64Array(1),
  bu64: new BigUint64Array(1), ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)),
  gen: function* () {}, genobj: (function* () {})(), async: async function () {}, fn: function () {},
  arrow: () => {}, err: new Error(), terr: new TypeError(), args: (function () { return arguments; })(),
  num: Object(1), str: Object('s'), bool: Object(false), sym: Object(Symbol()), big: Object(1n),
  mapiter: new Map().keys(), setiter: new Set().values(), proxy: new Proxy({}, {}), plain: {},
  fake: { [Symbol.toStringTag]: 'Map' }, prim: 1, nul: null
};
var names = Object.keys(t).filter(function (n) {
  return ['isExternal', 'isModuleNamespaceObject', 'isKeyObject', 'isCryptoKey', 'isSharedArrayBuffer'].indexOf(n) === -1;
}).sort();
names.forEach(function (n) {
  var hits = Object.keys(samples).filter(function (k) { return t[n](samples[k]); });
  console.log(n + ': ' + hits.join(' '));
});
console.log(t.isSharedArrayBuffer(new ArrayBuffer(1)), t.isExternal({}), t.isModuleNamespaceObject({}));
