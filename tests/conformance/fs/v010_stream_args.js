// fs streams as v0.10 code uses them: start > end (read) and start < 0
// (write) throw v0.10's messages, and destroy(cb) calls back once the file
// is closed.
var fs = require('fs');
try {
  fs.createReadStream(__filename, { start: 10, end: 2 });
  console.log('no throw');
} catch (e) {
  // v0.10 differs: v20 says 'The value of "start" is out of range. It must
  // be <= "end" (here: 2). Received 10'.
  console.log('start > end:', e.name, e.code, e.message);
}
try {
  fs.createWriteStream(__filename + '.never', { start: -5 });
  console.log('no throw');
} catch (e) {
  // v0.10 differs: v20 says 'The value of "start" is out of range. It must
  // be >= 0 && <= 9007199254740991. Received -5'.
  console.log('start < 0:', e.name, e.code, e.message);
}
// v0.10 differs: v20 takes the function for an error and emits it.
var rs = fs.createReadStream(__filename);
rs.on('error', function (e) { console.log('unexpected error', e.message); });
rs.destroy(function (err) {
  console.log('destroyed, err:', err == null, 'destroyed:', rs.destroyed);
});
