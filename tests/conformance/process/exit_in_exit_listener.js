// v0.10 differs: process.exit() without a code meant exit(0), so a bare
// exit() in an 'exit' listener ends with 0 after exit(1); Node v20 keeps the
// 1 (its process.exitCode). A code the program assigned to exitCode is kept.
var calls = 0;
process.on('exit', function (code) {
  console.log('exit event', code, 'listener calls', ++calls);
  process.exit();
});
process.exit(1);
