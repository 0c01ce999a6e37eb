// process.kill argument checking.
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code); }
try { process.kill('abc'); } catch (e) { console.log(e.name, e.code); }
console.log(process.kill(process.pid, 0));
