// resolve*, reverse and Resolver without a network: only names under
// .invalid (never resolved: ENOTFOUND without waiting for a server),
// argument errors and local state. Real DNS answers are not tested here.
var dns = require('dns');
var steps = [];
function step(fn) { steps.push(fn); }
function next() { var f = steps.shift(); if (f) f(); }

var calls = [['resolve4'], ['resolve6'], ['resolveMx'], ['resolveTxt'], ['resolveSrv'],
  ['resolveNs'], ['resolveCname'], ['resolvePtr']];
calls.forEach(function (c) {
  step(function () {
    dns[c[0]]('nosuch.invalid', function (err, res) {
      console.log(c[0], err.message, err.code, err.syscall, err.hostname, res);
      next();
    });
  });
});
['A', 'AAAA', 'MX', 'TXT', 'SRV', 'NS', 'CNAME', 'PTR'].forEach(function (t) {
  step(function () {
    dns.resolve('nosuch.invalid', t, function (err) {
      console.log('resolve', t, err.code, err.syscall);
      next();
    });
  });
});
step(function () {
  dns.resolve('nosuch.invalid', function (err) {
    console.log('resolve default', err.code, err.syscall);
    next();
  });
});
step(function () {
  function t(f) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.name + ':', e.message, e.code); }
  }
  t(function () { dns.resolve('x', 'FOO', function () {}); });
  t(function () { dns.resolve4(1, function () {}); });
  t(function () { dns.resolve4('x'); });
  t(function () { dns.reverse('not-an-ip', function () {}); });
  t(function () { dns.setServers('1.2.3.4'); });
  t(function () { dns.setServers(['not an ip']); });
  var r = new dns.Resolver({ timeout: 100 });
  console.log(Array.isArray(r.getServers()), Array.isArray(dns.getServers()));
  r.setServers(['127.0.0.1', '[::1]:5353', '10.0.0.1:53']);
  console.log(r.getServers());
  r.resolve4('nosuch.invalid', function (err) {
    console.log('resolver', err.code, err.syscall);
    next();
  });
});
step(function () {
  dns.promises.resolve4('nosuch.invalid').catch(function (e) {
    console.log('promises.resolve4', e.code, e.syscall, e.hostname);
    return dns.promises.resolve('nosuch.invalid', 'MX');
  }).catch(function (e) {
    console.log('promises.resolve MX', e.code, e.syscall);
    var r = new dns.promises.Resolver();
    return r.resolveTxt('nosuch.invalid');
  }).catch(function (e) {
    console.log('promises.Resolver', e.code, e.syscall);
    next();
  });
});
step(function () {
  dns.reverse('127.0.0.1', function (err, names) {
    console.log('reverse', err, Array.isArray(names));
  });
});
next();
