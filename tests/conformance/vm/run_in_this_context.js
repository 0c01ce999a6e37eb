// vm.runInThisContext: runs in the global scope, not the local one.
var vm = require('vm');
var localVar = 123, usingscript, evaled;
globalVar = 1;
usingscript = vm.runInThisContext('localVar = 1; globalVar += 1; globalVar', 'myfile.vm');
console.log('localVar: ' + localVar + ', usingscript: ' + usingscript + ', globalVar: ' + globalVar);
evaled = eval('localVar = 1;');
console.log('localVar: ' + localVar + ', evaled: ' + evaled);
console.log(vm.runInThisContext('typeof require + " " + typeof process'));
console.log(vm.runInThisContext('this === globalThis', { filename: 'x.vm' }));
var script = vm.createScript('globalVar += 1', 'myfile.vm');
for (var i = 0; i < 1000; i += 1) script.runInThisContext();
console.log(globalVar);
