// assert.throws / doesNotThrow / ifError.
// v0.10 differs: "Missing expected exception.." messages (v0.10's double dot),
// doesNotThrow rethrows the original error, ifError throws its argument as is, and
// throws() rethrows an error that does not match a constructor, RegExp or validator (v20: AssertionError).
var assert = require('assert');
function report(name, fn) {
  try {
    fn();
    console.log(name + ': passed');
  } catch (e) {
    console.log(name + ': ' + (e && e.name) + ' | ' + JSON.stringify(e && e.message) + (e && e.code ? ' | ' + e.code : ''));
  }
}
function thrower(err) { return function () { throw err; }; }
report('throws plain', function () { assert.throws(thrower(new Error('Wrong value'))); });
report('throws ctor', function () { assert.throws(thrower(new Error('Wrong value')), Error); });
report('throws subclass ctor', function () { assert.throws(thrower(new TypeError('t')), Error); });
report('throws wrong ctor', function () { assert.throws(thrower(new Error('e')), TypeError); });
report('throws regexp', function () { assert.throws(thrower(new Error('Wrong value')), /value/); });
report('throws regexp miss', function () { assert.throws(thrower(new Error('Wrong value')), /nope/); });
report('throws validator', function () {
  assert.throws(thrower(new Error('Wrong value')), function (err) {
    if ((err instanceof Error) && /value/.test(err)) return true;
  }, 'unexpected error');
});
report('throws validator false', function () {
  assert.throws(thrower(new Error('Wrong value')), function () { return false; });
});
report('throws missing', function () { assert.throws(function () {}); });
report('throws missing ctor', function () { assert.throws(function () {}, Error); });
report('throws missing msg', function () { assert.throws(function () {}, 'my message'); });
report('throws missing ctor msg', function () { assert.throws(function () {}, TypeError, 'my message'); });
report('throws string thrown', function () { assert.throws(thrower('just a string'), /string/); });
report('throws object', function () { assert.throws(thrower(new Error('x')), { message: 'x', name: 'Error' }); });
report('throws object regexp', function () { assert.throws(thrower(new Error('hello')), { message: /ell/ }); });
report('throws object miss', function () { assert.throws(thrower(new Error('x')), { message: 'y' }); });
report('throws error instance', function () { assert.throws(thrower(new TypeError('x')), new TypeError('x')); });
report('throws arrow validator', function () { assert.throws(thrower(new Error('x')), (e) => e.message === 'x'); });
report('throws not a function', function () { assert.throws(1); });
report('throws bad error arg', function () { assert.throws(thrower(new Error('x')), 5); });
report('doesNotThrow ok', function () { assert.doesNotThrow(function () {}); });
report('doesNotThrow rethrows', function () { assert.doesNotThrow(thrower(new Error('inner'))); });
report('doesNotThrow msg', function () { assert.doesNotThrow(thrower(new Error('inner')), 'with message'); });
report('doesNotThrow matching ctor', function () { assert.doesNotThrow(thrower(new TypeError('inner')), TypeError); });
report('doesNotThrow matching ctor msg', function () { assert.doesNotThrow(thrower(new TypeError('inner')), TypeError, 'msg'); });
report('doesNotThrow other ctor', function () { assert.doesNotThrow(thrower(new TypeError('inner')), RangeError); });
report('ifError null', function () { assert.ifError(null); });
report('ifError undefined', function () { assert.ifError(undefined); });
report('ifError false', function () { assert.ifError(false); });
report('ifError error', function () { assert.ifError(new Error('callback error')); });
report('ifError string', function () { assert.ifError('a string'); });
