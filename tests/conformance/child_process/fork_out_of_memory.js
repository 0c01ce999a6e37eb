// A forked child whose execArgv sets --max-old-space-size and that outgrows
// it ends as Node's does: "FATAL ERROR: ... JavaScript heap out of memory"
// on its stderr, then 'exit' and 'close' with code null and signal
// SIGABRT. The parent goes on. (Node also prints its last GCs and a native
// stack: only the FATAL line is compared.) Both spellings of the flag.
var cp = require('child_process');
var path = require('path');
var child = path.join(__dirname, 'helpers', 'heap_hog_child.js');
var forms = [['--max-old-space-size=16'], ['--max_old_space_size=24']];
(function next(i) {
  if (i === forms.length) return console.log('parent alive');
  var c = cp.fork(child, [], { execArgv: forms[i], silent: true });
  var err = [];
  c.stderr.on('data', function (d) { err.push(d); });
  c.on('exit', function (code, signal) { console.log('exit', code, signal); });
  c.on('close', function (code, signal) {
    var fatal = err.join('').split('\n').filter(function (l) { return /^FATAL ERROR/.test(l); });
    console.log('close', code, signal, JSON.stringify(fatal));
    next(i + 1);
  });
})(0);
