// spawnSync / execSync / execFileSync.
var cp = require('child_process');
var r = cp.spawnSync('/bin/sh', ['-c', 'echo a; echo b 1>&2; exit 5']);
console.log('spawnSync', r.status, r.signal, r.output[0], String(r.output[1]), String(r.output[2]), typeof r.pid, Object.keys(r).join());
r = cp.spawnSync('cat', { input: 'input text' });
console.log('input', JSON.stringify(r.stdout.toString()));
r = cp.spawnSync('cat', [], { input: Buffer.from('buf input'), encoding: 'utf8' });
console.log('encoding', typeof r.stdout, JSON.stringify(r.stdout));
r = cp.spawnSync('/bin/sh', ['-c', 'kill -TERM $$']);
console.log('signal', r.status, r.signal);
r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log('timeout', r.status, r.signal, r.error && r.error.code, r.error && r.error.message);
r = cp.spawnSync('sh', ['-c', 'head -c 5000 /dev/zero'], { maxBuffer: 100 });
console.log('maxBuffer', r.error && r.error.code, r.stdout.length > 0);
r = cp.spawnSync('pwd', { cwd: '/' });
console.log('cwd', JSON.stringify(String(r.stdout)));
r = cp.spawnSync('sh', ['-c', 'echo $X'], { env: { X: 'env-x' } });
console.log('env', JSON.stringify(String(r.stdout)));

console.log('execSync', JSON.stringify(cp.execSync('echo hi').toString()));
console.log('execSync utf8', JSON.stringify(cp.execSync('echo hi', { encoding: 'utf8' })));
console.log('execSync input', cp.execSync('tr a-z A-Z', { input: 'shout', encoding: 'utf8' }));
try {
  cp.execSync('echo partial; echo problem 1>&2; exit 4', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync throws', JSON.stringify(e.message), e.status, e.signal, String(e.stdout), String(e.stderr), Object.keys(e).join());
}
console.log('execFileSync', JSON.stringify(cp.execFileSync('/bin/echo', ['x', 'y'], { encoding: 'utf8' })));
try {
  cp.execFileSync('/bin/sh', ['-c', 'exit 2'], { stdio: 'pipe' });
} catch (e) {
  console.log('execFileSync throws', JSON.stringify(e.message), e.status);
}
try {
  cp.execSync('sleep 5', { timeout: 100 });
} catch (e) {
  console.log('execSync timeout', e.code, e.signal, e.status);
}
