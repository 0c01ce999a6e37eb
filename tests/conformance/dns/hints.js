// lookup's hints must be 0 or a combination of ADDRCONFIG, V4MAPPED and
// ALL; resolve's rrtype, when neither a string nor the callback, throws.
// v0.10 differs: a non-string rrtype throws a plain Error there (Node 20: a
// TypeError, ERR_INVALID_ARG_TYPE). The golden follows v0.10.
var dns = require('dns');
function noop() {}
function t(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log('flags', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
t('hints 0', function () { dns.lookup('localhost', { hints: 0 }, noop); });
t('hints ADDRCONFIG|V4MAPPED', function () { dns.lookup('localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED }, noop); });
t('hints ALL|V4MAPPED', function () { dns.lookup('localhost', { family: 6, hints: dns.ALL | dns.V4MAPPED }, noop); });
t('hints invalid', function () { dns.lookup('localhost', { hints: (dns.ADDRCONFIG | dns.V4MAPPED) + 1 }, noop); });
t('hints string', function () { dns.lookup('localhost', { hints: '8' }, noop); });
t('no callback', function () { dns.lookup('localhost'); });
t('family, no callback', function () { dns.lookup('localhost', 4); });
t('rrtype array', function () { dns.resolve('localhost', [], noop); });
t('rrtype number', function () { dns.resolve('localhost', 1, noop); });
dns.lookup('localhost', { family: 4, hints: dns.ADDRCONFIG }, function (err, address, family) {
  console.log('lookup with hints', err, address, family);
});
