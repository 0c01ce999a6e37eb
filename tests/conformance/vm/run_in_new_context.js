// v0.10 differs: contexts have no console (Node >= 0.12 adds one).
// isonode differs: results are copies in the caller's realm (instanceof Array is
// true) and the context's `this` copies out to the sandbox itself.
// vm.runInNewContext: globals are contained in the sandbox.
var util = require('util'), vm = require('vm');
var sandbox = { animal: 'cat', count: 2 };
var r = vm.runInNewContext('count += 1; name = "kitty"; count', sandbox, 'myfile.vm');
console.log('r=' + r, util.inspect(sandbox));
var script = vm.createScript('count += 1; name = "kitty"', 'myfile.vm');
for (var i = 0; i < 10; i += 1) script.runInNewContext(sandbox);
console.log(util.inspect(sandbox));
console.log(vm.runInNewContext('typeof require + typeof process + typeof console + typeof setTimeout'));
console.log(vm.runInNewContext('[typeof Object, typeof JSON, typeof Promise, typeof Map, Math.max(1, 2)].join()'));
// nested objects are shared with the host (changes are seen)
var o = { a: { b: 1 }, list: [1, 2] };
var inner = o.a, list = o.list;
vm.runInNewContext('a.b = 2; list.push(3); c = 3', o);
console.log(util.inspect(o), o.a === inner, o.list === list);
// the context has its own built-ins
console.log('realm', vm.runInNewContext('[]') instanceof Array, Array.isArray(vm.runInNewContext('[]')));
// this is the sandbox
var sb = {};
console.log('this is sandbox', vm.runInNewContext('this', sb) === sb);
// deletions reach the sandbox
var d = { x: 1, y: 2 };
vm.runInNewContext('delete x; z = 3', d);
console.log(util.inspect(d));
// default filename and no sandbox
console.log(vm.runInNewContext('1 + 1'));
