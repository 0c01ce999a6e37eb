// Custom inspection: v0.10's inspect(depth) method, util.inspect.custom,
// customInspect: false, colors and styles.
var util = require('util');
var obj = { name: 'nate' };
// v0.10 differs: v0.10 calls an object's own inspect() method (v20 ignores it).
obj.inspect = function (depth) { return '{' + this.name + '}'; };
console.log(util.inspect(obj));
console.log(util.inspect({ wrapped: obj }));
console.log(util.inspect(obj, { customInspect: false }).replace(/\[Function[^\]]*\]/, '[Function]'));
var depthSeen = [];
var probe = { inspect: function (d) { depthSeen.push(d); return 'probe'; } };
util.inspect({ a: { b: probe } });
util.inspect(probe, { depth: 5 });
console.log(JSON.stringify(depthSeen));
var nonString = { inspect: function () { return { replaced: [1, 2] }; } };
console.log(util.inspect(nonString));
var sym = {};
sym[util.inspect.custom] = function (depth, options, insp) {
  return 'custom(' + depth + ',' + typeof options.stylize + ',' + (insp === util.inspect) + ')';
};
console.log(util.inspect(sym));
console.log(util.inspect([sym]));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
var styled = {};
styled[util.inspect.custom] = function (d, o) { return o.stylize('s', 'string'); };
console.log(JSON.stringify(util.inspect(styled, { colors: true })));
// v0.10 differs: v20 ignores inspect() methods, so it prints Thing {} and the objects below.
// A class prototype's own inspect is not called on the prototype itself.
function Thing() {}
Thing.prototype.inspect = function () { return 'a thing'; };
console.log(util.inspect(new Thing()));
console.log(util.inspect(Thing.prototype).replace(/\[Function[^\]]*\]/, '[Function]'));
var multi = { inspect: function () { return 'line1\nline2'; } };
console.log(util.inspect({ m: multi, n: [multi] }));
// Colors.
// v0.10 differs: v0.10's layout, and inspect.colors has only v0.10's 13 colors (v20 has more).
console.log(JSON.stringify(util.inspect({ n: 1, s: 'x', b: true, u: undefined, z: null, r: /x/, f: function f() {} }, { colors: true })));
console.log(JSON.stringify(util.inspect(new Date(NaN), { colors: true })));
console.log(JSON.stringify(Object.keys(util.inspect.colors)));
console.log(JSON.stringify(util.inspect.colors.red), JSON.stringify(util.inspect.colors.bold));
console.log(util.inspect.styles.number, util.inspect.styles.string, util.inspect.styles.special, util.inspect.styles.name);
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(7, { colors: true })));
util.inspect.styles.number = 'yellow';
// Long colored entries are measured without the escape codes.
console.log(util.inspect({ aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddddddd: 4 }, { colors: true }).indexOf('\n') === -1);
// inspect(util.inspect) does not call util.inspect as a custom method.
console.log(util.inspect({ inspect: util.inspect }, { depth: 0 }));
