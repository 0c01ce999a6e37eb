// Later additions: rejects, doesNotReject, match, doesNotMatch, assert.strict.
var assert = require('assert');
function show(label) {
  return function (e) { console.log(label + ': ' + e.name + ' | ' + JSON.stringify(e.message) + ' | ' + e.operator + ' | ' + e.code); };
}
function report(name, fn) {
  try { fn(); console.log(name + ': passed'); } catch (e) { show(name)(e); }
}
report('match ok', function () { assert.match('abc', /b/); });
report('match fail', function () { assert.match('abc', /x/); });
report('match msg', function () { assert.match('abc', /x/, 'custom'); });
report('match non-string', function () { assert.match(1, /x/); });
report('match bad regexp', function () { assert.match('a', 'x'); });
report('doesNotMatch ok', function () { assert.doesNotMatch('abc', /x/); });
report('doesNotMatch fail', function () { assert.doesNotMatch('abc', /a/); });
console.log(typeof assert.strict, assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual);
console.log(assert.strict.deepEqual === assert.deepStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual);
// v0.10 differs: strict.equal/strict() keep v0.10-style generated messages (v20: diff text).
report('strict.equal', function () { assert.strict.equal(1, '1'); });
report('strict()', function () { assert.strict(0); });
report('strict.ok', function () { assert.strict.ok(1); });
async function main() {
  await assert.rejects(Promise.reject(new Error('boom'))).then(function () { console.log('rejects plain: passed'); });
  await assert.rejects(function () { return Promise.reject(new TypeError('t')); }, TypeError).then(function () { console.log('rejects fn ctor: passed'); });
  await assert.rejects(Promise.reject(new Error('boom')), /boom/).then(function () { console.log('rejects regexp: passed'); });
  await assert.rejects(Promise.reject(new Error('boom')), { message: 'boom' }).then(function () { console.log('rejects object: passed'); });
  await assert.rejects(Promise.resolve(1)).catch(show('rejects resolved'));
  await assert.rejects(Promise.resolve(1), Error).catch(show('rejects resolved ctor'));
  await assert.rejects(Promise.resolve(1), Error, 'boo').catch(show('rejects resolved msg'));
  await assert.rejects(Promise.reject(new Error('other')), TypeError).catch(show('rejects wrong ctor'));
  await assert.rejects(1).catch(show('rejects bad arg'));
  await assert.rejects(function () { return 1; }).catch(show('rejects bad return'));
  await assert.doesNotReject(Promise.resolve(1)).then(function () { console.log('doesNotReject ok: passed'); });
  await assert.doesNotReject(Promise.reject(new Error('x'))).catch(show('doesNotReject'));
  await assert.doesNotReject(Promise.reject(new Error('x')), 'hmm').catch(show('doesNotReject msg'));
  await assert.doesNotReject(function () { return Promise.reject(new Error('y')); }).catch(show('doesNotReject fn'));
}
main();
