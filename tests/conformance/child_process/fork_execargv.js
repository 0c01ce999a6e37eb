// A forked child runs with options.execArgv (the parent's by default):
// --expose-gc gives it gc(); without it there is none.
var cp = require('child_process');
var path = require('path');
var child = path.join(__dirname, 'helpers', 'flags_child.js');
var a = cp.fork(child, [], { execArgv: ['--expose-gc'] });
a.on('message', function (m) {
  console.log('with flag:', JSON.stringify(m));
  var b = cp.fork(child, [], { execArgv: [] });
  b.on('message', function (m) { console.log('without:', JSON.stringify(m)); });
});
