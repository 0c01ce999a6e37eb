// util.format: %s %d %j %% (v0.10) and %i %f %o %O %c (later).
var util = require('util');
function show(s) { console.log(JSON.stringify(s)); }
show(util.format('%s:%s', 'foo'));
show(util.format('%s:%s', 'foo', 'bar', 'baz'));
show(util.format(1, 2, 3));
show(util.format('%d', 42.5));
show(util.format('%d', '42'));
show(util.format('%d', 'abc'));
show(util.format('%d', '0x10'));
show(util.format('%j', { a: 1, b: [1, 2] }));
show(util.format('%j', 'str'));
var circ = {}; circ.self = circ;
show(util.format('%j', circ));
// v0.10 differs: %s is String(arg) in v0.10 (v20 inspects objects).
show(util.format('%s', { a: 1 }));
show(util.format('%s', [1, 2]));
show(util.format('%s', null));
show(util.format('%s', undefined));
show(util.format('%s %s', 'a'));
show(util.format('a', 'b', 1, { c: 1 }, [2], null, undefined));
show(util.format('%x %y', 1));
// v0.10 differs: when the first argument is not a string v0.10 inspects every argument (strings quoted).
show(util.format({ a: 'x' }, 'str', 5));
show(util.format());
show(util.format(''));
show(util.format('%s', 'a', 'b'));
show(util.format('%i', 42.9));
show(util.format('%i', '12px'));
show(util.format('%f', '1.5e3x'));
show(util.format('%f', 'abc'));
show(util.format('%c%s', 'color: red', 'styled'));
show(util.format('%O', { a: { b: { c: { d: 1 } } } }));
show(util.format('%o', [1]));
show(util.format('%s', Symbol('sym')));
show(util.format('%d', 10n));
show(util.format('%i', 10n));
show(util.format('x', 10n));
show(util.format('%s', 10n));
show(util.format('%d', Symbol('s')));
show(util.format('%s %d %j', 'a', 1, 2, 'rest', 3));
show(util.format('%%s', 'a'));
show(util.format('100%% %s', 'done'));
// v0.10 differs: v0.10 always turns %% into % (v20 leaves it when there are no arguments).
show(util.format('%%'));
show(util.format('%% %s'));
// v0.10 differs: v0.10 appends non-object extra arguments with String(), so a function prints its source (v20: [Function: f]).
show(util.format('x', function f() { return 1; }));
show(util.formatWithOptions({ colors: true }, '%O', 1));
show(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
