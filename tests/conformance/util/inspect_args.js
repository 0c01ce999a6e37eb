// util.inspect's legacy positional arguments (showHidden, depth, colors),
// undefined ones ignored, and format's directive handling.
// v0.10 differs: layout is v0.10's (one line under 60 chars; v20 breaks
// objects nested more than three levels deep).
var util = require('util');
var o = { a: { b: { c: { d: 1 } } }, s: 'x' };
console.log('lengths', util.inspect.length, util.format.length);
console.log(util.inspect(o, undefined));
console.log(util.inspect(o, undefined, undefined, undefined));
console.log(util.inspect(o, false, 0));
console.log(util.inspect(o, false, null));
console.log(JSON.stringify(util.inspect(o, false, 1, true)));
console.log(util.inspect([1, 2], true));
console.log(util.format('%s %d %i %f %j %c|%x %% %', 'str', '42', '7.9', '1.5', { j: 1 }, 'css', 'rest'));
console.log(util.format('%s', 'a', 'b', { c: 1 }));
console.log(util.format('%o', [1]) === util.inspect([1], { showHidden: true, showProxy: true, depth: 4 }));
