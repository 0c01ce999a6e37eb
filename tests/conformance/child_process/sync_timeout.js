// spawnSync/execSync with a timeout return once the child is killed, even
// when a grandchild still holds the output pipes open.
var cp = require('child_process');
var t0 = Date.now();
var r = cp.spawnSync('/bin/sh', ['-c', 'sleep 3 & sleep 3; echo never'], { timeout: 200 });
console.log('error', r.error && r.error.code, 'signal', r.signal, 'fast', Date.now() - t0 < 2000);
t0 = Date.now();
try {
  cp.execSync('sleep 3', { timeout: 200 });
} catch (e) {
  console.log('execSync', e.code, e.signal, 'fast', Date.now() - t0 < 2000);
}
