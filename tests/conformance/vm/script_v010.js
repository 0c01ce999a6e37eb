// v0.10 differs: vm.Script carried the module's functions as statics
// (Script.runInThisContext, runInNewContext, runInContext, createContext) and
// a createContext method; Script.runInNewContext took a null sandbox for a
// fresh one. Node v20 has none of these (the golden is hand-checked).
var vm = require('vm');
var Script = vm.Script;
console.log(Script.runInThisContext('typeof require'));
console.log(Script.runInNewContext('typeof require'));
console.log(Script.runInNewContext('a + 1', { a: 41 }));
console.log(Script.runInNewContext('"ok"', null, 'some.js'));
var ctx = Script.createContext({ foo: 'bar' });
console.log(ctx.foo, vm.isContext(ctx));
console.log(Script.runInContext('var foo = 3; foo + 1', ctx), ctx.foo);
var s = new Script('x = typeof x');
var c2 = s.createContext({ x: 1 });
console.log(s.runInContext(c2), c2.x);
try {
  Script.runInContext('1', {});
} catch (e) {
  console.log(e.name, e.code);
}
// vm.runInNewContext itself rejects null, as later versions do
try {
  vm.runInNewContext('1', null);
} catch (e) {
  console.log(e.name, e.code);
}
