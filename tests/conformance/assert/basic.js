// assert: ok, equal family, fail, AssertionError properties and messages.
// v0.10 differs: generated messages are v0.10's `actual operator expected`
// (JSON, 128 chars max) instead of v20's diffs; assert(x) fails with
// "x == true"; AssertionError has v0.10's enumerable own properties.
var assert = require('assert');
function check(name, fn) {
  try {
    fn();
    console.log(name + ': passed');
  } catch (e) {
    console.log(name + ': ' + e.name + ' | ' + JSON.stringify(e.message) + ' | ' + e.operator + ' | ' +
      e.generatedMessage + ' | ' + e.code + ' | ' + (e instanceof assert.AssertionError) + ' | ' + (e instanceof Error));
  }
}
console.log(typeof assert, assert === assert.ok);
check('assert(true)', function () { assert(true); });
check('assert(1, msg)', function () { assert(1, 'msg'); });
check('assert(false)', function () { assert(false); });
check('assert(0, msg)', function () { assert(0, 'zero is falsy'); });
check('assert()', function () { assert(); });
check('ok(null)', function () { assert.ok(null); });
check('ok("")', function () { assert.ok(''); });
check('equal(1, "1")', function () { assert.equal(1, '1'); });
check('equal(1, 2)', function () { assert.equal(1, 2); });
check('equal(null, undefined)', function () { assert.equal(null, undefined); });
// v0.10 differs: equal(NaN, NaN) fails in v0.10 (NaN != NaN); v20 passes it.
check('equal(NaN, NaN)', function () { assert.equal(NaN, NaN); });
check('equal(a, b)', function () { assert.equal('a', 'b'); });
check('equal(obj)', function () { assert.equal({ x: 1 }, { x: 1 }); });
check('equal(fn)', function () { assert.equal(function f() { return 1; }, null); });
check('equal(re)', function () { assert.equal(/ab/g, 1); });
check('equal(Infinity)', function () { assert.equal(Infinity, -Infinity); });
check('equal(long)', function () { assert.equal(new Array(200).join('x'), 'y'); });
check('equal(msg)', function () { assert.equal(1, 2, 'custom message'); });
check('notEqual(1, 2)', function () { assert.notEqual(1, 2); });
check('notEqual(1, "1")', function () { assert.notEqual(1, '1'); });
check('strictEqual(1, 1)', function () { assert.strictEqual(1, 1); });
check('strictEqual(1, "1")', function () { assert.strictEqual(1, '1'); });
check('notStrictEqual(1, "1")', function () { assert.notStrictEqual(1, '1'); });
check('notStrictEqual(1, 1)', function () { assert.notStrictEqual(1, 1); });
check('fail(4)', function () { assert.fail(1, 2, undefined, '>'); });
check('fail(msg4)', function () { assert.fail(1, 2, 'fail message', '>'); });
check('fail(msg)', function () { assert.fail('only message'); });
check('fail()', function () { assert.fail(); });
check('fail(err)', function () { assert.fail(new TypeError('passed through')); });
check('equal(err msg)', function () { assert.equal(1, 2, new RangeError('my error')); });
var e;
try { assert.equal(1, 2); } catch (err) { e = err; }
console.log(Object.keys(e).join(','));
console.log('props', e.actual, e.expected, e.operator, e.name, e.code);
console.log(String(e));
console.log(require('util').inspect(e));
console.log(/^AssertionError: 1 == 2\n/.test(e.stack));
var ae = new assert.AssertionError({ actual: 1, expected: 2, operator: 'op' });
console.log(ae.message, ae.generatedMessage, ae.name);
var ae2 = new assert.AssertionError({ message: 'given' });
console.log(ae2.message, ae2.generatedMessage);
try { new assert.AssertionError(null); } catch (err) { console.log(err.code); }
