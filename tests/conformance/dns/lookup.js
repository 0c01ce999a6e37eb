// dns.lookup on loopback, /etc/hosts, IP literals and error paths only.
var dns = require('dns');
var steps = [];
function step(fn) { steps.push(fn); }
function next() { var f = steps.shift(); if (f) f(); }

step(function () {
  dns.lookup('localhost', 4, function (err, address, family) {
    console.log('localhost/4', err, address, family);
    next();
  });
});
step(function () {
  dns.lookup('localhost', { family: 4, all: true }, function (err, list) {
    console.log('localhost all', err, JSON.stringify(list));
    next();
  });
});
step(function () {
  dns.lookup('127.0.0.1', function (err, address, family) {
    console.log('v4 literal', err, address, family);
    next();
  });
});
step(function () {
  dns.lookup('::1', { all: true }, function (err, list) {
    console.log('v6 literal all', err, JSON.stringify(list));
    next();
  });
});
step(function () {
  dns.lookup('nosuchhost.invalid', function (err, address) {
    console.log('invalid:', err.message, err.code, err.syscall, err.hostname, err instanceof Error, address);
    // v0.10 differs: err.errno is the code string ('ENOTFOUND'); Node v20 has -3008.
    console.log('errno:', err.errno);
    next();
  });
});
step(function () {
  dns.lookup('nosuchhost.invalid', { all: true }, function (err) {
    console.log('invalid all:', err.code);
    next();
  });
});
step(function () {
  var sync = true;
  dns.lookup('10.1.2.3', function () { console.log('literal async:', !sync); next(); });
  sync = false;
});
step(function () {
  function t(f) {
    try { f(); console.log('no throw'); } catch (e) { console.log(e.name + ':', e.message, e.code); }
  }
  t(function () { dns.lookup(1, function () {}); });
  t(function () { dns.lookup('x', 7, function () {}); });
  t(function () { dns.lookup('x', { family: 5 }, function () {}); });
  t(function () { dns.lookup('x'); });
  t(function () { dns.lookupService('foo', 22, function () {}); });
  t(function () { dns.lookupService('127.0.0.1', 70000, function () {}); });
  next();
});
step(function () {
  dns.promises.lookup('localhost', 4).then(function (r) {
    console.log('promise', JSON.stringify(r));
    return dns.promises.lookup('localhost', { family: 4, all: true });
  }).then(function (r) {
    console.log('promise all', JSON.stringify(r));
    return dns.promises.lookup('nothing.invalid');
  }).catch(function (e) {
    console.log('promise err', e.code, e.syscall, e.hostname);
    console.log(require('dns/promises') === dns.promises);
    next();
  });
});
step(function () {
  dns.lookupService('127.0.0.1', 22, function (err, host, service) {
    console.log('lookupService', err, typeof host, service);
    next();
  });
});
step(function () {
  console.log('constants', dns.NOTFOUND, dns.NODATA, dns.SERVFAIL, dns.TIMEOUT, dns.CONNREFUSED,
    dns.BADNAME, dns.CANCELLED, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
  console.log(dns.promises.NOTFOUND);
});
next();
