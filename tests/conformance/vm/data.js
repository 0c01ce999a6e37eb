// isonode differs: sandbox values are copies in the context's realm (instanceof
// works inside), results copies in the caller's, and getters are read once.
// Values crossing the boundary: structural copies of JSON-like data, Dates,
// RegExps, Maps, Sets, typed arrays and Buffers.
var vm = require('vm'), util = require('util');
var sb = {
  date: new Date(0), re: /ab+c/gi, map: new Map([['k', { v: 1 }]]), set: new Set([1, 'two']),
  u8: new Uint8Array([1, 2, 3]), buf: Buffer.from('hi'), nested: { arr: [1, [2, [3]]] }, n: null, u: undefined
};
var r = vm.runInNewContext('[date instanceof Date, date.getTime(), re instanceof RegExp, re.source, re.flags, ' +
  'map instanceof Map, map.get("k").v, set.has("two"), u8 instanceof Uint8Array, u8[2], buf[0], ' +
  'nested.arr[1][1][0], n === null, typeof u]', sb);
console.log(r.join());
var out = vm.runInNewContext('({d: new Date(86400000), r: /x/m, m: new Map([[1, 2]]), s: new Set([3]), b: new Uint8Array([9]), f64: new Float64Array([1.5])})');
console.log('out', out.d instanceof Date, out.d.toISOString(), out.r instanceof RegExp, String(out.r), out.m.get(1), out.s.has(3), out.b[0], out.f64[0]);
vm.runInNewContext('buf[0] = 72; u8[0] = 7; map.set("z", 26); set.add(3)', sb);
console.log(sb.buf.toString(), sb.u8[0], sb.map.get('z'), sb.set.has(3));
var cyc = { name: 'c' }; cyc.self = cyc;
console.log(vm.runInNewContext('c.self === c && c.self.self.name', { c: cyc }));
var getterCalls = 0;
var withGetter = { get g() { getterCalls++; return 'got' } };
console.log(vm.runInNewContext('g + g', withGetter), getterCalls);
