// Non-string arguments throw ERR_INVALID_ARG_TYPE TypeErrors.
// v0.10 differs: v0.10 threw `TypeError: Arguments to path.join must be
// strings` (and .resolve) and ignored or coerced other arguments; v20's
// errors are used.
var path = require('path');
function t(name, f) {
  try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
t('join', function () { return path.join('foo', {}, 'bar'); });
t('join', function () { return path.join('a', 1); });
t('join', function () { return path.join(null); });
t('resolve', function () { return path.resolve('a', {}); });
t('resolve', function () { return path.resolve(undefined); });
t('resolve', function () { return path.resolve(1, '/a'); });
t('normalize', function () { return path.normalize(); });
t('normalize', function () { return path.normalize(true); });
t('isAbsolute', function () { return path.isAbsolute(5); });
t('relative', function () { return path.relative('a', null); });
t('relative', function () { return path.relative(1, 'a'); });
t('dirname', function () { return path.dirname([]); });
t('basename', function () { return path.basename(function f() {}); });
t('basename', function () { return path.basename('a', 1); });
t('basename', function () { return path.basename('a', null); });
t('extname', function () { return path.extname(Symbol.iterator === undefined ? 1 : 2); });
t('parse', function () { return path.parse(1); });
t('format', function () { return path.format(null); });
t('format', function () { return path.format('x'); });
t('format', function () { return path.format(); });
t('toNamespacedPath', function () { return path.toNamespacedPath({ a: 1 }); });
t('long string', function () { return path.join('a', 'x'.repeat(40), 7); });
t('long string', function () { return path.dirname('y'.repeat(40)); });
