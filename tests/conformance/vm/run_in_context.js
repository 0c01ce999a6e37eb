// isonode differs: a guest function called from the host updates the guest's
// globals, which reach the sandbox at the next run, not at once (context.counter).
// vm.createContext / vm.runInContext / vm.isContext: globals persist.
var util = require('util'), vm = require('vm');
var initSandbox = { animal: 'cat', count: 2 };
var context = vm.createContext(initSandbox);
console.log(context === initSandbox, vm.isContext(context), vm.isContext({}));
vm.runInContext('count += 1; name = "CATT"', context, 'myfile.vm');
console.log(util.inspect(context));
vm.runInContext('var counter = 0; function inc() { counter++; return counter }', context);
console.log(vm.runInContext('inc(); inc()', context), context.counter);
console.log(typeof context.inc, context.inc(), context.counter);
context.animal = 'dog';
console.log(vm.runInContext('animal', context));
var script = new vm.Script('count * 2');
console.log(script.runInContext(context));
try { vm.runInContext('1', {}); } catch (e) { console.log(e.name, e.code); }
try { vm.isContext(1); } catch (e) { console.log(e.name, e.code); }
console.log(vm.isContext(vm.createContext()));
