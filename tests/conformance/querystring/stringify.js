// querystring.stringify / encode: value types, arrays, separators, the
// encodeURIComponent option and an overridden querystring.escape.
var qs = require('querystring');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }

show('spec1', qs.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }));
show('spec2', qs.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'));
show('types', qs.stringify({ s: 'x', n: 1.5, neg: -0, big: 1e21, inf: Infinity, nan: NaN, t: true, f: false, nul: null, u: undefined, o: {}, fn: function () {} }));
show('boxed', qs.stringify({ f: new Boolean(false), t: Object(true), n: Object(3), s: Object('str'), r: /x/g, d: new Date(0), arr: [Object(1), 2] }));
show('arrays', qs.stringify({ a: [1, 'two', null, true], empty: [], b: 'x' }));
show('escaping', qs.stringify({ 'a b': 'c&d=e', u: 'é ~!*()\'', emoji: '😀', plus: '+' }));
show('non-object', [qs.stringify('x'), qs.stringify(5), qs.stringify(null), qs.stringify(undefined), qs.stringify(true)]);
show('array-input', qs.stringify(['a', 'b']));
show('falsy-sep', qs.stringify({ a: 1, b: 2 }, '', 0));
show('number-sep', qs.stringify({ a: 1, b: 2 }, 5, 6));
show('empty-key', qs.stringify({ '': '' }));
show('custom-encode', qs.stringify({ a: 'b c', d: [1, 2] }, null, null, { encodeURIComponent: function (s) { return s.toUpperCase(); } }));
show('custom-encode-gets-strings', qs.stringify({ n: 1, t: true, x: null }, null, null, { encodeURIComponent: function (s) { return typeof s; } }));
show('encode-not-function', qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: 3 }));
var saved = qs.escape;
qs.escape = function (s) { return 'E(' + s + ')'; };
show('overridden-escape', qs.stringify({ a: 'b', n: 1 }));
qs.escape = saved;
show('after-restore', qs.stringify({ a: 'b c' }));
show('encode-alias', qs.encode === qs.stringify);
try {
  qs.stringify({ a: '\ud800' });
} catch (e) {
  show('lone-surrogate', [e.name, e.message]);
}
var obj = {};
for (var i = 0; i < 300; i++) obj['k' + i] = ['x y', i];
var s = qs.stringify(obj);
show('big', [s.length, s.slice(0, 30)]);
show('roundtrip', qs.parse(qs.stringify({ a: ['1', '2'], 'b c': 'd&e', f: '' })));
