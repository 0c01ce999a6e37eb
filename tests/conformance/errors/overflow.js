// Runaway recursion ends with a RangeError instead of taking the process down.
// v0.10 differs: V8's stack overflow is catchable; goja's is not, so this isonode
// fixture expects the uncaught error (and its exit code) rather than a catch.
process.on('exit', function (code) { console.log('exit', code); });
function down(n) { return down(n + 1) + 1; }
console.log('before');
down(0);
