// util.inspect of primitives and v0.10-era objects.
var util = require('util');
function show(v, o) { console.log(util.inspect(v, o)); }
show('str');
// v0.10 differs: strings are always single-quoted with \' escapes and JSON escapes (v20 switches quotes, \x01).
show("it's \"quoted\"\n\ttab\\");
show('\u0001\u007f\u00e9');
show(42);
show(-0);
show([-0, 0]);
show(1.5e300);
show(NaN);
show(-Infinity);
show(true);
show(null);
show(undefined);
show({});
show([]);
show({ a: 1, b: 'two', c: null, d: undefined, e: true });
show([1, 'two', null, undefined, false]);
// v0.10 differs: v0.10 breaks lines when the entries exceed 60 chars, braces stay on the first/last line.
show({ 'a-b': 1, 'c d': 2, _ok: 3, $dollar: 4, '0': 5, "q'uote": 6, ok9: 7 });
show({ nested: { deeper: { deepest: { gone: 1 } } } });
// v0.10 differs: arrays beyond depth print [Object] (v20: [Array]).
show([[[[1, 2]]]]);
show({ arr: [[[1]]] });
show(function named() {});
// v0.10 differs: anonymous functions print [Function] (v20: [Function (anonymous)]).
show(function () {});
show(Math.max);
var f = function withProps() {};
f.a = 1;
f.b = 'x';
// v0.10 differs: functions/regexps/errors with properties print as { [base] props } (v20: base { props }).
show(f);
show(/ab+c/gi);
var re = /x/;
re.extra = true;
show(re);
// v0.10 differs: errors print as [Error: msg] (v20 prints the stack).
show(new Error('boom'));
show(new TypeError('bad type'));
show(new Error(''));
var e = new RangeError('with props');
e.code = 'E_CODE';
show(e);
show({ err: new Error('inner') });
var arr = [1, 2, 3];
arr.extra = 'yes';
show(arr);
// v0.10 differs: holes print as empty entries (v20: <1 empty item>).
show([1, , 3]);
show(new Array(3));
// v0.10 differs: cycles print [Circular] (v20: <ref *1> … [Circular *1]).
var circ = { name: 'c' };
circ.self = circ;
circ.list = [circ];
show(circ);
var o = {};
Object.defineProperty(o, 'g', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(o, 's', { set: function () {}, enumerable: true });
Object.defineProperty(o, 'gs', { get: function () { return 1; }, set: function () {}, enumerable: true });
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
show(o);
show(o, { showHidden: true });
show(o, true);
var d = new Date(0);
// v0.10 differs: a Date prints as Date.prototype.toString() (v20: ISO string).
console.log(util.inspect(d) === d.toString());
console.log(util.inspect(new Date(NaN)));
d.prop = 1;
// v0.10 differs: a Date with properties shows its toUTCString() first (v20: ISO string).
show(d);
show({ f: function () {}, g: function g() {} });
show(Object.create({ inherited: 1 }));
function Ctor() { this.x = 1; }
// v0.10 differs: v0.10 does not print constructor names ({ x: 1 }, v20: Ctor { x: 1 }).
show(new Ctor());
// v0.10 differs: arguments and boxed primitives print as plain objects (v20: [Arguments] [ … ], [Number: 3], …).
show((function () { return arguments; })(1, 2));
show(new Boolean(true));
show(new Number(3));
show(new String('ab'));
