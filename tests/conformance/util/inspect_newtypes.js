// Types v0.10 did not have: v20's rendering of the item, v0.10's layout.
var util = require('util');
// v0.10 differs: layout follows v0.10 (60-char rule, braces on first/last line), [Circular] without refs, errors as [Error: msg], anonymous functions as [Function].
// v0.10 differs: null-prototype objects print as plain braces (v20: '[Object: null prototype] {}').
function show(v, o) { console.log(util.inspect(v, o)); }
show(new Map());
show(new Map([['a', 1], ['b', { c: 2 }]]));
show(new Set());
show(new Set([1, 'two', [3]]));
show({ m: { m: { m: new Map([[1, 2]]), s: new Set([1]), u: new Uint8Array(2), p: Promise.resolve(2) } } });
show(new Map([[{ k: 1 }, new Set(['v'])]]));
var selfMap = new Map();
selfMap.set('self', selfMap);
show(selfMap);
show(Symbol('desc'));
show(Symbol());
show([Symbol.iterator]);
var withSym = { a: 1 };
withSym[Symbol('key')] = 'sym value';
show(withSym);
show(10n);
show([1n, -2n]);
show(Object(Symbol('boxed')));
show(Object(5n));
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo {}
show(new Foo());
show(new Bar());
show(new (class Empty {})());
show({ a: { b: { c: new Foo(), d: Object.create(null) } } });
var np = Object.create(null);
np.key = 'v';
show(np);
show(Object.create(null));
show(Foo);
show(Bar);
show(class {});
show(async function af() {});
show(async function () {});
show(function* gen() {});
show(() => 1);
var arrow = () => 1;
show(arrow);
show(new Uint8Array([1, 2, 3]));
show(new Float64Array([0.5, -0]));
show(new Int16Array(0));
show(new BigInt64Array([5n]));
show(new Uint8ClampedArray(2));
show(new ArrayBuffer(3));
show(new DataView(new ArrayBuffer(2)));
show(Promise.resolve(42));
show(Promise.resolve({ a: 1 }));
var rejected = Promise.reject(new Error('no'));
rejected.catch(function () {});
show(rejected);
show(new Promise(function () {}));
show(new WeakMap());
show(new WeakSet());
var big = new Set();
for (var i = 0; i < 20; i++) big.add('item number ' + i);
show(big);
show(new Map([[1, 'one']]), { depth: -1 });
show([new Map([[1, 2]])], { depth: 0 });
show(new Proxy({ a: 1 }, {}));
class MyMap extends Map {}
show(new MyMap([[1, 2]]));
var tm = new Map([[1, 2]]);
tm.extra = true;
show(tm);
