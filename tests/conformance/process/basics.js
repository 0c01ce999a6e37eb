// process's values and their types.
console.log('argv', Array.isArray(process.argv), process.argv.length, require('path').basename(process.argv[1]));
console.log('execArgv', Array.isArray(process.execArgv));
console.log('execPath', typeof process.execPath, require('path').isAbsolute(process.execPath));
console.log('pid', typeof process.pid, process.pid > 0, 'ppid', typeof process.ppid);
console.log('platform', process.platform, 'arch', process.arch);
console.log('version', /^v\d+\.\d+\.\d+$/.test(process.version));
console.log('versions', typeof process.versions, typeof process.versions.node, typeof process.versions.v8,
  'v' + process.versions.node === process.version);
console.log('title', typeof process.title);
console.log('config', typeof process.config, typeof process.config.variables);
console.log('features', typeof process.features);
console.log('release', process.release.name);
console.log('uptime', typeof process.uptime(), process.uptime() >= 0);
console.log('umask', typeof process.umask());
console.log('ids', typeof process.getuid(), typeof process.getgid(), typeof process.geteuid(), typeof process.getegid(), Array.isArray(process.getgroups()));
var mu = process.memoryUsage();
console.log('memoryUsage', typeof mu.rss, typeof mu.heapTotal, typeof mu.heapUsed, mu.rss > 0, mu.heapUsed > 0);
console.log('is an EventEmitter', process instanceof require('events').EventEmitter, typeof process.on, typeof process.emit);
console.log('kill 0', process.kill(process.pid, 0));
console.log('stdout', typeof process.stdout.write, process.stdout.fd, 'stderr', typeof process.stderr.write, process.stderr.fd);
console.log('binding throws', (function () { try { process.binding('nope'); return 'no'; } catch (e) { return 'yes'; } })());
