// vm.Script and vm.createScript with options.
var vm = require('vm');
var s = new vm.Script('x = (typeof x === "number" ? x : 0) + 1', { filename: 'counter.vm' });
var sb = {};
s.runInNewContext(sb); s.runInNewContext(sb);
console.log(sb.x);
console.log(new vm.Script('1 + 2').runInNewContext());
console.log(vm.createScript('6 * 7', 'answer.vm').runInNewContext({}));
try { new vm.Script('throw new Error("at line 3")', { filename: 'off.vm', lineOffset: 2 }).runInThisContext(); }
catch (e) { console.log(e.message, /off\.vm:3:/.test(e.stack)); }
try { new vm.Script('1', { filename: 5 }); } catch (e) { console.log(e.name, e.code); }
try { new vm.Script('1').runInNewContext({}, { timeout: -1 }); } catch (e) { console.log(e.name, e.code); }
try { new vm.Script('1').runInNewContext({}, { timeout: 'x' }); } catch (e) { console.log(e.name, e.code); }
console.log(typeof vm.Script.prototype.runInThisContext, typeof vm.Script.prototype.runInNewContext, typeof vm.Script.prototype.runInContext);
