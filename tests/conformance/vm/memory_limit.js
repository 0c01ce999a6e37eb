// isonode differs: Node's vm has no memory budget. isonode's contexts take a
// maxMemory option (bytes of heap growth a run may cause): an allocation
// bomb ends with a RangeError (code ERR_SCRIPT_MEMORY_LIMIT) that guest code
// cannot catch, and the host, the context and other contexts go on.
var vm = require('vm');
var ctx = vm.createContext({}, { maxMemory: 16 << 20 });
var other = vm.createContext({ n: 0 });
[
  'var s = "x"; while (true) s += s;',
  'var a = []; while (true) a.push({ x: a.length, y: "abc" + a.length });',
  'var o = {}; for (var i = 0; ; i++) o["k" + i] = [i];',
  'try { var b = []; while (true) b.push(new Array(1000).fill(1)); } catch (e) { "caught" }',
].forEach(function (bomb) {
  try {
    vm.runInContext(bomb, ctx);
    console.log('not stopped');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  vm.runInContext('n++', other);
});
console.log('context still usable:', vm.runInContext('a = o = b = s = null; "yes"', ctx));
console.log('other context:', other.n);
console.log('runInNewContext option:', vm.runInNewContext('1 + 1', {}, { maxMemory: 64 << 20 }));
