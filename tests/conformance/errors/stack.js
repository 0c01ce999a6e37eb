// V8's stack format and stack API: captureStackTrace, stackTraceLimit,
// prepareStackTrace with CallSites.
var path = require('path');
function where(line) { return line.replace(__filename, '<file>'); }
function makeError() { return new Error('boom'); }
var e = makeError();
var lines = e.stack.split('\n');
console.log(lines[0]);
console.log(/^    at makeError \(.*\)$/.test(lines[1]), where(lines[1]).indexOf('<file>:') > 0);

class ValidationError extends Error {
  constructor(msg) { super(msg); this.name = 'ValidationError'; }
}
var v = new ValidationError('bad input');
console.log(v.stack.split('\n')[0], v instanceof ValidationError, v instanceof Error, v.name, v.message);

function LegacyError(msg) {
  this.name = 'LegacyError';
  this.message = msg;
  Error.captureStackTrace(this, LegacyError);
}
LegacyError.prototype = Object.create(Error.prototype);
LegacyError.prototype.constructor = LegacyError;
function thrower() { throw new LegacyError('legacy'); }
try { thrower(); } catch (err) {
  console.log(err.stack.split('\n')[0], /^    at thrower /.test(err.stack.split('\n')[1]));
}

var plain = {};
Error.captureStackTrace(plain);
console.log('plain object header:', plain.stack.split('\n')[0]);
var withMsg = { name: 'Custom', message: 'on an object' };
Error.captureStackTrace(withMsg);
console.log(withMsg.stack.split('\n')[0]);

Error.stackTraceLimit = 0;
console.log('limit 0:', JSON.stringify(new Error('z').stack));
Error.stackTraceLimit = 1;
console.log('limit 1 lines:', new Error('one').stack.split('\n').length);
Error.stackTraceLimit = 10;

var orig = Error.prepareStackTrace;
Error.prepareStackTrace = function (err, callsites) { return callsites; };
function site() { return new Error().stack; }
var cs = site();
Error.prepareStackTrace = orig;
console.log(Array.isArray(cs), typeof cs[0].getFileName, path.basename(cs[0].getFileName()),
  cs[0].getLineNumber(), typeof cs[0].getColumnNumber(), cs[0].getFunctionName(),
  cs[0].isNative(), cs[0].isEval(), typeof cs[0].toString());

Error.prepareStackTrace = function (err, callsites) { return 'prepared: ' + err.message + ' ' + callsites.length; };
console.log(new Error('custom').stack.replace(/\d+$/, 'N'));
Error.prepareStackTrace = undefined;

var s = new Error('assigned');
s.stack = 'my own stack';
console.log(s.stack);
console.log('stack not enumerable:', Object.keys(new Error('k')).indexOf('stack') < 0, JSON.stringify(new Error('j')));
console.log(Error('called without new') instanceof Error, TypeError('t') instanceof TypeError,
  RangeError.prototype instanceof Error, Object.getPrototypeOf(TypeError) === Error);
console.log(Object.prototype.toString.call(new TypeError('x')), String(new SyntaxError('bad')));
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
