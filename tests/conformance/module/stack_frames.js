// Frames of the module loader carry V8's inferred method names
// ("Module._compile", "Module._load", ...), so stack filters that match
// them by name or by "(module.js:" (mocha, tap) can drop them.
// v0.10 differs: frames read "Function.Module._load (module.js:312:12)";
// only the names are printed here.
var path = require('path');
Error.stackTraceLimit = Infinity;
var names = {};
try {
  require(path.join(__dirname, 'fixtures', 'stack-frames-missing-dep.js'));
} catch (e) {
  console.log(e.code);
  String(e.stack).split('\n').forEach(function (line) {
    var m = /^\s+at (\S+) \(/.exec(line);
    if (m) names[m[1]] = true;
  });
}
['Module._resolveFilename', 'Module._load', 'Module.require', 'require',
 'Module._compile', 'Module._extensions..js', 'Module.load'].forEach(function (n) {
  console.log(n, names[n] === true);
});
