// Errors thrown in a context reach the caller with name, message and stack.
var vm = require('vm');
try { vm.runInNewContext('null.x', {}, 'np.vm'); } catch (e) { console.log(e.name); }
try { vm.runInNewContext('throw new RangeError("bad range")', {}, 'r.vm'); }
catch (e) { console.log(e.name, e.message, /r\.vm:1:7/.test(e.stack)); }
try { vm.runInNewContext('var e = new Error("x"); e.code = "E_X"; throw e'); } catch (e) { console.log(e.code, e.message); }
try { vm.runInNewContext('throw 42'); } catch (e) { console.log(e); }
try { vm.runInNewContext('throw "str"'); } catch (e) { console.log(e); }
console.log(vm.runInNewContext('try { undefinedFn() } catch (e) { e.name + ": " + e.message }'));
console.log(vm.runInNewContext('var e = new Error("in"); e.stack.split("\\n")[0]'));
