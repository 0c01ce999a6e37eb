// v0.10 inspect details: errors found through the prototype chain,
// null-prototype objects, accessors with showHidden, sparse arrays.
var util = require('util');
// v0.10 differs: null-prototype objects print as plain braces (v20 adds
// '[Object: null prototype]'); holes print as empty entries (v20:
// '<1 empty item>').
function CustomError(msg) {
  Error.call(this);
  Object.defineProperty(this, 'message', { value: msg, enumerable: false });
  Object.defineProperty(this, 'name', { value: 'CustomError', enumerable: false });
}
util.inherits(CustomError, Error);
console.log(util.inspect(new CustomError('bar')));
console.log(util.format('%s', util.inspect(Object.create(Error.prototype))));
var getter = Object.create(null, { a: { get: function () { return 'aaa'; } } });
var both = Object.create(null, { c: { get: function () {}, set: function () {} } });
console.log(util.inspect(getter, true), util.inspect(both, true));
var np = Object.create(null);
np.x = 1;
console.log(util.inspect({ np: np, e: Object.create(null) }));
var a = ['foo', 'bar', 'baz'];
delete a[1];
console.log(util.inspect(a), util.inspect(a, true), util.inspect(new Array(3)));
