// A function crossing into a context (or out of one) carries its own
// enumerable properties: require('assert').equal, a constructor's statics.
var vm = require('vm');
console.log(vm.runInNewContext('var a = require("assert"); [typeof a, typeof a.equal, typeof a.throws]', { require: require }));
vm.runInNewContext('require("assert").throws(function () { throw "hello world"; }, /hello/)', { require: require });
console.log('assert.throws ran in the context');
function Counter() {}
Counter.start = 10;
Counter.next = function (n) { return n + 1; };
console.log(vm.runInNewContext('[Counter.start, Counter.next(Counter.start)]', { Counter: Counter }));
var G = vm.runInNewContext('function G() { return "g" } G.version = "1.0"; G.helper = function () { return "h" }; G');
console.log(G(), G.version, G.helper());
