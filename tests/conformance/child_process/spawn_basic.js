// spawn of real OS processes: echo, sh -c, exit codes, signals, stdin piping,
// env and cwd, spawnargs/spawnfile, event order per child.
var cp = require('child_process');
var path = require('path');

var steps = [];
function step(fn) { steps.push(fn); }
function next() { var f = steps.shift(); if (f) f(); else console.log('done'); }

function run(label, file, args, opts, input) {
  step(function () {
    var c = cp.spawn(file, args, opts);
    var out = [], err = [], events = [];
    console.log(label, 'pid is number:', typeof c.pid === 'number', 'spawnfile:', c.spawnfile, 'spawnargs:', JSON.stringify(c.spawnargs));
    c.on('spawn', function () { events.push('spawn'); });
    if (c.stdout) c.stdout.on('data', function (d) { out.push(d); });
    if (c.stderr) c.stderr.on('data', function (d) { err.push(d); });
    c.on('exit', function (code, sig) { events.push('exit ' + code + ' ' + sig); });
    c.on('close', function (code, sig) {
      events.push('close ' + code + ' ' + sig);
      console.log(label, events.join(', '), 'exitCode', c.exitCode, 'signalCode', c.signalCode);
      console.log(label, 'stdout', JSON.stringify(Buffer.concat(out).toString().split(__dirname).join('<dir>')));
      console.log(label, 'stderr', JSON.stringify(Buffer.concat(err).toString()));
      next();
    });
    if (input !== undefined) c.stdin.end(input);
  });
}

run('echo', '/bin/echo', ['hello', 'world']);
run('sh', '/bin/sh', ['-c', 'echo out; echo err 1>&2; exit 7']);
run('path lookup', 'echo', ['via PATH']);
run('signal', '/bin/sh', ['-c', 'kill -KILL $$']);
run('cat', 'cat', [], {}, 'piped through cat\n');
run('env', '/bin/sh', ['-c', 'echo "$CP_TEST_A-$CP_TEST_B"'], { env: { CP_TEST_A: 'a', PATH: process.env.PATH } });
process.env.CP_INHERITED = 'inherited';
run('env default', '/bin/sh', ['-c', 'echo "$CP_INHERITED"']);
run('cwd', 'pwd', [], { cwd: path.join(__dirname, 'helpers') });
run('shell option', 'echo $((6*7))', [], { shell: true });
run('argv0', '/bin/sh', ['-c', 'echo $0'], { argv0: 'custom-argv0' });

step(function () {
  var c = cp.spawn('sleep', ['10']);
  c.on('exit', function (code, sig) {
    console.log('kill: exit', code, sig, 'killed', c.killed);
    next();
  });
  console.log('kill returns', c.kill('SIGINT'));
});
step(function () {
  var c = cp.spawn('sleep', ['10']);
  c.on('exit', function (code, sig) { console.log('kill default:', code, sig); next(); });
  c.kill();
});
step(function () {
  var c = cp.spawn('true');
  c.on('close', function () {
    console.log('kill after exit returns', c.kill());
    try { c.kill('SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
    next();
  });
});
next();
