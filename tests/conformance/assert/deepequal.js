// deepEqual (v0.10: == for primitives, prototypes ignored) and
// deepStrictEqual (later: Object.is, prototypes and [[Class]] checked).
var assert = require('assert');
function t(name, fn) {
  var loose, strict;
  try { fn(assert.deepEqual); loose = 'eq'; } catch (e) { loose = e.name === 'AssertionError' ? 'NE' : 'ERR ' + e.message; }
  try { fn(assert.deepStrictEqual); strict = 'eq'; } catch (e) { strict = e.name === 'AssertionError' ? 'NE' : 'ERR ' + e.message; }
  console.log(name + ': loose ' + loose + ', strict ' + strict);
}
t('same primitives', function (de) { de(1, 1); });
t('1 vs "1"', function (de) { de(1, '1'); });
t('objects', function (de) { de({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }); });
t('objects coerced', function (de) { de({ a: 1 }, { a: '1' }); });
t('arrays', function (de) { de([1, 2, 3], [1, 2, 3]); });
t('arrays differ', function (de) { de([1, 2, 3], [1, 2, 4]); });
t('array length', function (de) { de([1, 2], [1, 2, 3]); });
t('extra key', function (de) { de({ a: 1 }, { a: 1, b: undefined }); });
t('dates', function (de) { de(new Date(5), new Date(5)); });
t('dates differ', function (de) { de(new Date(5), new Date(6)); });
t('regexps', function (de) { de(/a/gi, /a/gi); });
t('regexps differ', function (de) { de(/a/g, /a/i); });
// v0.10 differs: loose deepEqual fails NaN vs NaN, ignores Array vs Object and typed-array kinds
// when the keys match, and compares errors by enumerable keys only (v20: NE for all of these).
t('NaN', function (de) { de(NaN, NaN); });
t('-0 vs 0', function (de) { de(-0, 0); });
t('null vs undefined', function (de) { de(null, undefined); });
t('null vs {}', function (de) { de(null, {}); });
t('prototype ignored', function (de) { function A() { this.x = 1; } function B() { this.x = 1; } de(new A(), new B()); });
t('[] vs {}', function (de) { de([], {}); });
t('arguments vs array', function (de) { de((function () { return arguments; })(1, 2), [1, 2]); });
t('arguments vs arguments', function (de) { de((function () { return arguments; })(1, 2), (function () { return arguments; })(1, 2)); });
t('functions same', function (de) { var f = function () {}; de(f, f); });
t('functions differ', function (de) { de(function () {}, function () {}); });
t('nested circular', function (de) { var a = { x: 1 }; a.self = a; var b = { x: 1 }; b.self = b; de(a, b); });
t('circular differ', function (de) { var a = { x: 1 }; a.self = a; var b = { x: 2 }; b.self = b; de(a, b); });
t('maps', function (de) { de(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])); });
t('maps differ', function (de) { de(new Map([[1, 'a']]), new Map([[1, 'b']])); });
t('maps object keys', function (de) { de(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])); });
t('sets', function (de) { de(new Set([1, { a: 2 }]), new Set([{ a: 2 }, 1])); });
t('sets differ', function (de) { de(new Set([1, 2]), new Set([1, 3])); });
t('typed arrays', function (de) { de(new Uint8Array([1, 2]), new Uint8Array([1, 2])); });
t('typed arrays differ', function (de) { de(new Uint8Array([1, 2]), new Uint8Array([1, 3])); });
t('typed vs typed kind', function (de) { de(new Uint8Array([1]), new Int8Array([1])); });
t('boxed', function (de) { de(new Number(1), new Number(1)); });
t('errors', function (de) { de(new Error('a'), new Error('a')); });
t('errors differ', function (de) { de(new Error('a'), new Error('b')); });
t('symbols keys', function (de) { var s = Symbol('s'); var a = {}; a[s] = 1; var b = {}; b[s] = 1; de(a, b); });
t('null proto', function (de) { var a = Object.create(null); a.x = 1; de(a, { x: 1 }); });
t('sparse vs undefined', function (de) { de([1, , 3], [1, undefined, 3]); });
t('array vs object same keys', function (de) { de([1], { 0: 1 }); });
t('deep nested', function (de) { de({ a: { b: { c: { d: { e: [1, { f: 'g' }] } } } } }, { a: { b: { c: { d: { e: [1, { f: 'g' }] } } } } }); });
function msg(fn) { try { fn(); } catch (e) { console.log(JSON.stringify(e.message), e.operator, e.generatedMessage); } }
// v0.10 differs: v0.10 messages are JSON-based `actual operator expected` (v20 prints diffs).
msg(function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
msg(function () { assert.deepEqual([1, 2], [1, 3], 'custom'); });
msg(function () { assert.notDeepEqual({ a: 1 }, { a: 1 }); });
msg(function () { assert.deepStrictEqual(1, '1'); });
msg(function () { assert.notDeepStrictEqual([1], [1]); });
msg(function () { var c = {}; c.c = c; assert.deepEqual(c, {}); });
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
console.log('done');
