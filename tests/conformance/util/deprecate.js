// util.deprecate: warns once on stderr (v0.10: the message itself), honors
// process.noDeprecation / throwDeprecation; util.pump is deprecated.
// v0.10 differs: with throwDeprecation the call itself throws (Node 20
// throws the warning later, from process.nextTick, uncaught), and
// util.pump exists (Node 20 removed it).
var util = require('util');
var calls = 0;
var old = util.deprecate(function (a, b) { calls++; return a + b + (this && this.k || 0); }, 'old() is deprecated. Use new() instead.');
console.log(old(1, 2), old.call({ k: 10 }, 1, 2), calls);
var a = util.deprecate(function () {}, 'shared code A', 'DEP_TEST');
var b = util.deprecate(function () {}, 'shared code B', 'DEP_TEST');
a(); b();
function Klass(x) { this.x = x; }
var DK = util.deprecate(Klass, 'Klass is deprecated');
var inst = new DK(5);
console.log(inst.x, inst instanceof Klass);
process.noDeprecation = true;
var silent = util.deprecate(function () { return 'silent'; }, 'never shown');
console.log(silent());
process.noDeprecation = false;
process.throwDeprecation = true;
var thrower = util.deprecate(function () {}, 'thrown deprecation');
try { thrower(); } catch (e) { console.log('caught:', e.message); }
process.throwDeprecation = false;
try { util.deprecate('x', 'y'); } catch (e) { console.log(e.code); }
console.log(typeof util.pump);
