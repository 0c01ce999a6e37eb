// V8's __defineGetter__ family (Node v0.10 programs and old npm packages such
// as colors and workshopper use them), non-enumerable on Object.prototype.
var o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('x', function (v) { console.log('set', v); });
console.log(o.x);
o.x = 7;
console.log(JSON.stringify(Object.keys(o)), typeof o.__lookupGetter__('x'), typeof o.__lookupSetter__('x'));
var child = Object.create(o);
console.log(child.__lookupGetter__('x') === o.__lookupGetter__('x'));
console.log(o.__lookupGetter__('missing'), ({ a: 1 }).__lookupGetter__('a'));
try { o.__defineGetter__('y', 'nope'); } catch (e) { console.log(e instanceof TypeError); }
var keys = [];
for (var k in {}) keys.push(k);
console.log(keys.length, Object.prototype.propertyIsEnumerable('__defineGetter__'));
console.log(new Date(0).toGMTString());
var vm = require('vm');
console.log(vm.runInNewContext("var p = {}; p.__defineGetter__('z', function () { return 'in context'; }); p.z"));
