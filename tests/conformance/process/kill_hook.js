// process.kill(pid, sig) validates, maps the signal name to its number and
// calls process._kill(pid, number), which code may replace; getgroups()
// always lists the effective group ID.
var seen = [];
var orig = process._kill;
process._kill = function (pid, sig) { seen.push([pid, sig]); return 0; };
process.kill(0, 'SIGHUP');
process.kill(12345);
process.kill(12345, 'SIGUSR2');
process.kill(12345, 0);
process._kill = orig;
console.log(JSON.stringify(seen));
console.log(typeof process._kill, Object.keys(process).indexOf("_kill") !== -1);
console.log(process.kill(process.pid, 0));
var groups = process.getgroups();
console.log(Array.isArray(groups), groups.indexOf(process.getegid()) !== -1);
