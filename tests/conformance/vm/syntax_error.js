// Compile errors throw a SyntaxError whose stack starts with file:line.
var vm = require('vm');
function show(f) {
  try { f(); } catch (e) {
    var lines = e.stack.split('\n');
    console.log(e.name, lines[0], JSON.stringify(lines[1]));
  }
}
show(function () { vm.runInThisContext('var = 1', 'my.vm'); });
show(function () { vm.runInNewContext('if (', {}, 'new.vm'); });
show(function () { vm.createScript('a b', 'script.vm'); });
show(function () { new vm.Script('\n\n  }', { filename: 'third.vm' }); });
