// Minimal v0.10-style test/common.js shim (our own), for running Node's test/simple files.
var path = require('path');
var fs = require('fs');
var assert = require('assert');
var util = require('util');
// v0.10's common.js re-exported util (common.inspect, common.format, ...).
for (var i in util) exports[i] = util[i];
exports.testDir = path.dirname(__filename);
exports.fixturesDir = path.join(exports.testDir, 'fixtures');
exports.libDir = path.join(exports.testDir, '../lib');
exports.tmpDir = process.env.NODE_TEST_TMP || path.join(exports.testDir, "tmp");
exports.PORT = +process.env.NODE_COMMON_PORT || 12346;
exports.PIPE = exports.tmpDir + '/test.sock';
exports.opensslCli = '/usr/bin/openssl';
exports.isWindows = false;
exports.hasCrypto = true;
exports.hasIPv6 = true;
exports.localhostIPv4 = '127.0.0.1';
exports.faketimeCli = false;
exports.engine = 'v8';
exports.indirectInstanceOf = function(obj, cls) {
  if (obj instanceof cls) return true;
  var clsChain = [];
  for (var p = cls.prototype; p; p = Object.getPrototypeOf(p)) clsChain.push(p);
  for (var o = obj; o; o = Object.getPrototypeOf(o)) if (clsChain.indexOf(o) !== -1) return true;
  return false;
};
exports.ddCommand = function(filename, kilobytes) {
  return 'dd if=/dev/zero of="' + filename + '" bs=1024 count=' + kilobytes;
};
exports.spawnCat = function(options) { return require('child_process').spawn('cat', [], options); };
exports.spawnPwd = function(options) { return require('child_process').spawn('pwd', [], options); };
exports.spawnSyncCat = function(options) { return require('child_process').spawnSync('cat', [], options); };
exports.platformTimeout = function(ms) { return ms; };
exports.refreshTmpDir = function() {
  require('child_process').execSync('rm -rf "' + exports.tmpDir + '" && mkdir -p "' + exports.tmpDir + '"');
};
exports.error = function() { console.error.apply(console, arguments); };
exports.debug = function() {};
exports.print = function() { process.stdout.write(Array.prototype.join.call(arguments, ' ')); };
exports.fail = function(msg) { assert.fail(null, null, msg); };
exports.skip = function(msg) { console.log('1..0 # Skipped: ' + msg); };
exports.fileExists = function(p) { try { fs.statSync(p); return true; } catch (e) { return false; } };

var knownGlobals = [setTimeout, setInterval, clearTimeout, clearInterval, console, Buffer, process, global];
if (global.setImmediate) knownGlobals.push(setImmediate, clearImmediate);
if (global.gc) knownGlobals.push(global.gc);
// Globals of newer Node (the /usr/bin/node oracle) that v0.10 did not have.
['queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto',
 'navigator', 'WebAssembly'].forEach(function(k) {
  if (Object.prototype.hasOwnProperty.call(global, k)) knownGlobals.push(global[k]);
});
if (global.ArrayBuffer) knownGlobals.push(ArrayBuffer, Int8Array, Uint8Array, Uint8ClampedArray,
  Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, DataView);
function leakedGlobals() {
  var leaked = [];
  for (var val in global) if (-1 === knownGlobals.indexOf(global[val])) leaked.push(val);
  return leaked;
}
exports.leakedGlobals = leakedGlobals;
exports.globalCheck = true;
process.on('exit', function() {
  if (!exports.globalCheck) return;
  var leaked = leakedGlobals();
  if (leaked.length > 0) {
    console.error('Unknown globals: %s', leaked);
    assert.ok(false, 'Unknown global found');
  }
});

var mustCallChecks = [];
function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  var failed = mustCallChecks.filter(function(c) { return c.actual !== c.expected; });
  failed.forEach(function(c) {
    console.log('Mismatched %s function calls. Expected %d, actual %d.', c.name, c.expected, c.actual);
    console.log(c.stack.split('\n').slice(2).join('\n'));
  });
  if (failed.length) process.exit(1);
}
exports.mustCall = function(fn, expected) {
  if (typeof expected !== 'number') expected = 1;
  var context = { expected: expected, actual: 0, stack: (new Error()).stack, name: fn.name || '<anonymous>' };
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  mustCallChecks.push(context);
  return function() { context.actual++; return fn.apply(this, arguments); };
};
