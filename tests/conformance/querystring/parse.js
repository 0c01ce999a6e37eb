// querystring.parse / decode: separators, repeated keys, '+', malformed
// escapes, maxKeys and decodeURIComponent options, non-string input.
// v0.10 differs: the result is a plain object (Object.prototype), as in
// v0.10; v20 returns an object with a null prototype. JSON output is the
// same; the "proto" line below shows the v0.10 answer.
// v0.10 differs: malformed input falls back to Buffer#toString, which (as
// in v0.10) decodes an encoded surrogate (%ED%A0%80) to its code unit; v20
// gives three U+FFFD.
var qs = require('querystring');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }

show('spec', qs.parse('foo=bar&baz=qux&baz=quux&corge'));
show('plus', qs.parse('a+b=c+d%20e'));
show('eq-in-value', qs.parse('foo=baz=bar'));
show('spaces', qs.parse(' foo = bar '));
show('malformed', qs.parse('foo=%zx&b=%E4%&c=%C3%A9%FF&d=%'));
show('utf8', qs.parse('%E4%B8%AD=%E6%96%87&e=%F0%9F%98%80'));
show('surrogate-bytes', qs.parse('x=%ED%A0%80'));
show('empty-pairs', qs.parse('&&a=1&&b&='));
show('empty-keys', qs.parse('=&=x&y='));
show('builtin-names', qs.parse('hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz'));
show('proto-key', qs.parse('__proto__=1'));
show('repeat3', qs.parse('a=1&a=2&a=3'));
show('sep', qs.parse('foo:bar;baz:qux', ';', ':'));
show('multichar-sep', qs.parse('a::1;;b::2;;c', ';;', '::'));
show('falsy-sep', qs.parse('a=1&b=2', '', null));
show('number-sep', qs.parse('a=b', 1, 2));
show('maxKeys-default', Object.keys(qs.parse(new Array(1200).join('&k=1&').split('&').map(function (s, i) { return 'k' + i + '=1'; }).join('&'))).length);
show('maxKeys-2', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show('maxKeys-counts-empty', qs.parse('a&&b&c', null, null, { maxKeys: 2 }));
show('maxKeys-0', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show('maxKeys-negative', qs.parse('a=1&b=2', null, null, { maxKeys: -1 }));
show('maxKeys-string-ignored', qs.parse('a=1&b=2', null, null, { maxKeys: '1' }));
show('custom-decode', qs.parse('a+b=c%20d&x&=y', null, null, { decodeURIComponent: function (s) { return '[' + s + ']'; } }));
show('custom-decode-throws', qs.parse('a%zz=b%20', null, null, { decodeURIComponent: function () { throw new Error('no'); } }));
show('decode-not-function', qs.parse('a=%41', null, null, { decodeURIComponent: 5 }));
var saved = qs.unescape;
qs.unescape = function (s) { return 'U(' + s + ')'; };
show('overridden-unescape', qs.parse('a=b%20c&d'));
qs.unescape = saved;
show('after-restore', qs.parse('a=b%20c'));
show('non-string', [qs.parse(123), qs.parse(null), qs.parse(undefined), qs.parse(''), qs.parse({})]);
show('decode-alias', qs.decode === qs.parse);
show('proto', Object.getPrototypeOf(qs.parse('a=1')) === Object.prototype);
var big = [];
for (var i = 0; i < 2000; i++) big.push('key' + (i % 50) + '=v' + i);
var r = qs.parse(big.join('&'), null, null, { maxKeys: 0 });
show('big', [Object.keys(r).length, r.key7.length, r.key7[3]]);
