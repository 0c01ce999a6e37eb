// v0.10's line breaking: one line when the entries total <= 60 chars,
// else one entry per line; nested multi-line values are indented.
var util = require('util');
function show(v, o) { console.log(util.inspect(v, o)); }
// v0.10 differs (whole file): v20 breaks at 80 columns with a different layout; these goldens follow v0.10.
// entries total exactly 60 chars: one line; 61: broken.
show({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddddddd: 4 });
show({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, ddddddddddddddd: 4 });
show({ name: 'isonode', version: '0.0.1', description: 'a node-compatible runtime', nested: { a: 1, b: [1, 2, 3], c: { d: 'deep' } } });
show([{ id: 1, title: 'first item in the list' }, { id: 2, title: 'second item in the list' }]);
show(['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccccccc']);
var longArr = [];
for (var i = 0; i < 30; i++) longArr.push(i);
show(longArr);
show({ list: longArr.slice(0, 25), x: 1 });
var fn = function f() {};
fn.someLongPropertyName = 'some long value for the property';
fn.another = { nested: 'object with a long enough string in it' };
show(fn);
show({ a: { b: { c: {} } } });
show({ a: [[[]]] });
show({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, { depth: 0 });
show({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, { depth: null });
show({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, { depth: Infinity });
// legacy form inspect(obj, showHidden, depth, colors)
console.log(util.inspect({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, false, 1));
console.log(util.inspect({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, false, null));
console.log(util.inspect({ a: [1, 'x'] }, false, 2, true));
console.log(util.inspect([1, 2], true));
show({ depthTest: { l1: { l2: { l3: { l4: 1 } } } } }, { depth: -1 });
show([/re/, function () {}, new Error('e')], { depth: -1 });
show(/re/, { depth: -1 });
show('multi\nline');
show({ key: 'value that is long enough to need a line break', other: 'another fairly long value' });
