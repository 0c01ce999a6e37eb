// stdio: 'inherit', 'ignore', fd numbers, arrays, process.stdout, and legacy customFds.
// v0.10 differs: customFds is honoured (v20 ignores it and pipes).
var cp = require('child_process');
var steps = [];
function step(fn) { steps.push(fn); }
function next() { var f = steps.shift(); if (f) f(); else console.log('done'); }
function finish(label, c) {
  var streams = [c.stdin === null, c.stdout === null, c.stderr === null, c.stdio.length].join(' ');
  c.on('close', function (code) { console.log(label, 'closed', code, 'streams', streams); next(); });
}
step(function () { finish('inherit', cp.spawn('/bin/echo', ['inherited output'], { stdio: 'inherit' })); });
step(function () { finish('ignore', cp.spawn('/bin/echo', ['ignored output'], { stdio: 'ignore' })); });
step(function () { finish('array', cp.spawn('/bin/sh', ['-c', 'echo to-fd-1; echo hidden 1>&2'], { stdio: ['pipe', 1, 'ignore'] })); });
step(function () { finish('stream', cp.spawn('/bin/echo', ['via process.stdout'], { stdio: ['ignore', process.stdout, 'pipe'] })); });
step(function () {
  var c = cp.spawn('/bin/echo', ['custom fds'], { customFds: [-1, 1, -1] });
  var none = c.stdout === null;
  c.on('close', function () { console.log('customFds', none); next(); });
});
step(function () {
  var r = cp.spawnSync('/bin/echo', ['sync inherit'], { stdio: 'inherit' });
  console.log('spawnSync inherit', r.status, r.output && r.output[1]);
  next();
});
next();
