// util.promisify / util.callbackify
var util = require('util');
function cbStyle(a, b, cb) { cb(null, a + b); }
function cbFail(cb) { var e = new Error('failed'); e.code = 'EFAIL'; cb(e); }
function cbMulti(cb) { cb(null, 1, 2); }
var p = util.promisify(cbStyle);
console.log(typeof p, p.name, p.length);
var custom = function () {};
custom[util.promisify.custom] = function () { return Promise.resolve('custom!'); };
console.log(util.promisify(custom) === custom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.promisify(p) === p);
function errMsg(fn) { try { fn(); return 'no error'; } catch (e) { return e.name + ' ' + e.code + ': ' + e.message; } }
console.log(errMsg(function () { util.promisify(1); }));
console.log(errMsg(function () { var f = function () {}; f[util.promisify.custom] = 1; util.promisify(f); }));
console.log(errMsg(function () { util.callbackify('x'); }));
console.log(errMsg(function () { util.callbackify(async function () {})(1); }));
var obj = { v: 7, get: function (cb) { cb(null, this.v); } };
obj.pget = util.promisify(obj.get);
async function main() {
  console.log('sum', await p(2, 3));
  try { await util.promisify(cbFail)(); } catch (e) { console.log('rejected', e.message, e.code); }
  console.log('multi', await util.promisify(cbMulti)());
  console.log('this', await obj.pget());
  console.log('custom', await util.promisify(custom)());
  var cbf = util.callbackify(async function add(a, b) { return a + b; });
  console.log('callbackified', cbf.name, cbf.length);
  await new Promise(function (resolve) {
    cbf(1, 2, function (err, v) { console.log('cb', err, v); resolve(); });
  });
  await new Promise(function (resolve) {
    util.callbackify(function () { return Promise.reject(new Error('bad')); })(function (err) {
      console.log('cb err', err.message); resolve();
    });
  });
  await new Promise(function (resolve) {
    util.callbackify(function () { return Promise.reject(null); })(function (err) {
      console.log('cb falsy', err.message, err.code, err.reason); resolve();
    });
  });
  await new Promise(function (resolve) {
    util.callbackify(function () { return Promise.reject(0); })(function (err) {
      console.log('cb zero', err.code, err.reason); resolve();
    });
  });
  var self = { n: 3, f: util.callbackify(async function () { return this.n; }) };
  await new Promise(function (resolve) {
    self.f(function (err, v) { console.log('cb this', v); resolve(); });
  });
}
main();
