// Every os function, checked for types and shapes (values are machine
// dependent).
var os = require('os');
function type(v) { return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v; }
function isNonNegInt(v) { return typeof v === 'number' && v >= 0 && Math.floor(v) === v; }
console.log('tmpdir', type(os.tmpdir()), os.tmpdir().length > 0, os.tmpdir() === '/' || os.tmpdir().slice(-1) !== '/');
console.log('endianness', os.endianness() === 'LE' || os.endianness() === 'BE');
console.log('hostname', type(os.hostname()), os.hostname().length > 0);
console.log('type', os.type());
console.log('platform', os.platform(), os.platform() === process.platform);
console.log('arch', type(os.arch()), os.arch() === process.arch);
console.log('release', type(os.release()), os.release().length > 0);
console.log('version', type(os.version()), os.version().length > 0);
console.log('machine', type(os.machine()), os.machine().length > 0);
console.log('uptime', type(os.uptime()), os.uptime() > 0);
var l = os.loadavg();
console.log('loadavg', type(l), l.length, l.every(function (x) { return typeof x === 'number' && x >= 0; }));
console.log('totalmem', isNonNegInt(os.totalmem()), os.totalmem() > 0);
console.log('freemem', isNonNegInt(os.freemem()), os.freemem() > 0, os.freemem() <= os.totalmem());
console.log('availableParallelism', isNonNegInt(os.availableParallelism()), os.availableParallelism() >= 1);
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull);
console.log('homedir', type(os.homedir()), os.homedir().charAt(0));
var cpus = os.cpus();
console.log('cpus', type(cpus), cpus.length >= 1);
cpus.slice(0, 1).forEach(function (c) {
  console.log(JSON.stringify(Object.keys(c)), type(c.model), isNonNegInt(c.speed), JSON.stringify(Object.keys(c.times)));
  console.log(Object.keys(c.times).every(function (k) { return isNonNegInt(c.times[k]); }));
});
var ifs = os.networkInterfaces();
console.log('networkInterfaces', type(ifs));
var lo = null;
Object.keys(ifs).forEach(function (name) {
  ifs[name].forEach(function (a) {
    if (a.internal && a.family === 'IPv4') lo = a;
    // v0.10 differs: entries enumerate only address, family and internal
    // (v0.10's fields); the later ones are present but not enumerable.
    var keys = ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'];
    if (a.family === 'IPv6') keys.push('scopeid');
    if (JSON.stringify(Object.keys(a)) !== '["address","family","internal"]') console.log('bad keys', name, JSON.stringify(Object.keys(a)));
    if (JSON.stringify(Object.getOwnPropertyNames(a)) !== JSON.stringify(keys)) console.log('bad names', name, JSON.stringify(Object.getOwnPropertyNames(a)));
    if (a.family !== 'IPv4' && a.family !== 'IPv6') console.log('bad family', a.family);
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac)) console.log('bad mac', a.mac);
    if (a.cidr.indexOf(a.address + '/') !== 0) console.log('bad cidr', a.cidr);
  });
});
console.log('loopback', lo && lo.address, lo && lo.netmask, lo && lo.cidr, lo && lo.mac);
var u = os.userInfo();
console.log('userInfo', JSON.stringify(Object.keys(u)), Object.getPrototypeOf(u) === null, isNonNegInt(u.uid), isNonNegInt(u.gid), type(u.username), type(u.homedir), type(u.shell));
console.log(typeof process.getuid === 'function' ? u.uid === process.getuid() : true);
console.log('getPriority', typeof os.getPriority(), os.getPriority(0) === os.getPriority(), typeof os.setPriority);
