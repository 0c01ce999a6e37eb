// A SyntaxError from require() has the location, the offending line and a
// caret at the start of its stack, as v0.10's (and v20's) e.stack has.
var fs = require('fs'), path = require('path'), os = require('os');
var file = path.join(os.tmpdir(), 'isonode-syntax-' + process.pid + '.js');
fs.writeFileSync(file, 'var ok = 1;\nvar b = ;\n');
try {
  require(file);
} catch (e) {
  var lines = e.stack.split('\n');
  console.log(e.name, lines[0] === file + ':2', JSON.stringify(lines[1]), /^\s*\^+$/.test(lines[2]), lines[3] === '', /^SyntaxError: /.test(lines[4]));
}
fs.unlinkSync(file);
