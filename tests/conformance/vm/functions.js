// isonode differs: errors thrown by host functions arrive as errors of the
// context's own classes (instanceof TypeError is true inside).
// Functions cross in both directions as wrappers.
var vm = require('vm');
var log = [];
var sb = {
  add: function (a, b) { return a + b; },
  map: function (arr, fn) { return arr.map(fn); },
  record: function (x) { log.push(x); },
  fail: function () { var e = new TypeError('host failure'); e.code = 'E_HOST'; throw e; },
  Point: function Point(x, y) { this.x = x; this.y = y; }
};
console.log(vm.runInNewContext('add(2, 3)', sb));
console.log(vm.runInNewContext('map([1, 2, 3], function (x) { return x * x }).join()', sb));
vm.runInNewContext('record({ from: "guest" })', sb);
console.log(JSON.stringify(log));
console.log(vm.runInNewContext('try { fail() } catch (e) { [e instanceof TypeError, e.message, e.code].join() }', sb));
console.log(vm.runInNewContext('var p = new Point(1, 2); p.x + p.y', sb));
vm.runInNewContext('function square(x) { return x * x } function boom() { throw new Error("guest failure") }', sb);
console.log('square', sb.square(9), typeof sb.square);
try { sb.boom(); } catch (e) { console.log('boom', e instanceof Error, e.message); }
console.log(vm.runInNewContext('add', sb) === sb.add);
var arg = { v: 1 };
vm.runInNewContext('function touch(o) { o.touched = true }', sb);
sb.touch(arg);
console.log(arg.touched);
var p = vm.runInNewContext('new Promise(function (res) { res(add(20, 22)) })', sb);
p.then(function (v) { console.log('promise resolved', v); });
