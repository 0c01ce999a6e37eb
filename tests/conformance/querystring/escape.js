// querystring.escape / unescape / unescapeBuffer and their error paths.
var qs = require('querystring');
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }

show('escape', qs.escape('a b&c=d/é~!*()\'😀'));
show('escape-coerce', [qs.escape(12), qs.escape(null), qs.escape(undefined), qs.escape({ toString: function () { return 'a b'; } })]);
try {
  qs.escape('a\udc00');
} catch (e) {
  show('escape-lone-surrogate', [e.name, e.message, e instanceof URIError]);
}
show('unescape', qs.unescape('a%20b%2Bc+d'));
show('unescape-spaces', [qs.unescape('a+b', true), qs.unescape('%zz+%41'), qs.unescape('%zz+%41', true)]);
show('unescape-malformed', [qs.unescape('%'), qs.unescape('%4'), qs.unescape('%E4%B8a'), qs.unescape('%F0%9F%98'), qs.unescape('%C0%80')]);
show('unescape-nonascii', [qs.unescape('é'), qs.unescape('é%zz')]);
show('unescape-coerce', [qs.unescape(5), qs.unescape(null)]);
var b = qs.unescapeBuffer('a%41%zz+%e4%b8%ad', true);
show('unescapeBuffer', [Buffer.isBuffer(b), b.length, Array.prototype.slice.call(b)]);
show('unescapeBuffer-noplus', Array.prototype.slice.call(qs.unescapeBuffer('a+b')));
show('exports', Object.keys(qs).sort());
