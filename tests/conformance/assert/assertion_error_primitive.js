// new AssertionError with a primitive options argument: v0.10 read its
// (absent) fields and generated the message; null/undefined still throw.
var assert = require('assert');
// v0.10 differs: v20 throws ERR_INVALID_ARG_TYPE for a string options.
var e = new assert.AssertionError('test');
console.log('primitive', e instanceof Error, e.name, JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected, e.operator);
try {
  throw new assert.AssertionError('boom');
} catch (err) {
  console.log('thrown', err instanceof assert.AssertionError, err.code);
}
[null, undefined].forEach(function (v) {
  try { new assert.AssertionError(v); } catch (err) { console.log(err.name, err.code); }
});
