// inherits, _extend, the is* predicates, isDeepStrictEqual, errno names.
var util = require('util');
function Base() { this.base = true; }
Base.prototype.hello = function () { return 'hello from ' + this.name; };
function Child(name) { Base.call(this); this.name = name; }
util.inherits(Child, Base);
Child.prototype.own = function () { return 'own'; };
var c = new Child('kid');
console.log(c instanceof Child, c instanceof Base, Child.super_ === Base);
console.log(c.hello(), c.own());
console.log(Object.keys(Child.prototype).join(','));
console.log(Child.prototype.constructor === Child);
// v0.10 differs: v0.10 assigns super_ (enumerable); v20 defines it non-enumerable.
console.log(Object.getOwnPropertyDescriptor(Child, 'super_').enumerable);
// v0.10 differs: no constructor name for plain-function instances (v20: Child { … }).
console.log(util.inspect(c));
function errMsg(fn) { try { fn(); return 'no error'; } catch (e) { return e.name + ' ' + e.code + ': ' + e.message; } }
console.log(errMsg(function () { util.inherits(function () {}, null); }));
console.log(errMsg(function () { util.inherits(null, Base); }));
console.log(errMsg(function () { util.inherits(function () {}, function () {}.bind()); }));
class ES6 {}
function Legacy() {}
util.inherits(Legacy, ES6);
console.log(new Legacy() instanceof ES6);
console.log(JSON.stringify(util._extend({ a: 1, b: 2 }, { b: 3, c: 4 })));
console.log(JSON.stringify(util._extend({ a: 1 }, null)));
var preds = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
var values = [[], true, null, undefined, 1, 's', Symbol('x'), /r/, {}, new Date(), new Error('e'),
  function () {}, Object.create(null), new TypeError('t'), Date(), new RegExp('x'), { name: 'Error', message: 'm' }];
preds.forEach(function (p) {
  console.log(p, values.map(function (v) { return util[p](v) ? 1 : 0; }).join(''));
});
function MyErr() {}
MyErr.prototype = Object.create(Error.prototype);
console.log(util.isError(new MyErr()), util.types.isNativeError(new MyErr()));
console.log(typeof util.isBuffer, util.isBuffer({}), util.isBuffer('x'));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log(util.isDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])));
console.log(util.isDeepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
console.log(errMsg(function () { util.getSystemErrorName(2); }));
console.log(errMsg(function () { util.getSystemErrorName('x'); }));
console.log(util.toUSVString('a\ud800b'), util.toUSVString('ok\ud83d\ude00').length);
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'));
console.log(typeof util.debuglog('nothing'), util.debuglog('nothing').enabled);
util.debuglog('nothing')('never printed');
